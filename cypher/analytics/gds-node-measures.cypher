// @title Read the GDS measures back, one row per organization
// @param graphName = 'ecosystem' -- the projected graph
// @returns id, degree, pageRank, betweenness, closeness, coreNumber, community, component
CALL gds.graph.nodeProperties.stream($graphName, ['degree', 'pageRank', 'betweenness', 'closeness', 'coreNumber', 'community', 'component'])
YIELD nodeId, nodeProperty, propertyValue
WITH gds.util.asNode(nodeId).id AS id, apoc.map.fromPairs(collect([nodeProperty, propertyValue])) AS m
RETURN id, m.degree AS degree, m.pageRank AS pageRank, m.betweenness AS betweenness, m.closeness AS closeness,
       m.coreNumber AS coreNumber, m.community AS community, m.component AS component
ORDER BY id;
