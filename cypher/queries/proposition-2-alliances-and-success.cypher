// @title Proposition 2: do the successful firms have more alliances?
// Segers (2015), Proposition 2: "The success of future new biotechnology firms in Belgium will
// depend on setting up strategic partnering alliances and accommodating open innovation". Reading:
// success = the paper's "mature, self-sustaining" firms (selfSustaining = true: ThromboGenics,
// Galapagos, UCB), compared with the other study-sample firms of Table 1. One row per group
// ('other', 'self-sustaining'): firms = how many, avgAlliances / minAlliances / maxAlliances = the
// alliances per firm (either direction, any partner kind), avgPartners = distinct partners per firm,
// firmIds = the firms (sorted). A firm with no alliance counts with 0. On the seed every firm has
// at most one alliance per partner, so avgPartners = avgAlliances.
// Caveats: 3 firms against 14, so an average is fragile (Ablynx, 'other', has the most alliances
// of all: 10). Table 1 is a snapshot at publication with no alliance years, so it cannot show that
// the alliances came before the success; at most it shows a correlation, not that success depends
// on them. Open innovation is not measured.
// @returns group, firms, avgAlliances, avgPartners, minAlliances, maxAlliances, firmIds
// @expect rows = 2
// @expect column group = ["other", "self-sustaining"]
// @expect column firms = [14, 3]
// @expect column avgAlliances = [1.7142857142857142, 5.333333333333333]
// @expect column minAlliances = [0, 3]
// @expect column maxAlliances = [10, 7]
// @expect row 1 = {"firmIds": ["galapagos", "thrombogenics", "ucb"]}
MATCH (f:Firm {studySample: true})
WITH f, CASE WHEN f.selfSustaining = true THEN 'self-sustaining' ELSE 'other' END AS group,
     COUNT { (f)-[:ALLIANCE]-(:Organization) } AS alliances,
     COUNT { MATCH (f)-[:ALLIANCE]-(p:Organization) RETURN DISTINCT p } AS partners
// sum / count rather than avg(): exact, whatever order the rows come in.
RETURN group, count(f) AS firms, toFloat(sum(alliances)) / count(f) AS avgAlliances,
       toFloat(sum(partners)) / count(f) AS avgPartners,
       min(alliances) AS minAlliances, max(alliances) AS maxAlliances,
       apoc.coll.sort(collect(f.id)) AS firmIds
ORDER BY group;
