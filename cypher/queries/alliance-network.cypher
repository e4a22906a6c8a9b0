// @title Alliance network (nodes and ties)
// The network the analytics measure: every organization (in $region, if given) with its group for
// brokerage roles (its region; its country when only that is known; 'unlocated' when the data
// gives no location, as for most foreign partners in the seed) and its alliance ties to
// other organizations of the same scope, aggregated per partner (alliances = number of ALLIANCE
// relationships, types = their kinds). Alliances are read undirected and filtered with $asOf like
// the traversals (since <= asOf or none; until >= asOf or none). Used by `npm run analytics`,
// GraphQL networkMetrics and the report.
// @param asOf = null -- a year, or null for all alliances
// @param region = null -- a region id, or null for the whole graph
// @returns id, name, kind, group, studySample, ties
// @expect rows = 62
// @expect row 0 = {"id": "abbott", "kind": "PharmaCompany", "ties": [{"partner": "biocartis", "alliances": 1, "types": ["STRATEGIC"]}]}
MATCH (o:Organization)
WHERE $region IS NULL OR (o)-[:LOCATED_IN]->(:Region {id: $region})
WITH collect(o) AS scope
UNWIND scope AS o
OPTIONAL MATCH (o)-[:LOCATED_IN]->(place)
WITH scope, o, coalesce(head(collect(place.id)), 'unlocated') AS group
OPTIONAL MATCH (o)-[a:ALLIANCE]-(p:Organization)
  WHERE p IN scope
    AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
WITH o, group, p, count(a) AS alliances, apoc.coll.sort(apoc.coll.toSet(collect(a.type))) AS types
ORDER BY p.id
WITH o, group, collect(CASE WHEN p IS NOT NULL THEN {partner: p.id, alliances: alliances, types: types} END) AS ties
RETURN o.id AS id, o.name AS name, [l IN labels(o) WHERE l <> 'Organization'][0] AS kind, group,
       coalesce(o.studySample, false) AS studySample, ties
ORDER BY id;
