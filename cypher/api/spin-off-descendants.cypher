// GraphQL spinOffDescendants: cypher/queries/spin-off-descendants.cypher without its depth-0 row
// (the organization itself), as LineageStep maps.
CALL (*) { {{ spin-off-descendants }} }
WITH depth, year, id, organization WHERE depth > 0
RETURN {depth: depth, year: year, organizationId: id, organization: organization} AS step
