// GraphQL connectionPath: one PathStep map per step of cypher/queries/connection-path.cypher; no row
// when there is no path (or an id is unknown: the resolver tells these apart).
CALL (*) { {{ connection-path }} }
WITH * WHERE step IS NOT NULL
RETURN {organizationId: id, via: via, direction: direction, organization: organization} AS step
