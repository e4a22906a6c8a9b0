// GraphQL partnerDependency: the rows of cypher/queries/partner-dependency.cypher (one per partner)
// folded into one PartnerDependency map, partners kept in the query's order, and their alliances
// regrouped per business area in the order the paper lists them. No row for an unknown id.
CALL (*) { {{ partner-dependency }} }
WITH firmId, allianceCount, partnerCount, concentration,
     collect(CASE WHEN partnerId IS NOT NULL THEN
       {partnerId: partnerId, allianceCount: partnerAllianceCount, share: share, types: types, areas: areas}
     END) AS partners
RETURN {
  organizationId: firmId, asOf: $asOf, allianceCount: allianceCount, partnerCount: partnerCount,
  concentration: concentration, partners: partners,
  areas: [area IN ['MARKETING', 'MANUFACTURING', 'PRODUCT_DEVELOPMENT', 'LICENSING', 'MILESTONE_PAYMENTS']
    WHERE any(p IN partners WHERE any(x IN p.areas WHERE x.area = area)) | {
      area: area,
      partnerIds: [p IN partners WHERE any(x IN p.areas WHERE x.area = area) | p.partnerId],
      allianceCount: reduce(n = 0, x IN apoc.coll.flatten([p IN partners | p.areas]) |
        n + CASE WHEN x.area = area THEN x.alliances ELSE 0 END)
    }]
} AS dependency
