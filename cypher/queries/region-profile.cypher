// @title Region profile: the firms of one region
// Answers: which firms are located in this region (or a subregion: PART_OF up to 3 steps below), where, on which technology platforms, with which
// products and partners, listed or not, and spun off from whom? One row per firm located in the
// region (no row when the id names no region or the region has no firm): city as Table 1 prints it
// (null when not given), platforms / products / partners = sorted names (partners = the other side
// of its alliances, read as undirected), listed = it is listed on any stock exchange (Euronext in
// the seed; the source does not say which market), spunOffFrom = names of the organizations it
// spun off from. Regions: 'flanders', 'wallonia', 'brussels-capital-region' (and 'paris', 'toulouse'
// for Genticel). Empty lists mean the source names none, not that there is none.
// @param region = 'wallonia' -- id of the region
// @returns regionId, region, firmId, firmName, city, platforms, products, partners, listed, spunOffFrom, firm
// @expect rows = 7
// @expect column firmId = ["bone-therapeutics", "celyad", "mdxhealth", "mastercell", "mithra-pharmaceuticals", "promethera-biosciences", "uteron-pharma"]
// @expect column listed = [true, true, true, false, true, false, false]
// @expect row 2 = {"city": "Liège", "platforms": ["Molecular diagnostics"], "products": ["ConfirmMDx"], "partners": ["Exact Sciences", "Oncnostics"], "spunOffFrom": []}
MATCH (r:Region {id: $region})<-[:PART_OF*0..3]-(:Region)<-[loc:LOCATED_IN]-(f:Firm)
// A firm located in the region and in one of its subregions (the seed's Flanders and a NUTS 3 area) is one row.
WITH r, f, [c IN collect(loc.city) WHERE c IS NOT NULL][0] AS city
RETURN r.id AS regionId, r.name AS region, f.id AS firmId, f.name AS firmName, city,
       COLLECT { MATCH (f)-[:DEVELOPS]->(t:TechnologyPlatform)
                 RETURN DISTINCT t.name AS n ORDER BY n } AS platforms,
       COLLECT { MATCH (f)-[:OWNS]->(d:Product) RETURN DISTINCT d.name AS n ORDER BY n } AS products,
       COLLECT { MATCH (f)-[:ALLIANCE]-(o:Organization) RETURN DISTINCT o.name AS n ORDER BY n } AS partners,
       EXISTS { (f)-[:LISTED_ON]->(:StockExchange) } AS listed,
       COLLECT { MATCH (f)-[:SPUN_OFF_FROM]->(o:Organization)
                 RETURN DISTINCT o.name AS n ORDER BY n } AS spunOffFrom,
       f {.*, kind: 'Firm'} AS firm
ORDER BY firmName, firmId;
