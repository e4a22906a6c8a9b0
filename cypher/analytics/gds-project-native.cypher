// @title Project the whole alliance network into GDS (native projection)
// All Organization nodes and one undirected relationship per allied pair, weighted by its number
// of alliances (COUNT of the parallel ALLIANCE relationships, in either direction): the same
// network as gds-project, read by GDS straight from the store, without a Cypher result in between.
// Used for the whole graph without $asOf (a year filter needs gds-project).
// @param graphName = 'ecosystem' -- name in the GDS graph catalog
// @returns graphName, nodeCount, relationshipCount
CALL gds.graph.project($graphName, 'Organization', {
  ALLIANCE: {orientation: 'UNDIRECTED', aggregation: 'SINGLE',
             properties: {weight: {property: '*', aggregation: 'COUNT'}}}
})
YIELD graphName, nodeCount, relationshipCount
RETURN graphName, nodeCount, relationshipCount;
