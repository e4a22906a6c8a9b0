// @title Ecosystem summary of a region
// Answers: for the organizations LOCATED_IN one region or one of its subregions (PART_OF up to 3
// steps below: NUTS 3 and 2 inside a NUTS 1 region such as Flanders), how many firms, universities and pharma
// companies, how many alliances of which types, how many acquisitions (an alliance or acquisition
// counts when one of its parties is in the region), and which partners (anywhere, not Firms) have
// the most dependent firms among the region's firms? $asOf as in ecosystem-summary. No row when
// $regionId names no region. Used by GraphQL Query.ecosystemSummary(regionId: ...).
// Cost: starts from the region (index seek) and walks only its organizations and their
// relationships, so it grows with the region, not with the graph.
// @param regionId = 'flanders' -- a region id
// @param asOf = null -- a year, or null for everything
// @param top = 5 -- how many top partners
// @returns regionId, asOf, firmCount, universityCount, pharmaCompanyCount, allianceCount, acquisitionCount, alliancesByType, topPartners
// @expect rows = 1
// @expect row 0 = {"regionId": "flanders", "firmCount": 7, "universityCount": 0, "pharmaCompanyCount": 0, "allianceCount": 29, "acquisitionCount": 5}
MATCH (region:Region {id: $regionId})
CALL (region) {
  MATCH (o:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region)
  RETURN count(DISTINCT CASE WHEN o:Firm THEN o END) AS firmCount,
         count(DISTINCT CASE WHEN o:University THEN o END) AS universityCount,
         count(DISTINCT CASE WHEN o:PharmaCompany THEN o END) AS pharmaCompanyCount
}
CALL (region) {
  MATCH (m:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region)
  MATCH (m)-[a:ALLIANCE]-(:Organization)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
  WITH DISTINCT a
  WITH a.type AS type, count(*) AS count
  ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS alliancesByType, coalesce(sum(count), 0) AS allianceCount
}
CALL (region) {
  MATCH (m:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region)
  MATCH (m)-[q:ACQUIRED]-(:Organization)
  WHERE $asOf IS NULL OR q.year IS NULL OR q.year <= $asOf
  RETURN count(DISTINCT q) AS acquisitionCount
}
CALL (region) {
  // A partner's dependent firms: the region's firms with at least one (kept) alliance with it.
  MATCH (firm:Firm)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(region)
  MATCH (firm)-[a:ALLIANCE]-(partner:Organization)
  WHERE NOT partner:Firm
    AND ($asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf)))
  WITH partner, count(DISTINCT firm) AS dependentFirmCount
  ORDER BY dependentFirmCount DESC, partner.name
  LIMIT $top
  RETURN collect({partnerId: partner.id, partnerName: partner.name, dependentFirmCount: dependentFirmCount,
                  partner: partner {.*, kind: [l IN labels(partner) WHERE l <> 'Organization'][0]}}) AS topPartners
}
RETURN region.id AS regionId, $asOf AS asOf, firmCount, universityCount, pharmaCompanyCount, allianceCount,
       acquisitionCount, alliancesByType, topPartners;
