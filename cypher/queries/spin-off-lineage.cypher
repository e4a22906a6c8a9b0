// @title Spin-off lineage
// Answers: which organization did this one spin off from, and that one from whom, up to the root?
// Depth 0 is the organization itself, depth 1 its parent, depth 2 its grandparent... `year` is the
// year of the spin-off that links the step to the one before it (absent when the source gives none).
// Used by GraphQL Query.spinOffLineage and `npm run cypher -- spin-off-lineage`.
// @param id = 'oncurious' -- id of the organization to start from
// @returns depth, year, id, name, kind, organization
// @expect rows = 3
// @expect column id = ["oncurious", "thrombogenics", "ku-leuven"]
// @expect column depth = [0, 1, 2]
MATCH (start:Organization {id: $id})
CALL (start) {
  RETURN start AS node, 0 AS depth, null AS year
  UNION
  // Up to 10 generations; with several routes to an ancestor, the shortest one gives its depth.
  MATCH path = (start)-[:SPUN_OFF_FROM*1..10]->(ancestor:Organization)
  WITH ancestor, path ORDER BY length(path)
  WITH ancestor, head(collect(path)) AS path
  RETURN ancestor AS node, length(path) AS depth, last(relationships(path)).year AS year
}
RETURN depth, year, node.id AS id, node.name AS name,
       [l IN labels(node) WHERE l <> 'Organization'][0] AS kind,
       node {.*, kind: [l IN labels(node) WHERE l <> 'Organization'][0]} AS organization
ORDER BY depth, id;
