// @title Firms by business model and technology platform
// Answers: which technology platforms do the firms of each business model work on? One row per
// (businessModel, platform): firmCount = how many firms, firms = their names (sorted). A firm with
// several platforms appears in several rows; a firm with none appears once with platform null.
// businessModel = PRODUCT, PLATFORM or HYBRID, or 'UNKNOWN' when the source does not classify the
// firm. Caveat: Segers (2015) classifies almost no firm: only ThromboGenics ("fully integrated"
// specialty pharma = PRODUCT), so nearly every firm is UNKNOWN and the query is in practice a count
// of firms per platform. Platforms are Table 1's column as printed, some of them therapeutic areas
// (Oncology, Rheumatoid arthritis...). $sampleOnly = true keeps the 17 firms of Table 1.
// @param sampleOnly = true -- only the paper's study-sample firms (false: every Firm)
// @returns businessModel, platformId, platform, firmCount, firms
// @expect rows = 12
// @expect column platform = ["Oncology", "Ophthalmic medicines", "Cell therapy", "Stem cells", "Intrauterine platform", "Molecular diagnostics", "Nanobodies", "Gastroenterology", "Neurology/immunology", "Rheumatoid arthritis", "Therapeutic vaccines", null]
// @expect column firmCount = [1, 1, 5, 5, 2, 2, 2, 1, 1, 1, 1, 1]
// @expect row 0 = {"businessModel": "PRODUCT", "firms": ["ThromboGenics"]}
// @expect row 11 = {"businessModel": "UNKNOWN", "platformId": null, "firms": ["Oncurious"]}
MATCH (f:Firm)
WHERE $sampleOnly = false OR f.studySample = true
OPTIONAL MATCH (f)-[:DEVELOPS]->(t:TechnologyPlatform)
WITH coalesce(f.businessModel, 'UNKNOWN') AS businessModel, t, count(DISTINCT f) AS firmCount,
     apoc.coll.sort(collect(DISTINCT f.name)) AS firms
RETURN businessModel, t.id AS platformId, t.name AS platform, firmCount, firms
ORDER BY businessModel, firmCount DESC, platform;
