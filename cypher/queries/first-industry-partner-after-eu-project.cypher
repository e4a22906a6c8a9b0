// @title Firms whose first industry co-development partner came after their first EU project
// Answers a question the paper could not: which firms of a country gained their first industry
// co-development partner (a CO_DEVELOPMENT alliance with a Firm or PharmaCompany, dated by the
// earliest ClinicalTrials.gov study evidencing it) only after their first EU-funded project (CORDIS
// PARTICIPATES_IN, dated by project start)? A firm is in the country when it is located there or
// in a region that is part of it (NUTS 3 → 2 → 1 → country). Needs both connectors' data; on the
// seed alone nothing is dated, so no row.
// @param country = 'belgium' -- country id
// @returns firmId, firm, firstEuProject, firstEuProjectYear, firstPartnerYear, firstPartners, evidence, yearsBetween
// @expect rows = 0
MATCH (country:Country {id: $country})
MATCH (f:Firm)-[:LOCATED_IN]->(place)
WHERE place = country OR EXISTS { (place)-[:PART_OF*1..4]->(country) }
WITH DISTINCT f
MATCH (f)-[:PARTICIPATES_IN]->(p:Project)
WHERE p.startYear IS NOT NULL
WITH f, p ORDER BY p.startYear, p.id
WITH f, collect(p)[0] AS firstProject
MATCH (f)-[a:ALLIANCE {type: 'CO_DEVELOPMENT'}]-(partner:Organization)
WHERE (partner:Firm OR partner:PharmaCompany) AND a.since IS NOT NULL
WITH f, firstProject, min(a.since) AS firstPartnerYear, collect({a: a, partner: partner}) AS ties
WHERE firstPartnerYear > firstProject.startYear
WITH f, firstProject, firstPartnerYear, [t IN ties WHERE t.a.since = firstPartnerYear] AS first
RETURN f.id AS firmId, f.name AS firm, firstProject.acronym AS firstEuProject,
       firstProject.startYear AS firstEuProjectYear, firstPartnerYear,
       apoc.coll.sort([t IN first | t.partner.name]) AS firstPartners,
       apoc.coll.sort([t IN first | t.a.source]) AS evidence,
       firstPartnerYear - firstProject.startYear AS yearsBetween
ORDER BY firstEuProjectYear, firm;
