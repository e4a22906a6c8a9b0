// @title Store per-organization network measures
// Writes the measures `npm run analytics -- --write` computed onto the Organization nodes, with the
// year they describe (metricsAsOf; null = all alliances) and the engine that computed them, so the
// GraphQL API can filter and sort on them. Measures of organizations not in $rows are left alone.
// @param rows = [] -- [{id, properties}] from src/analytics/write-back.ts
// @param asOf = null -- the year the measures describe
// @param engine = 'typescript' -- which engine computed them
UNWIND $rows AS row
MATCH (o:Organization {id: row.id})
SET o += row.properties, o.metricsAsOf = $asOf, o.metricsEngine = $engine;
