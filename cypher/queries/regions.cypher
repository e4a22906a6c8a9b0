// @title Regions
// The regions of the graph with their country and how many organizations (and firms of the
// paper's sample) are located in each (or in one of its subregions, PART_OF up to 3 steps below); $region restricts to one (no row when it does not exist).
// Used by GraphQL networkMetrics to tell an unknown region from an empty one.
// @param region = null -- a region id, or null for all
// @returns id, name, countryId, organizations, sampleFirms
// @expect rows = 5
// @expect column id = ["brussels-capital-region", "flanders", "paris", "toulouse", "wallonia"]
// @expect row 1 = {"countryId": "belgium", "organizations": 7, "sampleFirms": 7}
MATCH (r:Region)
WHERE $region IS NULL OR r.id = $region
OPTIONAL MATCH (r)-[:PART_OF]->(c:Country)
RETURN r.id AS id, r.name AS name, c.id AS countryId,
       COUNT { MATCH (o:Organization)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) RETURN DISTINCT o } AS organizations,
       COUNT { MATCH (f:Firm {studySample: true})-[:LOCATED_IN]->(:Region)-[:PART_OF*0..3]->(r) RETURN DISTINCT f } AS sampleFirms
ORDER BY id;
