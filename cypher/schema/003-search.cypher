// Name:     search
// Purpose:  Full-text search over organization names and aliases (GraphQL searchOrganizations,
//           cypher/queries/organization-search.cypher). The standard-folding analyzer lower-cases
//           and strips accents at index and query time, so "GALÀPAGOS" finds Galapagos; typos are
//           handled by the fuzzy terms that query builds. Not eventually consistent: a name written
//           by an import or a mutation is searchable as soon as its transaction commits.
// Params:   none
// Result:   none; idempotent (IF NOT EXISTS)
CREATE FULLTEXT INDEX organization_names IF NOT EXISTS
FOR (n:Organization) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
