// @title Run the GDS algorithms on the projected alliance network
// Stores each measure in the in-memory graph (mutate): degree (partners), PageRank (0.85), k-core
// number, weighted Louvain community (single thread, so the same partition every run) and weakly
// connected component. Returns the network-level results. Betweenness and closeness: gds-paths.
// @param graphName = 'ecosystem' -- the projected graph
// @returns modularity, communityCount, componentCount
CALL gds.degree.mutate($graphName, {mutateProperty: 'degree'}) YIELD nodePropertiesWritten AS d
CALL gds.pageRank.mutate($graphName, {mutateProperty: 'pageRank', dampingFactor: 0.85, maxIterations: 100, tolerance: 1e-10}) YIELD nodePropertiesWritten AS p
CALL gds.kcore.mutate($graphName, {mutateProperty: 'coreNumber'}) YIELD nodePropertiesWritten AS k
CALL gds.louvain.mutate($graphName, {mutateProperty: 'community', relationshipWeightProperty: 'weight', concurrency: 1}) YIELD modularity, communityCount
CALL gds.wcc.mutate($graphName, {mutateProperty: 'component'}) YIELD componentCount
RETURN modularity, communityCount, componentCount;
