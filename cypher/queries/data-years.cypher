// @title Years in the data
// Every year some dated fact in the graph refers to (alliance start or end, acquisition, spin-off,
// product approval), ascending: the frames of the yearly network snapshots ("network movie").
// Undated facts belong to every frame. Used by `npm run analytics` and the report.
// @returns year, facts
// @expect column year = [2010, 2013, 2015]
// @expect column facts = [1, 3, 1]
CALL () {
  MATCH ()-[a:ALLIANCE]->() UNWIND [a.since, a.until] AS year RETURN year
  UNION ALL
  MATCH ()-[q:ACQUIRED]->() RETURN q.year AS year
  UNION ALL
  MATCH ()-[s:SPUN_OFF_FROM]->() RETURN s.year AS year
  UNION ALL
  MATCH (p:Product) RETURN p.approvalYear AS year
}
WITH year WHERE year IS NOT NULL
RETURN year, count(*) AS facts
ORDER BY year;
