// @title Shortest connection between two organizations
// Answers: how is one organization connected to another through alliances, spin-offs, acquisitions
// and subsidiaries (never through regions, products or platforms)? Relationships are followed in
// either direction; `direction` says whether the step's organization is the start (OUT) or the end
// (IN) of the relationship `via` that leads to the next step. The last step has via = null.
// fromFound / toFound say whether each id exists; with no path within $maxHops there is one row
// with step = null. Used by GraphQL Query.connectionPath.
// The search is the project's procedure ecosystem.connectionPath (neo4j-local/procedures/): a
// bidirectional breadth-first search that grows the side with fewer relationships to read, so a
// pharma hub on the way is met from both sides instead of being read whole (README "Queries at
// scale"). A database without it (Aura, any remote one) runs connection-path-fallback.cypher.
// @param fromId = 'oncurious' -- where the path starts
// @param toId = 'novartis' -- where it ends
// @param maxHops = 6 -- longest path accepted (1 to 10)
// @returns fromFound, toFound, step, id, name, kind, via, direction, organization
// @expect rows = 3
// @expect column id = ["oncurious", "thrombogenics", "novartis"]
// @expect column via = ["SPUN_OFF_FROM", "ALLIANCE", null]
OPTIONAL MATCH (a:Organization {id: $fromId})
OPTIONAL MATCH (b:Organization {id: $toId})
OPTIONAL CALL ecosystem.connectionPath(a, b, $maxHops) YIELD path
WITH a, b, path AS p
UNWIND CASE WHEN p IS NULL THEN [null] ELSE range(0, length(p)) END AS i
WITH a, b, p, i, nodes(p)[i] AS n, CASE WHEN i < length(p) THEN relationships(p)[i] END AS r
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, i AS step, n.id AS id, n.name AS name,
       [l IN labels(n) WHERE l <> 'Organization'][0] AS kind, type(r) AS via,
       CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction,
       CASE WHEN n IS NULL THEN null ELSE n {.*, kind: [l IN labels(n) WHERE l <> 'Organization'][0]} END AS organization
ORDER BY step;
