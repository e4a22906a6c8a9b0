// @title One organization
// Answers: is there an organization with this id, and what is it? One row, or none for an unknown id.
// Used by the GraphQL traversals to tell an unknown id (NOT_FOUND) from an empty result.
// @param id = 'ablynx' -- id of the organization
// @returns id, name, kind
// @expect rows = 1
// @expect row 0 = {"id": "ablynx", "name": "Ablynx", "kind": "Firm"}
MATCH (o:Organization {id: $id})
RETURN o.id AS id, o.name AS name, [l IN labels(o) WHERE l <> 'Organization'][0] AS kind;
