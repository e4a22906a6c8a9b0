// @title Dependent firms of a partner
// Answers: which organizations are allied with this (large) partner, and how much of their alliance
// portfolio does it represent? share = their alliances with the partner / all their alliances.
// One page: the rows $offset .. $offset + $limit - 1 of the allied organizations in $order;
// totalCount = how many there are in all (a hub partner of a large graph has tens of thousands).
// $order 'SHARE': largest share first, then name and id. It needs every ally's alliance count, so a
// page of a hub costs in proportion to its allies (~130-280 ms for 12,611 at 1M organizations).
// $order 'STORED': the order in which the database holds the partner's alliances (stable while they
// do not change); only the page's allies get their counts and shares, so a page of that hub takes
// one pass over its alliances (~20 ms). Either way every ally appears on exactly one page. A single row with the firm columns null when the page is
// empty (no allied organization, or $offset past the end); no row when the id names no
// organization. $asOf filters alliances as in partner-dependency. Used by GraphQL Query.dependentFirms.
// ALLIANCE joins organizations only (the importer's validation and the GraphQL schema allow no other
// ends), so allies are not label-checked: that check read every ally's node (at 1M, a page of a hub
// with 12,611 allies: 30,577 db hits with it, 17,966 without).
// Cost: one expansion of the partner's alliances, plus each ally's degree (from the degree store when
// $asOf is null) for SHARE or the page's allies' for STORED; organizations' properties are read for
// the page only.
// @param partnerId = 'novartis' -- id of the partner
// @param asOf = null -- a year, or null for all alliances
// @param limit = 50 -- page size
// @param offset = 0 -- rows to skip
// @param order = 'SHARE' -- 'SHARE' (largest share first) or 'STORED' (cheap: see above)
// @returns partnerId, partner, totalCount, firmId, firmName, firmKind, allianceCount, firmAllianceCount, share, types, firm
// @expect rows = 2
// @expect column firmId = ["thrombogenics", "ablynx"]
// @expect column share = [0.3333333333333333, 0.1]
// @expect row 0 = {"partnerId": "novartis", "totalCount": 2}
MATCH (partner:Organization {id: $partnerId})
CALL (partner) {
  WITH partner WHERE $order = 'STORED'
  MATCH (partner)-[a:ALLIANCE]-(firm)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
  WITH partner, collect(DISTINCT firm) AS allies
  CALL (partner, allies) {
    UNWIND range($offset, $offset + $limit - 1) AS i
    WITH i, allies[i] AS firm WHERE firm IS NOT NULL
    MATCH (partner)-[a:ALLIANCE]-(firm)
    WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
    WITH i, firm, count(a) AS withPartner, collect(DISTINCT a.type) AS types
    WITH i, firm, withPartner, types,
         CASE WHEN $asOf IS NULL THEN COUNT { (firm)-[:ALLIANCE]-() }
              ELSE COUNT { (firm)-[b:ALLIANCE]-() WHERE (b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR b.until >= $asOf) }
         END AS total
    ORDER BY i
    RETURN collect({firm: firm, withPartner: withPartner, types: types, total: total, share: toFloat(withPartner) / total}) AS page
  }
  RETURN size(allies) AS totalCount, page
  UNION
  WITH partner WHERE $order <> 'STORED'
  MATCH (partner)-[a:ALLIANCE]-(firm)
  WHERE $asOf IS NULL OR ((a.since IS NULL OR a.since <= $asOf) AND (a.until IS NULL OR a.until >= $asOf))
  WITH firm, count(a) AS withPartner, collect(DISTINCT a.type) AS types
  // Without $asOf every alliance counts, and the count comes from the degree store (no expansion).
  WITH firm, withPartner, types,
       CASE WHEN $asOf IS NULL THEN COUNT { (firm)-[:ALLIANCE]-() }
            ELSE COUNT { (firm)-[b:ALLIANCE]-() WHERE (b.since IS NULL OR b.since <= $asOf) AND (b.until IS NULL OR b.until >= $asOf) }
       END AS total
  WITH firm, withPartner, types, total, toFloat(withPartner) / total AS share, firm.name AS firmName
  ORDER BY share DESC, firmName, firm.id
  WITH collect({firm: firm, withPartner: withPartner, types: types, total: total, share: share}) AS allies
  RETURN size(allies) AS totalCount, allies[$offset..$offset + $limit] AS page
}
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
WITH partner, totalCount, row, row.firm AS firm
RETURN partner.id AS partnerId,
       partner {.*, kind: [l IN labels(partner) WHERE l <> 'Organization'][0]} AS partner, totalCount, firm.id AS firmId, firm.name AS firmName,
       [l IN labels(firm) WHERE l <> 'Organization'][0] AS firmKind,
       row.withPartner AS allianceCount, row.total AS firmAllianceCount, row.share AS share,
       row.types AS types,
       CASE WHEN firm IS NULL THEN null
            ELSE firm {.*, kind: [l IN labels(firm) WHERE l <> 'Organization'][0]} END AS firm
