// @title Read the GDS measures back, one row per organization and measure
// Streams (nodeId, property, value) rows without grouping them in Cypher (at a million nodes a
// per-node map would be one large result); src/analytics/gds.ts groups them as they arrive.
// @param graphName = 'ecosystem' -- the projected graph
// @param properties = ["degree"] -- the mutated properties to read
// @returns nodeId, property, value
CALL gds.graph.nodeProperties.stream($graphName, $properties)
YIELD nodeId, nodeProperty, propertyValue
RETURN nodeId, nodeProperty AS property, propertyValue AS value;
