// @title Organizations in an analytics scope
// How many organizations the whole graph ($region null: from the count store) or one region holds
// (located in it or in one of its subregions, PART_OF up to 3 steps below):
// what networkMetrics checks before computing measures on demand.
// @param region = null -- a region id, or null for the whole graph
// @returns organizations
CALL () {
  WITH $region AS region WHERE region IS NULL
  MATCH (o:Organization)
  RETURN count(o) AS organizations
  UNION ALL
  WITH $region AS region WHERE region IS NOT NULL
  MATCH (:Region {id: region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)
  RETURN count(DISTINCT o) AS organizations
}
RETURN sum(organizations) AS organizations;
