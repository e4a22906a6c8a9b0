// @title Proposition 3: business-model mix of the sample firms
// Segers (2015), Proposition 3: "Most of the new biotechnology firms in Belgium are unlikely to
// become fully integrated pharmaceutical companies, i.e. they are unlikely to adopt a product-based
// business model". Reading: how the study-sample firms split over the paper's business models. One
// row per model, always in this order: PRODUCT, PLATFORM, HYBRID, UNKNOWN (not classified by the
// source); firmCount = how many firms, share = firmCount / all firms counted, firms = their names
// (sorted).
// Caveat: the paper classifies only ThromboGenics ("a fully integrated specialty pharmaceutical
// company" = PRODUCT); every other firm is UNKNOWN, so the data can neither confirm nor refute the
// proposition beyond that one firm, and the PLATFORM and HYBRID rows are empty. The paper's own
// evidence is the firms' dependence on large partners (marketing, manufacturing, product
// development, licensing, milestones): see partner-dependency, partner-hubs and proposition 1.
// $sampleOnly = false counts every Firm (partners, acquired units, Biomed X) instead.
// @param sampleOnly = true -- only the paper's study-sample firms (false: every Firm)
// @returns businessModel, firmCount, share, firms
// @expect rows = 4
// @expect column businessModel = ["PRODUCT", "PLATFORM", "HYBRID", "UNKNOWN"]
// @expect column firmCount = [1, 0, 0, 16]
// @expect column share = [0.058823529411764705, 0, 0, 0.9411764705882353]
// @expect row 0 = {"firms": ["ThromboGenics"]}
MATCH (f:Firm)
WHERE $sampleOnly = false OR f.studySample = true
WITH collect(f) AS counted
UNWIND range(0, 3) AS i
WITH counted, i, ['PRODUCT', 'PLATFORM', 'HYBRID', 'UNKNOWN'][i] AS businessModel
WITH i, businessModel, size(counted) AS total,
     [f IN counted WHERE coalesce(f.businessModel, 'UNKNOWN') = businessModel] AS members
RETURN businessModel, size(members) AS firmCount,
       CASE WHEN total = 0 THEN null ELSE toFloat(size(members)) / total END AS share,
       apoc.coll.sort([f IN members | f.name]) AS firms
ORDER BY i;
