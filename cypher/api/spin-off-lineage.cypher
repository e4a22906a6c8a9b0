// GraphQL spinOffLineage (Query, and each organization type with id=this.id): one LineageStep map per
// row of cypher/queries/spin-off-lineage.cypher.
CALL (*) { {{ spin-off-lineage }} }
RETURN {depth: depth, year: year, organizationId: id, organization: organization} AS step
