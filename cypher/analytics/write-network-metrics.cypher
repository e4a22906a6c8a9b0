// @title Store the network-level measures of one scope
// Keeps the result of `npm run analytics -- --write` for a scope (whole graph or a region, all
// alliances or a year) on one NetworkMetrics node, replaced by the next run for the same scope, so
// GraphQL networkMetrics can serve it without recomputing. $metrics holds the figures and the
// ranked lists as parallel lists of ids and scores (at most 50 per ranking, 200 cut points and
// 200 bridges; the counts say how many there are in all).
// @param key = '|' -- the scope: regionId|asOf ('' for none)
// @param regionId = null -- the region, or null for the whole graph
// @param asOf = null -- the year, or null for all alliances
// @param metrics = {} -- the figures and lists, from src/analytics/stored-metrics.ts
// @returns key, computedAt
MERGE (m:NetworkMetrics {key: $key})
SET m = $metrics, m.key = $key, m.regionId = $regionId, m.asOf = $asOf, m.computedAt = datetime()
RETURN m.key AS key, toString(m.computedAt) AS computedAt;
