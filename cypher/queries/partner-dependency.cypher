// @title Partner dependency of a firm
// Answers: on which partners does this firm depend, for what, and how concentrated is it?
// One row per partner (a single row with partner columns null when the firm has no alliance).
// share = the partner's alliances / the firm's alliances; concentration = Herfindahl index of the
// shares (1 = one partner only). areas = what the firm relies on the partner for, as in Segers
// (2015): MARKETING (commercialization), MANUFACTURING (manufacturing, supply), PRODUCT_DEVELOPMENT
// (co-development, research services), LICENSING, MILESTONE_PAYMENTS (alliances with milestones).
// $asOf (a year, or null) keeps alliances with since <= asOf (or no since) and until >= asOf (or none).
// Used by GraphQL Query.partnerDependency.
// @param id = 'ablynx' -- id of the firm
// @param asOf = null -- a year, or null for all alliances
// @returns firmId, firm, allianceCount, partnerCount, concentration, partnerId, partnerName, partnerKind, partnerAllianceCount, share, types, areas, partner
// @expect rows = 10
// @expect row 0 = {"firmId": "ablynx", "allianceCount": 10, "partnerCount": 10, "share": 0.1, "types": ["STRATEGIC"]}
MATCH (firm:Organization {id: $id})
OPTIONAL MATCH (firm)-[a:ALLIANCE]-(partner:Organization)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
WITH firm, partner, count(a) AS n, collect(a.type) AS allTypes,
     size([m IN collect(a.milestonePayments) WHERE m = true]) AS milestones
WITH firm, collect(CASE WHEN partner IS NOT NULL THEN {partner: partner, n: n, allTypes: allTypes, milestones: milestones} END) AS partners
WITH firm, partners, reduce(total = 0, p IN partners | total + p.n) AS total
WITH firm, partners, total,
     CASE WHEN total = 0 THEN 0.0 ELSE reduce(h = 0.0, p IN partners | h + (toFloat(p.n) / total) ^ 2) END AS concentration
UNWIND CASE WHEN size(partners) = 0 THEN [null] ELSE partners END AS p
WITH firm, total, size(partners) AS partnerCount, concentration, p, p.partner AS partner,
     CASE WHEN p IS NULL THEN null ELSE toFloat(p.n) / total END AS share
RETURN firm.id AS firmId, firm {.*, kind: [l IN labels(firm) WHERE l <> 'Organization'][0]} AS firm,
       total AS allianceCount, partnerCount, concentration,
       partner.id AS partnerId, partner.name AS partnerName,
       [l IN labels(partner) WHERE l <> 'Organization'][0] AS partnerKind,
       p.n AS partnerAllianceCount, share,
       CASE WHEN p IS NULL THEN null ELSE apoc.coll.sort(apoc.coll.toSet(p.allTypes)) END AS types,
       // Alliances per dependency area (only areas with at least one alliance).
       [x IN [
          {area: 'MARKETING', alliances: size([t IN p.allTypes WHERE t = 'COMMERCIALIZATION'])},
          {area: 'MANUFACTURING', alliances: size([t IN p.allTypes WHERE t IN ['MANUFACTURING', 'SUPPLY']])},
          {area: 'PRODUCT_DEVELOPMENT', alliances: size([t IN p.allTypes WHERE t IN ['CO_DEVELOPMENT', 'RESEARCH_SERVICES']])},
          {area: 'LICENSING', alliances: size([t IN p.allTypes WHERE t = 'LICENSING'])},
          {area: 'MILESTONE_PAYMENTS', alliances: p.milestones}
        ] WHERE p IS NOT NULL AND x.alliances > 0] AS areas,
       CASE WHEN partner IS NULL THEN null
            ELSE partner {.*, kind: [l IN labels(partner) WHERE l <> 'Organization'][0]} END AS partner
ORDER BY share DESC, partnerName;
