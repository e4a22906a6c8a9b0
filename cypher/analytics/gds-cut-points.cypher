// @title Articulation points and bridges from GDS
// kind = 'articulationPoint' (id set) or 'bridge' (a < b set).
// @param graphName = 'ecosystem' -- the projected graph
// @returns kind, id, a, b
CALL gds.articulationPoints.stream($graphName) YIELD nodeId
RETURN 'articulationPoint' AS kind, gds.util.asNode(nodeId).id AS id, null AS a, null AS b
UNION ALL
CALL gds.bridges.stream($graphName) YIELD from, to
WITH gds.util.asNode(from).id AS x, gds.util.asNode(to).id AS y
RETURN 'bridge' AS kind, null AS id, CASE WHEN x < y THEN x ELSE y END AS a, CASE WHEN x < y THEN y ELSE x END AS b;
