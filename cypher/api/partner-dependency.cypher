// GraphQL partnerDependency: the rows of cypher/queries/partner-dependency.cypher (one per partner of
// the page) folded into one PartnerDependency map, partners in the query's order; per business area
// (areaTotals, in the paper's order) the totals over all partners and the page's partners in it.
// No row for an unknown id.
CALL (*) { {{ partner-dependency }} }
WITH firmId, firm, allianceCount, partnerCount, concentration, areaTotals,
     collect(CASE WHEN partnerId IS NOT NULL THEN
       {partnerId: partnerId, allianceCount: partnerAllianceCount, share: share, types: types, areas: areas, partner: partner}
     END) AS partners
RETURN {
  organizationId: firmId, organization: firm, asOf: $asOf, allianceCount: allianceCount, partnerCount: partnerCount,
  concentration: concentration, partners: partners,
  areas: [t IN areaTotals | {
    area: t.area, allianceCount: t.alliances, partnerCount: t.partners,
    partnerIds: [p IN partners WHERE any(x IN p.areas WHERE x.area = t.area) | p.partnerId]
  }]
} AS dependency
