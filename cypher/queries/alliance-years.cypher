// @title Alliances started and ended per year
// Answers: how many alliances started, ended and were running in each year, for a time slider?
// One row per year from the earliest to the latest year any alliance starts or ends (years without
// any change included, so a slider can step through them): started = alliances whose `since` is
// that year, ended = whose `until` is, active = running that year as `asOf` counts them elsewhere
// (since <= year or no since, until >= year or no until). With $regionId, only alliances with at
// least one party located in that region or one of its subregions (PART_OF up to 3 steps below). Undated alliances (neither since nor until) give no year
// and are counted in `undated` on every row. No row when nothing is dated (the seed: the paper gives
// no alliance years) or when $regionId names no region. Used by GraphQL Query.allianceTimeline.
// @param regionId = null -- a region id, or null for the whole graph
// @returns year, started, ended, active, undated
// @expect rows = 0
OPTIONAL MATCH (region:Region {id: $regionId})
WITH region WHERE $regionId IS NULL OR region IS NOT NULL
CALL (region) {
  // A region's members' alliances, each once; or every alliance of the graph (a relationship type scan).
  WITH region WHERE region IS NOT NULL
  MATCH (region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(:Organization)-[a:ALLIANCE]-(:Organization)
  RETURN DISTINCT a
  UNION
  WITH region WHERE region IS NULL
  MATCH ()-[a:ALLIANCE]->()
  RETURN a
}
// Streamed into one count per (since, until) pair: memory grows with the number of years, not of alliances.
WITH a.since AS since, a.until AS until, count(*) AS n
WITH collect({since: since, until: until, n: n}) AS pairs
WITH pairs, reduce(n = 0, p IN [p IN pairs WHERE p.since IS NULL AND p.until IS NULL] | n + p.n) AS undated,
     apoc.coll.min([p IN pairs | coalesce(p.since, p.until)]) AS first,
     apoc.coll.max([p IN pairs | coalesce(p.until, p.since)]) AS last
UNWIND CASE WHEN first IS NULL THEN [] ELSE range(first, last) END AS year
RETURN year,
       reduce(n = 0, p IN [p IN pairs WHERE p.since = year] | n + p.n) AS started,
       reduce(n = 0, p IN [p IN pairs WHERE p.until = year] | n + p.n) AS ended,
       reduce(n = 0, p IN [p IN pairs WHERE (p.since IS NULL OR p.since <= year) AND (p.until IS NULL OR p.until >= year)] | n + p.n) AS active,
       undated
ORDER BY year;
