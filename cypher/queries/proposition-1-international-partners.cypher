// @title Proposition 1: do the sample firms work with (international) pharma partners?
// Segers (2015), Proposition 1: "New biotechnology firms in the Belgian cluster will have to work
// together with international (bio)pharmaceutical firms to create substantial added value". Reading:
// of the 17 study-sample firms (Table 1), how many have at least one alliance with a PharmaCompany?
// One row: sampleFirms = the sample size, withPharmaPartner = firms with such an alliance,
// share = withPharmaPartner / sampleFirms, firmsWithout = ids of the others (sorted),
// supports = share >= 0.5 (at least half of the sample works with pharma partners).
// Caveats: "international" is approximated by the PharmaCompany label: the partners are mostly
// multinationals, but the seed locates only two of them (Actavis: United States; Janssen: Belgium),
// so nationality is not tested. Alliances with Firm partners (BioInvent, Algeta, Oncnostics...) and
// with universities do not count, nor do acquisitions (Uteron Pharma's deal with Actavis). A firm
// with no alliance printed in Table 1 (Oncurious, Genticel, Bone Therapeutics...) counts as
// without, although the table may simply not list its partners. "Have to work together"
// is a claim about need, which a count of alliances can illustrate but not prove.
// @returns sampleFirms, withPharmaPartner, share, firmsWithout, supports
// @expect rows = 1
// @expect row 0 = {"sampleFirms": 17, "withPharmaPartner": 11, "share": 0.6470588235294118, "firmsWithout": ["bone-therapeutics", "celyad", "genticel", "mastercell", "oncurious", "uteron-pharma"], "supports": true}
MATCH (f:Firm {studySample: true})
WITH f, EXISTS { (f)-[:ALLIANCE]-(:PharmaCompany) } AS withPharma
WITH count(f) AS sampleFirms, count(CASE WHEN withPharma THEN 1 END) AS withPharmaPartner,
     apoc.coll.sort(collect(CASE WHEN NOT withPharma THEN f.id END)) AS firmsWithout
WITH sampleFirms, withPharmaPartner, firmsWithout,
     CASE WHEN sampleFirms = 0 THEN null ELSE toFloat(withPharmaPartner) / sampleFirms END AS share
RETURN sampleFirms, withPharmaPartner, share, firmsWithout, share >= 0.5 AS supports
ORDER BY sampleFirms;
