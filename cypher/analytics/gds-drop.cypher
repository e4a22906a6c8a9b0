// @title Drop the projected graph from the GDS catalog
// @param graphName = 'ecosystem' -- the projected graph
// @returns graphName
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName;
