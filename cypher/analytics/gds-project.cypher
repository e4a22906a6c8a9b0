// @title Project the alliance network into GDS (Cypher projection)
// The same network as cypher/queries/alliance-network.cypher: Organization nodes and one
// undirected relationship per allied pair, weighted by its number of alliances (running in $asOf,
// if given). Isolated organizations are projected too. The alliances are aggregated per
// organization (a subquery), so the projection streams and never holds a table of all pairs. For
// a region: gds-project-region; for the whole graph without a year: gds-project-native.
// @param graphName = 'ecosystem' -- name in the GDS graph catalog
// @param asOf = null -- a year, or null for all alliances
// @returns graphName, nodeCount, relationshipCount
MATCH (s:Organization)
CALL (s) {
  OPTIONAL MATCH (s)-[a:ALLIANCE]-(t:Organization)
    WHERE s.id < t.id
      AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
  RETURN t, count(a) AS alliances
}
WITH gds.graph.project($graphName, s, t,
       {relationshipProperties: CASE WHEN t IS NULL THEN {} ELSE {weight: toFloat(alliances)} END},
       {undirectedRelationshipTypes: ['*']}) AS g
RETURN g.graphName AS graphName, g.nodeCount AS nodeCount, g.relationshipCount AS relationshipCount;
