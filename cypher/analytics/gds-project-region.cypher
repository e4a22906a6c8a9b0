// @title Project one region's alliance network into GDS
// As gds-project, for the organizations LOCATED_IN $region or one of its subregions (NUTS levels
// below it, PART_OF up to 3 steps) and the alliances among them: starts
// from the region (an index seek), so the cost grows with the region, not with the graph.
// @param graphName = 'ecosystem' -- name in the GDS graph catalog
// @param asOf = null -- a year, or null for all alliances
// @param region = 'flanders' -- a region id
// @returns graphName, nodeCount, relationshipCount
MATCH (r:Region {id: $region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(s:Organization)
WITH DISTINCT r, s
CALL (r, s) {
  OPTIONAL MATCH (s)-[a:ALLIANCE]-(t:Organization)
    WHERE s.id < t.id AND EXISTS { (t)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) }
      AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
  RETURN t, count(a) AS alliances
}
WITH gds.graph.project($graphName, s, t,
       {relationshipProperties: CASE WHEN t IS NULL THEN {} ELSE {weight: toFloat(alliances)} END},
       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount;
