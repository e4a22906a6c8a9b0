// @title Ecosystem summary
// Answers: how many firms, universities and pharma companies, how many alliances of which types,
// how many acquisitions, and which partners have the most dependent firms, for the whole graph or
// for one region's organizations (an alliance or acquisition counts when one of its parties is in
// the region)? $asOf keeps alliances as in partner-dependency and acquisitions with year <= asOf
// (or no year). No row when $regionId names no region. Used by GraphQL Query.ecosystemSummary.
// @param regionId = null -- a region id, or null for the whole graph
// @param asOf = null -- a year, or null for everything
// @param top = 5 -- how many top partners
// @returns regionId, asOf, firmCount, universityCount, pharmaCompanyCount, allianceCount, acquisitionCount, alliancesByType, topPartners
// @expect rows = 1
// @expect row 0 = {"regionId": null, "firmCount": 32, "universityCount": 1, "pharmaCompanyCount": 29, "allianceCount": 41}
OPTIONAL MATCH (region:Region {id: $regionId})
WITH region WHERE $regionId IS NULL OR region IS NOT NULL
CALL (region) {
  MATCH (o:Organization)
  WHERE region IS NULL OR (o)-[:LOCATED_IN]->(region)
  RETURN collect(o) AS members
}
CALL (members) {
  UNWIND members AS m
  MATCH (m)-[a:ALLIANCE]-(:Organization)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
  RETURN collect(DISTINCT a) AS alliances
}
CALL (members) {
  UNWIND members AS m
  MATCH (m)-[q:ACQUIRED]-(:Organization)
  WHERE $asOf IS NULL OR q.year IS NULL OR q.year <= $asOf
  RETURN count(DISTINCT q) AS acquisitionCount
}
CALL (alliances) {
  UNWIND alliances AS a
  WITH a.type AS type, count(*) AS count ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS alliancesByType
}
CALL (members, alliances) {
  // A partner's dependent firms: member firms with at least one (kept) alliance with it.
  UNWIND alliances AS a
  WITH members, a, startNode(a) AS x, endNode(a) AS y
  UNWIND [[x, y], [y, x]] AS pair
  WITH members, pair[0] AS firm, pair[1] AS partner
  WHERE firm:Firm AND firm IN members AND NOT partner:Firm
  WITH partner, count(DISTINCT firm) AS dependentFirmCount
  ORDER BY dependentFirmCount DESC, partner.name
  LIMIT $top
  RETURN collect({partnerId: partner.id, partnerName: partner.name, dependentFirmCount: dependentFirmCount,
                  partner: partner {.*, kind: [l IN labels(partner) WHERE l <> 'Organization'][0]}}) AS topPartners
}
RETURN region.id AS regionId, $asOf AS asOf,
       size([m IN members WHERE m:Firm]) AS firmCount,
       size([m IN members WHERE m:University]) AS universityCount,
       size([m IN members WHERE m:PharmaCompany]) AS pharmaCompanyCount,
       size(alliances) AS allianceCount, acquisitionCount, alliancesByType, topPartners;
