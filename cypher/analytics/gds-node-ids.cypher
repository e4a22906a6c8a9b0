// @title The organization id of every node of a projected graph
// @param graphName = 'ecosystem' -- the projected graph
// @returns nodeId, id
CALL gds.graph.nodeProperty.stream($graphName, 'degree')
YIELD nodeId
RETURN nodeId, gds.util.asNode(nodeId).id AS id;
