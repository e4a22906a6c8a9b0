// @title Ecosystem summary (whole graph)
// Answers: how many firms, universities and pharma companies, how many alliances of which types,
// how many acquisitions, and which partners have the most dependent firms, in the whole graph?
// (For one region: region-summary.) $asOf keeps alliances as in partner-dependency and
// acquisitions with year <= asOf (or no year). A partner is an organization that is not a Firm;
// its dependent firms are the Firms with at least one (kept) alliance with it. One row. Used by
// GraphQL Query.ecosystemSummary without regionId.
// Cost: the organization counts come from the count store; alliances, acquisitions and partners
// are streamed and aggregated (nothing holds the whole graph), so time grows linearly with the
// number of alliances and memory stays small.
// @param asOf = null -- a year, or null for everything
// @param top = 5 -- how many top partners
// @returns regionId, asOf, firmCount, universityCount, pharmaCompanyCount, allianceCount, acquisitionCount, alliancesByType, topPartners
// @expect rows = 1
// @expect row 0 = {"regionId": null, "firmCount": 32, "universityCount": 1, "pharmaCompanyCount": 29, "allianceCount": 41, "acquisitionCount": 10}
// @expect row 0 = {"alliancesByType": [{"type": "STRATEGIC", "count": 39}, {"type": "COMMERCIALIZATION", "count": 1}, {"type": "CO_DEVELOPMENT", "count": 1}]}
CALL () { MATCH (f:Firm) RETURN count(f) AS firmCount }
CALL () { MATCH (u:University) RETURN count(u) AS universityCount }
CALL () { MATCH (p:PharmaCompany) RETURN count(p) AS pharmaCompanyCount }
CALL () {
  MATCH (:Organization)-[a:ALLIANCE]->(:Organization)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
  WITH a.type AS type, count(*) AS count
  ORDER BY count DESC, type
  RETURN collect({type: type, count: count}) AS alliancesByType, coalesce(sum(count), 0) AS allianceCount
}
CALL () {
  MATCH (:Organization)-[q:ACQUIRED]->(:Organization)
  WHERE $asOf IS NULL OR q.year IS NULL OR q.year <= $asOf
  RETURN count(q) AS acquisitionCount
}
CALL () {
  CALL () {
    MATCH (p:PharmaCompany) RETURN p AS partner
    UNION ALL
    MATCH (p:University) RETURN p AS partner
    UNION ALL
    MATCH (p:Organization) WHERE NOT (p:Firm OR p:PharmaCompany OR p:University) RETURN p AS partner
  }
  WITH partner, COUNT {
    MATCH (partner)-[a:ALLIANCE]-(firm:Firm)
    WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
    RETURN DISTINCT firm
  } AS dependentFirmCount
  WHERE dependentFirmCount > 0
  WITH partner, dependentFirmCount
  ORDER BY dependentFirmCount DESC, partner.name
  LIMIT $top
  RETURN collect({partnerId: partner.id, partnerName: partner.name, dependentFirmCount: dependentFirmCount,
                  partner: partner {.*, kind: [l IN labels(partner) WHERE l <> 'Organization'][0]}}) AS topPartners
}
RETURN null AS regionId, $asOf AS asOf, firmCount, universityCount, pharmaCompanyCount, allianceCount,
       acquisitionCount, alliancesByType, topPartners;
