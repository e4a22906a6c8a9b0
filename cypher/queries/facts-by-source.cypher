// @title Facts by source
// Answers: where do the graph's facts come from? One row per source family, i.e. the prefix of the
// citation keys before the first ':' (segers2015 for the paper; ctgov, cordis, eurostat, iso3166
// for what the open-data connectors load): the nodes and relationships whose `source` has that
// prefix, how many distinct citation keys they cite (at least), and whether any of them is test data (a node marked testData,
// or a cited source whose title says TEST DATA). Largest first. Whole-graph query (it reads every
// node and relationship once): made for the report, not for per-request use.
// @returns source, nodes, relationships, keys, testData
// @expect rows = 1
// @expect row 0 = {"source": "segers2015", "testData": false}
CALL () {
  MATCH (n) WHERE n.source IS NOT NULL AND NOT n:Source
  RETURN split(n.source, ':')[0] AS source, count(*) AS nodes, 0 AS relationships,
         count(DISTINCT n.source) AS keys, count(CASE WHEN n.testData THEN 1 END) > 0 AS test
  UNION ALL
  MATCH ()-[r]->() WHERE r.source IS NOT NULL
  RETURN split(r.source, ':')[0] AS source, 0 AS nodes, count(*) AS relationships,
         count(DISTINCT r.source) AS keys, false AS test
}
// keys: the larger of the node and relationship counts (a key cited by both is counted once).
WITH source, sum(nodes) AS nodes, sum(relationships) AS relationships, max(keys) AS keys,
     any(t IN collect(test) WHERE t) AS test
RETURN source, nodes, relationships, keys,
       test OR EXISTS { MATCH (s:Source) WHERE s.key STARTS WITH source + ':' AND s.title CONTAINS 'TEST DATA' } AS testData
ORDER BY nodes + relationships DESC, source;
