// @title Dependent firms of a partner
// Answers: which organizations are allied with this (large) partner, and how much of their alliance
// portfolio does it represent? share = their alliances with the partner / all their alliances.
// One row per allied organization (a single row with firm columns null when there is none).
// $asOf filters alliances as in partner-dependency. Used by GraphQL Query.dependentFirms.
// @param partnerId = 'novartis' -- id of the partner
// @param asOf = null -- a year, or null for all alliances
// @returns partnerId, firmId, firmName, firmKind, allianceCount, firmAllianceCount, share, types, firm
// @expect rows = 2
// @expect column firmId = ["thrombogenics", "ablynx"]
// @expect column share = [0.3333333333333333, 0.1]
MATCH (partner:Organization {id: $partnerId})
OPTIONAL MATCH (firm:Organization)-[a:ALLIANCE]-(partner)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
WITH partner, firm, count(a) AS withPartner, collect(DISTINCT a.type) AS types
OPTIONAL MATCH (firm)-[b:ALLIANCE]-(:Organization)
  WHERE $asOf IS NULL OR ((b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR b.until >= $asOf))
WITH partner, firm, withPartner, types, count(b) AS total
RETURN partner.id AS partnerId, firm.id AS firmId, firm.name AS firmName,
       [l IN labels(firm) WHERE l <> 'Organization'][0] AS firmKind,
       withPartner AS allianceCount, total AS firmAllianceCount,
       CASE WHEN firm IS NULL OR total = 0 THEN null ELSE toFloat(withPartner) / total END AS share,
       CASE WHEN firm IS NULL THEN null ELSE types END AS types,
       CASE WHEN firm IS NULL THEN null
            ELSE firm {.*, kind: [l IN labels(firm) WHERE l <> 'Organization'][0]} END AS firm
ORDER BY share DESC, firmName;
