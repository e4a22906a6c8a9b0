// @title Ego network of an organization
// Answers: which organizations are within $hops steps of this one through alliances, spin-offs,
// acquisitions and subsidiaries (never through regions, products or platforms)? Relationships are
// followed in either direction. One row per neighbour (the organization itself is not listed; an
// unknown id gives no row): distance = the length of its shortest route, via = the relationship
// types along that route from the start, through = the organizations passed on the way (empty at
// distance 1). When several shortest routes exist, the one whose node ids sort first is shown.
// $hops is capped at 3 by the pattern.
// @param id = 'ablynx' -- id of the organization at the centre
// @param hops = 1 -- how many steps out (1 to 3)
// @returns distance, id, name, kind, via, through, organization
// @expect rows = 10
// @expect column id = ["abbvie", "algeta", "eddingpharm", "eli-lilly", "genzyme", "merck-co", "merck-serono", "novartis", "shire", "taisho-pharmaceutical"]
// @expect row 7 = {"distance": 1, "name": "Novartis", "kind": "PharmaCompany", "via": ["ALLIANCE"], "through": []}
MATCH (start:Organization {id: $id})
MATCH p = (start)-[:ALLIANCE|SPUN_OFF_FROM|ACQUIRED|SUBSIDIARY_OF*1..3]-(n:Organization)
WHERE length(p) <= $hops AND n <> start
WITH n, p ORDER BY length(p), [x IN nodes(p) | x.id]
WITH n, head(collect(p)) AS p
RETURN length(p) AS distance, n.id AS id, n.name AS name,
       [l IN labels(n) WHERE l <> 'Organization'][0] AS kind,
       [r IN relationships(p) | type(r)] AS via,
       [x IN nodes(p)[1..-1] | x.id] AS through,
       n {.*, kind: [l IN labels(n) WHERE l <> 'Organization'][0]} AS organization
ORDER BY distance, id;
