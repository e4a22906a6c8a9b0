// @title Project the alliance network into GDS
// A Cypher projection of the same network as cypher/queries/alliance-network.cypher: Organization
// nodes (of $region, if given) and one undirected relationship per allied pair, weighted by its
// number of alliances (running in $asOf, if given). Isolated organizations are projected too.
// @param graphName = 'ecosystem' -- name in the GDS graph catalog
// @param asOf = null -- a year, or null for all alliances
// @param region = null -- a region id, or null for the whole graph
// @returns graphName, nodeCount, relationshipCount
MATCH (s:Organization)
WHERE $region IS NULL OR (s)-[:LOCATED_IN]->(:Region {id: $region})
OPTIONAL MATCH (s)-[a:ALLIANCE]-(t:Organization)
  WHERE s.id < t.id
    AND ($region IS NULL OR (t)-[:LOCATED_IN]->(:Region {id: $region}))
    AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
WITH s, t, count(a) AS alliances
WITH gds.graph.project($graphName, s, t,
       {relationshipProperties: CASE WHEN t IS NULL THEN {} ELSE {weight: toFloat(alliances)} END},
       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount;
