// GraphQL searchOrganizations: one OrganizationMatch map per row of cypher/queries/organization-search.cypher.
CALL (*) { {{ organization-search }} }
RETURN {organizationId: id, score: score} AS match
