// @title Alliance network for drawing
// Answers: which organizations and alliance ties to draw, at most $limit organizations, as one row
// that a graph-drawing library can take as is: `nodes` and `edges`, one edge per allied pair.
// Which organizations, most relevant first (the first $limit are kept; truncated says whether any
// were left out):
// - $centerId: the ego network, breadth-first from the centre out to $hops (1-3) alliance steps,
//   nearest first, then most allied first (within $regionId's organizations, if given; the centre
//   is always included);
// - else $regionId: the region's organizations with alliances, most alliances first, then their
//   partners elsewhere, most alliances with the region first;
// - else the whole graph: organizations with alliances, most alliances first.
// $asOf keeps alliances running that year (since <= asOf or no since, until >= asOf or no until).
// nodes: id, name, kind, degree = partners among the drawn organizations, community = the Louvain
// community stored by `npm run analytics -- --write` (null before). edges: source < target (ids),
// types (distinct, sorted), allianceCount, since = the earliest start (null when none is dated).
// A region's organizations are those located in it or in one of its subregions (PART_OF up to 3
// steps below: NUTS 3 and 2 inside a NUTS 1 region).
// No row when $centerId or $regionId names nothing. Used by GraphQL Query.allianceNetwork.
// @param asOf = null -- a year, or null for all alliances
// @param regionId = null -- a region id, or null
// @param centerId = null -- an organization id for an ego network, or null
// @param hops = 1 -- ego network radius in alliance steps (1 to 3)
// @param limit = 100 -- most organizations returned (1 to 500)
// @returns nodes, edges, truncated
// @expect rows = 1
// @expect row 0 = {"truncated": false}
OPTIONAL MATCH (center:Organization {id: $centerId})
OPTIONAL MATCH (region:Region {id: $regionId})
WITH center, region
WHERE ($centerId IS NULL OR center IS NOT NULL) AND ($regionId IS NULL OR region IS NOT NULL)
CALL (center, region) {
  // Ego network, one level per step; each level keeps at most $limit + 1 organizations.
  WITH center, region WHERE center IS NOT NULL
  CALL (center, region) {
    MATCH (center)-[a:ALLIANCE]-(o:Organization)
    WHERE $hops >= 1 AND o <> center
      AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
      AND (region IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region) })
    WITH DISTINCT o
    ORDER BY COUNT { (o)-[:ALLIANCE]-() } DESC, o.id
    LIMIT $limit + 1
    RETURN collect(o) AS level1
  }
  CALL (center, region, level1) {
    UNWIND CASE WHEN $hops >= 2 THEN level1 ELSE [] END AS f
    MATCH (f)-[a:ALLIANCE]-(o:Organization)
    WHERE o <> center AND NOT o IN level1
      AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
      AND (region IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region) })
    WITH DISTINCT o
    ORDER BY COUNT { (o)-[:ALLIANCE]-() } DESC, o.id
    LIMIT $limit + 1
    RETURN collect(o) AS level2
  }
  CALL (center, region, level1, level2) {
    UNWIND CASE WHEN $hops >= 3 THEN level2 ELSE [] END AS f
    MATCH (f)-[a:ALLIANCE]-(o:Organization)
    WHERE o <> center AND NOT o IN level1 AND NOT o IN level2
      AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
      AND (region IS NULL OR EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region) })
    WITH DISTINCT o
    ORDER BY COUNT { (o)-[:ALLIANCE]-() } DESC, o.id
    LIMIT $limit + 1
    RETURN collect(o) AS level3
  }
  RETURN ([center] + level1 + level2 + level3)[..$limit + 1] AS candidates
  UNION
  // A region: its members by their alliances, then partners by their alliances with members.
  WITH center, region WHERE center IS NULL AND region IS NOT NULL
  MATCH (region)<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(m:Organization)-[a:ALLIANCE]-(p:Organization)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
  // A member located in the region and in one of its subregions is matched once per location.
  WITH DISTINCT region, m, a, p
  UNWIND [m, p] AS o
  WITH region, o, count(*) AS alliances
  WITH o, alliances, EXISTS { (o)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region) } AS member
  ORDER BY member DESC, alliances DESC, o.id
  LIMIT $limit + 1
  RETURN collect(o) AS candidates
  UNION
  // The whole graph: organizations by their alliances (COUNT reads the degree store when no $asOf).
  // The scan sits in its own subquery so that it runs only in this case (the planner would
  // otherwise scan first and filter on centre and region afterwards).
  WITH center, region WHERE center IS NULL AND region IS NULL
  CALL (center) {
    MATCH (o:Organization)
    WITH o, COUNT {
      (o)-[a:ALLIANCE]-(:Organization)
      WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
    } AS alliances
    WHERE alliances > 0
    ORDER BY alliances DESC, o.id
    LIMIT $limit + 1
    RETURN collect(o) AS candidates
  }
  RETURN candidates
}
// Only the branch that applies has candidates (the others give no row or an empty list).
WITH center, region, apoc.coll.flatten(collect(candidates)) AS candidates
WITH candidates[..$limit] AS drawn, size(candidates) > $limit AS truncated
WITH drawn, truncated, apoc.map.fromPairs([o IN drawn | [o.id, true]]) AS isDrawn
// Each drawn organization's ties to other drawn ones; the pair's edge is kept on its lower id's side.
CALL (drawn, isDrawn) {
  UNWIND range(0, size(drawn) - 1) AS i
  WITH i, drawn[i] AS n
  OPTIONAL MATCH (n)-[a:ALLIANCE]-(m:Organization)
  WHERE isDrawn[m.id] AND m <> n
    AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
  WITH i, n, m, collect(a) AS ties
  WITH i, n, count(m) AS degree,
       collect(CASE WHEN n.id < m.id THEN {
         source: n.id, target: m.id, types: apoc.coll.sort(apoc.coll.toSet([t IN ties | t.type])),
         allianceCount: size(ties), since: apoc.coll.min([t IN ties | t.since])
       } END) AS own
  ORDER BY i
  RETURN collect({id: n.id, name: n.name, kind: [l IN labels(n) WHERE l <> 'Organization'][0],
                  degree: degree, community: n.community}) AS nodes,
         apoc.coll.flatten(collect(own)) AS edges
}
RETURN nodes, edges, truncated;
