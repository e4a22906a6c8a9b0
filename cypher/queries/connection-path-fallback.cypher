// @title Shortest connection between two organizations (Cypher shortestPath, no procedure)
// Answers: how is one organization connected to another through alliances, spin-offs, acquisitions
// and subsidiaries (never through regions, products or platforms)? Relationships are followed in
// either direction; `direction` says whether the step's organization is the start (OUT) or the end
// (IN) of the relationship `via` that leads to the next step. The last step has via = null.
// fromFound / toFound say whether each id exists; with no path within $maxHops there is one row
// with step = null. The same answer as connection-path.cypher, for a database that cannot load the
// project's procedure ecosystem.connectionPath (Aura, any remote Neo4j): the API and `npm run cypher
// connection-path` run this one instead when SHOW PROCEDURES does not list it. Slower at a million
// organizations when a path crosses a hub (README "Queries at scale").
// @param fromId = 'oncurious' -- where the path starts
// @param toId = 'novartis' -- where it ends
// @param maxHops = 6 -- longest path accepted (1 to 10)
// @returns fromFound, toFound, step, id, name, kind, via, direction, organization
// @expect rows = 3
// @expect column id = ["oncurious", "thrombogenics", "novartis"]
// @expect column via = ["SPUN_OFF_FROM", "ALLIANCE", null]
OPTIONAL MATCH (a:Organization {id: $fromId})
OPTIONAL MATCH (b:Organization {id: $toId})
OPTIONAL CALL (a, b) {
  // shortestPath needs two different nodes; the trivial path from a node to itself is its own case.
  WITH a, b WHERE a = b
  MATCH p = (a)
  RETURN p
  UNION
  WITH a, b WHERE a <> b
  MATCH p = shortestPath((a)-[:ALLIANCE|SPUN_OFF_FROM|ACQUIRED|SUBSIDIARY_OF*1..10]-(b))
  // The length limit is checked after the search, not in its WHERE: a predicate there that the
  // breadth-first search cannot use makes Neo4j fall back to enumerating every path (minutes on a
  // large graph whenever the shortest path is longer than $maxHops).
  WITH p WHERE length(p) <= $maxHops
  RETURN p
}
WITH a, b, head(collect(p)) AS p
UNWIND CASE WHEN p IS NULL THEN [null] ELSE range(0, length(p)) END AS i
WITH a, b, p, i, nodes(p)[i] AS n, CASE WHEN i < length(p) THEN relationships(p)[i] END AS r
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, i AS step, n.id AS id, n.name AS name,
       [l IN labels(n) WHERE l <> 'Organization'][0] AS kind, type(r) AS via,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
       CASE WHEN n IS NULL THEN null ELSE n {.*, kind: [l IN labels(n) WHERE l <> 'Organization'][0]} END AS organization
ORDER BY step;
