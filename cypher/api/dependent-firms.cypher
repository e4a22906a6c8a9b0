// GraphQL dependentFirms: one DependentFirm map per dependent of cypher/queries/dependent-firms.cypher
// (its single row with no firm, for a partner without dependents, gives none).
CALL (*) { {{ dependent-firms }} }
WITH * WHERE firmId IS NOT NULL
RETURN {firmId: firmId, allianceCount: allianceCount, share: share, types: types} AS dependent
