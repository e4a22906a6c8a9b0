// @title Alliances by year and type
// Answers: how many alliances started in which year, and of which type? One row per (year, type):
// year = the alliance's `since` (null when the source gives none), period = the year as text or
// 'undated', alliances = how many, organizations = how many distinct organizations take part in
// them, ongoing = how many have no `until`. Rows run by year (undated last), then type.
// Caveat: Segers (2015) prints no alliance years, so on the seed every alliance is undated and the
// query reduces to a count by type (STRATEGIC = the source names the partnership but not its kind).
// It becomes a timeline once a dataset with `since` values is imported.
// @returns year, period, type, alliances, organizations, ongoing
// @expect rows = 3
// @expect column type = ["COMMERCIALIZATION", "CO_DEVELOPMENT", "STRATEGIC"]
// @expect column alliances = [1, 1, 39]
// @expect column period = ["undated", "undated", "undated"]
// @expect row 2 = {"year": null, "organizations": 43, "ongoing": 39}
MATCH (x:Organization)-[a:ALLIANCE]->(y:Organization)
WITH a.since AS year, a.type AS type, count(a) AS alliances,
     size(apoc.coll.toSet(collect(x) + collect(y))) AS organizations,
     count(CASE WHEN a.until IS NULL THEN 1 END) AS ongoing
RETURN year, coalesce(toString(year), 'undated') AS period, type, alliances, organizations, ongoing
ORDER BY year, type;
