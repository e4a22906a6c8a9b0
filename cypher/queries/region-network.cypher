// @title Alliance network of one region (nodes and ties)
// The network the analytics measure for a region: its organizations (LOCATED_IN it or one of its
// subregions, PART_OF up to 3 steps below: NUTS 3 and 2 inside a NUTS 1 region) with their
// group (the region) and their alliance ties to other organizations of the region with a larger id
// (so each allied pair comes once), aggregated per partner as in alliance-network. Starts from the
// region (an index seek) and walks only its organizations' relationships, so its cost grows with
// the region, not with the graph. No row for an unknown or empty region.
// @param region = 'flanders' -- a region id
// @param asOf = null -- a year, or null for all alliances
// @returns id, name, kind, group, studySample, ties
// @expect rows = 7
// @expect row 0 = {"id": "ablynx", "group": "flanders"}
MATCH (r:Region {id: $region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)
WITH DISTINCT r, o
CALL (o, r) {
  OPTIONAL MATCH (o)-[a:ALLIANCE]-(p:Organization)
    WHERE p.id > o.id AND EXISTS { (p)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) }
      AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
  WITH p, count(a) AS alliances, apoc.coll.sort(apoc.coll.toSet(collect(a.type))) AS types
  ORDER BY p.id
  RETURN collect(CASE WHEN p IS NOT NULL THEN {partner: p.id, alliances: alliances, types: types} END) AS ties
}
RETURN o.id AS id, o.name AS name, [l IN labels(o) WHERE l <> 'Organization'][0] AS kind, r.id AS group,
       coalesce(o.studySample, false) AS studySample, ties
ORDER BY id;
