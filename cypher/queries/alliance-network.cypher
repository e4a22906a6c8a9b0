// @title Alliance network (nodes and ties), one page
// The network the analytics measure, read a page at a time so that no result holds the whole
// graph: the organizations whose id sorts after $after, $pageSize of them in id order (an index
// range seek; the next page starts after the last id of this one), each with its group for
// brokerage roles (its region; its country when only that is known; 'unlocated' when the data
// gives no location, as for most foreign partners in the seed) and its alliance ties to
// organizations with a larger id (so each allied pair comes once), aggregated per partner
// (alliances = number of ALLIANCE relationships, types = their kinds). Alliances are read
// undirected and filtered with $asOf like the traversals (since <= asOf or none; until >= asOf or
// none). For one region's network: region-network. Used by `npm run analytics`, GraphQL
// networkMetrics and the report.
// @param asOf = null -- a year, or null for all alliances
// @param after = '' -- the last id of the previous page ('' for the first page)
// @param pageSize = 10000 -- organizations per page
// @returns id, name, kind, group, studySample, ties
// @expect rows = 62
// @expect row 0 = {"id": "abbott", "kind": "PharmaCompany", "ties": [{"partner": "biocartis", "alliances": 1, "types": ["STRATEGIC"]}]}
MATCH (o:Organization)
WHERE o.id > $after
WITH o ORDER BY o.id LIMIT $pageSize
CALL (o) {
  OPTIONAL MATCH (o)-[:LOCATED_IN]->(place)
  RETURN coalesce(head(collect(place.id)), 'unlocated') AS group
}
CALL (o) {
  OPTIONAL MATCH (o)-[a:ALLIANCE]-(p:Organization)
    WHERE p.id > o.id
      AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
  WITH p, count(a) AS alliances, apoc.coll.sort(apoc.coll.toSet(collect(a.type))) AS types
  ORDER BY p.id
  RETURN collect(CASE WHEN p IS NOT NULL THEN {partner: p.id, alliances: alliances, types: types} END) AS ties
}
RETURN o.id AS id, o.name AS name, [l IN labels(o) WHERE l <> 'Organization'][0] AS kind, group,
       coalesce(o.studySample, false) AS studySample, ties
ORDER BY id;
