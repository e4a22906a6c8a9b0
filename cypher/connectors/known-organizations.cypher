// @title Organizations the connectors resolve onto
// Every organization with its kind, names and crosswalk identifiers (VAT, CORDIS organisationID,
// ROR, LEI, Wikidata, NAME = a normalized name an earlier run resolved onto it). Read once per
// ingest run by src/connectors/known-graph.ts to build the resolver's indexes.
// @returns id, name, aliases, kind, identifiers
MATCH (o:Organization)
OPTIONAL MATCH (i:Identifier)-[:IDENTIFIES]->(o)
WITH o, collect(CASE WHEN i IS NULL THEN null ELSE {scheme: i.scheme, value: i.value} END) AS identifiers
RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases,
       [l IN labels(o) WHERE l <> 'Organization'][0] AS kind, identifiers
ORDER BY id;
