// @title Betweenness and closeness in GDS
// Exact: a breadth-first search from every node (cost ~ nodes x relationships), so
// src/analytics/gds.ts runs this only on networks whose largest component is within the
// TypeScript engine's exact limit; above it the sampled TypeScript estimates are kept.
// @param graphName = 'ecosystem' -- the projected graph
// @returns betweenness, closeness
CALL gds.betweenness.mutate($graphName, {mutateProperty: 'betweenness'}) YIELD nodePropertiesWritten AS b
CALL gds.closeness.mutate($graphName, {mutateProperty: 'closeness'}) YIELD nodePropertiesWritten AS c
RETURN b AS betweenness, c AS closeness;
