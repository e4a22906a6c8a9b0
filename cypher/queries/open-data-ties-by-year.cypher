// @title New connector ties per year
// How many ALLIANCE ties a connector's records start each year (`since`, the earliest evidencing
// study or project): the dated growth of the co-development (ctgov) and research collaboration
// (cordis) networks. Undated ties are left out. No row on the seed alone.
// @returns origin, year, ties, organizations
// @expect rows = 0
MATCH (x:Organization)-[a:ALLIANCE]->(y:Organization)
WHERE a.origin IS NOT NULL AND a.since IS NOT NULL
WITH a.origin AS origin, a.since AS year, count(a) AS ties, collect(x) + collect(y) AS members
RETURN origin, year, ties, size(apoc.coll.toSet(members)) AS organizations
ORDER BY origin, year;
