// @title Spin-off descendants
// Answers: which organizations spun off from this one, directly or through other spin-offs?
// Depth 0 is the organization itself (so an unknown id gives no row at all), then its spin-offs at
// depth 1, theirs at depth 2... down to $maxDepth (at most 10). `year` is the year of the spin-off
// that links the step to its parent. Used by GraphQL Query.spinOffDescendants (which omits depth 0).
// @param id = 'ku-leuven' -- id of the parent organization
// @param maxDepth = 5 -- how many generations down (1 to 10)
// @returns depth, year, id, name, kind, parentId, organization
// @expect rows = 3
// @expect column id = ["ku-leuven", "thrombogenics", "oncurious"]
// @expect row 2 = {"depth": 2, "parentId": "thrombogenics"}
MATCH (root:Organization {id: $id})
CALL (root) {
  RETURN root AS node, 0 AS depth, null AS year, null AS parentId
  UNION
  MATCH path = (descendant:Organization)-[:SPUN_OFF_FROM*1..10]->(root)
  WHERE length(path) <= $maxDepth
  WITH descendant, path ORDER BY length(path)
  WITH descendant, head(collect(path)) AS path
  RETURN descendant AS node, length(path) AS depth, head(relationships(path)).year AS year,
         nodes(path)[1].id AS parentId
}
RETURN depth, year, node.id AS id, node.name AS name,
       [l IN labels(node) WHERE l <> 'Organization'][0] AS kind, parentId,
       node {.*, kind: [l IN labels(node) WHERE l <> 'Organization'][0]} AS organization
ORDER BY depth, id;
