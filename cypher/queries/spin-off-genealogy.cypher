// @title Spin-off genealogy (Klepper)
// One row per spin-off: its parent, its generation (1 = spun off from a root such as a university),
// and whether child and parent are "leading" firms by the paper's markers: listed on Euronext,
// self-sustaining, or at least $leadingAlliances alliances (3: the six best-allied sample firms).
// Klepper expects clusters with many spin-offs whose leading firms descend from leading firms; the
// seed has two spin-offs (ThromboGenics from the University of Leuven, Oncurious from
// ThromboGenics), so read the answer as an illustration, not a test.
// @param leadingAlliances = 3 -- alliances that make a firm "leading"
// @returns childId, child, parentId, parent, parentKind, generation, year, childAlliances, childListed, childSelfSustaining, childLeading, parentAlliances, parentListed, parentLeading
// @expect rows = 2
// @expect column childId = ["thrombogenics", "oncurious"]
// @expect column generation = [1, 2]
// @expect column childLeading = [true, false]
MATCH (child:Organization)-[s:SPUN_OFF_FROM]->(parent:Organization)
CALL (child) {
  MATCH path = (child)-[:SPUN_OFF_FROM*1..10]->(root)
  WHERE NOT (root)-[:SPUN_OFF_FROM]->()
  RETURN max(length(path)) AS generation
}
WITH child, parent, s, generation,
     COUNT { (child)-[:ALLIANCE]-() } AS childAlliances, COUNT { (parent)-[:ALLIANCE]-() } AS parentAlliances,
     EXISTS { (child)-[:LISTED_ON]->() } AS childListed, EXISTS { (parent)-[:LISTED_ON]->() } AS parentListed
RETURN child.id AS childId, child.name AS child, parent.id AS parentId, parent.name AS parent,
       [l IN labels(parent) WHERE l <> 'Organization'][0] AS parentKind, generation, s.year AS year,
       childAlliances, childListed, coalesce(child.selfSustaining, false) AS childSelfSustaining,
       childListed OR coalesce(child.selfSustaining, false) OR childAlliances >= $leadingAlliances AS childLeading,
       parentAlliances, parentListed,
       parentListed OR coalesce(parent.selfSustaining, false) OR parentAlliances >= $leadingAlliances AS parentLeading
ORDER BY generation, childId;
