// @title Read the stored network-level measures of one scope
// The NetworkMetrics node of the scope (no row when `npm run analytics -- --write` has not stored
// one), with the organizations its ranked lists name, as maps with their kind.
// @param key = '|' -- the scope: regionId|asOf ('' for none)
// @returns metrics, computedAt, organizations
MATCH (m:NetworkMetrics {key: $key})
WITH m, apoc.coll.toSet(m.topByDegreeIds + m.topByPageRankIds + m.topByBetweennessIds + m.articulationPointIds
                        + m.bridgeAIds + m.bridgeBIds) AS ids
CALL (ids) {
  UNWIND ids AS id
  MATCH (o:Organization {id: id})
  RETURN collect(o {.*, kind: [l IN labels(o) WHERE l <> 'Organization'][0]}) AS organizations
}
RETURN m {.*, computedAt: null} AS metrics, toString(m.computedAt) AS computedAt, organizations;
