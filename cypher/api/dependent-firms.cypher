// GraphQL dependentFirms: the page of cypher/queries/dependent-firms.cypher as one DependentFirmPage
// map (its single row with no firm, for an empty page, gives an empty list). No row for an unknown id.
CALL (*) { {{ dependent-firms }} }
WITH partnerId, partner, totalCount,
     collect(CASE WHEN firmId IS NOT NULL THEN
       {firmId: firmId, allianceCount: allianceCount, share: share, types: types, firm: firm}
     END) AS firms
RETURN {
  partnerId: partnerId, partner: partner, totalCount: totalCount, offset: $offset, limit: $limit,
  hasMore: $offset + $limit < totalCount, firms: firms
} AS page
