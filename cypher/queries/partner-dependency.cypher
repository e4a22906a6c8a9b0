// @title Partner dependency of a firm
// Answers: on which partners does this firm depend, for what, and how concentrated is it?
// One row per partner on the page: partners ordered by share (largest first), then name and id,
// rows $offset .. $offset + $limit - 1 (a hub has thousands of partners); a single row with partner
// columns null when the page is empty (no alliance, or $offset past the end).
// share = the partner's alliances / the firm's alliances; concentration = Herfindahl index of the
// shares (1 = one partner only). areas = what the firm relies on the partner for, as in Segers
// (2015): MARKETING (commercialization), MANUFACTURING (manufacturing, supply), PRODUCT_DEVELOPMENT
// (co-development, research services), LICENSING, MILESTONE_PAYMENTS (alliances with milestones).
// $asOf (a year, or null) keeps alliances with since <= asOf (or no since) and until >= asOf (or none).
// areaTotals = per area (only areas with alliances), over all partners, not just the page:
// alliances and the number of partners with at least one. Used by GraphQL Query.partnerDependency.
// @param id = 'ablynx' -- id of the firm
// @param asOf = null -- a year, or null for all alliances
// @param limit = 50 -- page size (partners)
// @param offset = 0 -- partners to skip
// @returns firmId, firm, allianceCount, partnerCount, concentration, partnerId, partnerName, partnerKind, partnerAllianceCount, share, types, areas, areaTotals, partner
// @expect rows = 10
// @expect row 0 = {"areaTotals": []}
// @expect row 0 = {"firmId": "ablynx", "allianceCount": 10, "partnerCount": 10, "share": 0.1, "types": ["STRATEGIC"]}
MATCH (firm:Organization {id: $id})
CALL (firm) {
  OPTIONAL MATCH (firm)-[a:ALLIANCE]-(partner:Organization)
    WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
  WITH partner, count(a) AS n, collect(a.type) AS allTypes,
       size([m IN collect(a.milestonePayments) WHERE m = true]) AS milestones
  // Largest share first (share = n / total), so a page is a slice of this list.
  ORDER BY n DESC, partner.name, partner.id
  RETURN collect(CASE WHEN partner IS NOT NULL THEN {
    partner: partner, n: n, allTypes: allTypes,
    // Alliances per dependency area, in the order of areaNames below.
    areas: [size([t IN allTypes WHERE t = 'COMMERCIALIZATION']),
            size([t IN allTypes WHERE t IN ['MANUFACTURING', 'SUPPLY']]),
            size([t IN allTypes WHERE t IN ['CO_DEVELOPMENT', 'RESEARCH_SERVICES']]),
            size([t IN allTypes WHERE t = 'LICENSING']),
            milestones]} END) AS partners
}
WITH firm, partners, reduce(total = 0, p IN partners | total + p.n) AS total,
     ['MARKETING', 'MANUFACTURING', 'PRODUCT_DEVELOPMENT', 'LICENSING', 'MILESTONE_PAYMENTS'] AS areaNames
WITH firm, partners, total, areaNames,
     CASE WHEN total = 0 THEN 0.0 ELSE reduce(h = 0.0, p IN partners | h + (toFloat(p.n) / total) ^ 2) END AS concentration,
     [x IN [i IN range(0, 4) | {area: areaNames[i],
                                alliances: reduce(s = 0, p IN partners | s + p.areas[i]),
                                partners: size([p IN partners WHERE p.areas[i] > 0])}]
      WHERE x.alliances > 0] AS areaTotals
WITH firm, partners[$offset..$offset + $limit] AS page, size(partners) AS partnerCount, total, areaNames,
     concentration, areaTotals
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS p
WITH firm, total, partnerCount, concentration, areaTotals, areaNames, p, p.partner AS partner,
     CASE WHEN p IS NULL THEN null ELSE toFloat(p.n) / total END AS share
RETURN firm.id AS firmId, firm {.*, kind: [l IN labels(firm) WHERE l <> 'Organization'][0]} AS firm,
       total AS allianceCount, partnerCount, concentration,
       partner.id AS partnerId, partner.name AS partnerName,
       [l IN labels(partner) WHERE l <> 'Organization'][0] AS partnerKind,
       p.n AS partnerAllianceCount, share,
       CASE WHEN p IS NULL THEN null ELSE apoc.coll.sort(apoc.coll.toSet(p.allTypes)) END AS types,
       // Alliances per dependency area (only areas with at least one alliance).
       [i IN range(0, 4) WHERE p IS NOT NULL AND p.areas[i] > 0 | {area: areaNames[i], alliances: p.areas[i]}] AS areas,
       areaTotals,
       CASE WHEN partner IS NULL THEN null
            ELSE partner {.*, kind: [l IN labels(partner) WHERE l <> 'Organization'][0]} END AS partner
