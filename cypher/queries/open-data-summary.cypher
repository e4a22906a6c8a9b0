// @title What the open-data connectors loaded
// One row per connector present in the graph: ctgov (ClinicalTrials.gov studies) and cordis (CORDIS
// projects). records = studies or projects, firstYear/lastYear = their start years, organizations =
// distinct organizations linked to them, byKind = those organizations per kind, ties = connector
// ALLIANCE ties (CO_DEVELOPMENT for ctgov, RESEARCH_COLLABORATION for cordis), testRecords = records
// from hand-written test fixtures. No row when a connector has not run (the seed alone: none).
// @returns origin, records, firstYear, lastYear, undated, organizations, byKind, ties, testRecords
// @expect rows = 0
CALL () {
  MATCH (s:ClinicalStudy)
  OPTIONAL MATCH (s)-[:SPONSORED_BY]->(o:Organization)
  RETURN 'ctgov' AS origin, count(DISTINCT s) AS records, min(s.startYear) AS firstYear, max(s.startYear) AS lastYear,
         count(DISTINCT CASE WHEN s.startYear IS NULL THEN s END) AS undated,
         collect(DISTINCT o) AS orgs, count(DISTINCT CASE WHEN s.testData THEN s END) AS testRecords
  UNION ALL
  MATCH (p:Project)
  OPTIONAL MATCH (o:Organization)-[:PARTICIPATES_IN]->(p)
  RETURN 'cordis' AS origin, count(DISTINCT p) AS records, min(p.startYear) AS firstYear, max(p.startYear) AS lastYear,
         count(DISTINCT CASE WHEN p.startYear IS NULL THEN p END) AS undated,
         collect(DISTINCT o) AS orgs, count(DISTINCT CASE WHEN p.testData THEN p END) AS testRecords
}
WITH * WHERE records > 0
CALL (origin) {
  MATCH ()-[a:ALLIANCE {origin: origin}]->() RETURN count(a) AS ties
}
WITH origin, records, firstYear, lastYear, undated, orgs, ties, testRecords,
     [o IN orgs | [l IN labels(o) WHERE l <> 'Organization'][0]] AS kinds
RETURN origin, records, firstYear, lastYear, undated, size(orgs) AS organizations,
       [k IN apoc.coll.toSet(kinds) | {kind: k, count: size([x IN kinds WHERE x = k])}] AS byKind,
       ties, testRecords
ORDER BY origin;
