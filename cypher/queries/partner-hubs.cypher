// @title Partner hubs: the large partners most firms depend on
// Answers: which large partners (organizations that are not Firms: pharma companies, universities)
// have alliances with the most firms? dependentFirms = how many firms have at least one alliance
// with the partner, firms = their names (sorted), allianceCount = the alliances between the partner
// and those firms. With $sampleOnly = true only the 17 firms of the paper's Table 1 (studySample)
// count; with false every Firm does (e.g. Biomed X for Roche). Small partners that are themselves
// Firms (BioInvent, Algeta, Oncnostics...) are not hubs here. Ranked by dependentFirms, then
// allianceCount (both descending), then name; the top $top rows.
// @param sampleOnly = true -- only the paper's study-sample firms (false: every Firm)
// @param top = 10 -- how many partners
// @returns partnerId, partnerName, kind, dependentFirms, firms, allianceCount, partner
// @expect rows = 10
// @expect column partnerId = ["shire", "abbvie", "eli-lilly", "glaxosmithkline", "lonza", "novartis", "abbott", "alcon", "amgen", "astrazeneca"]
// @expect column dependentFirms = [3, 2, 2, 2, 2, 2, 1, 1, 1, 1]
// @expect row 0 = {"partnerName": "Shire", "kind": "PharmaCompany", "firms": ["Ablynx", "Movetis", "Promethera Biosciences"], "allianceCount": 3}
MATCH (f:Firm)-[a:ALLIANCE]-(p:Organization)
WHERE NOT p:Firm AND ($sampleOnly = false OR f.studySample = true)
WITH p, count(DISTINCT f) AS dependentFirms, apoc.coll.sort(collect(DISTINCT f.name)) AS firms,
     count(a) AS allianceCount
RETURN p.id AS partnerId, p.name AS partnerName,
       [l IN labels(p) WHERE l <> 'Organization'][0] AS kind,
       dependentFirms, firms, allianceCount,
       p {.*, kind: [l IN labels(p) WHERE l <> 'Organization'][0]} AS partner
ORDER BY dependentFirms DESC, allianceCount DESC, partnerName
LIMIT $top;
