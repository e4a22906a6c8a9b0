// @title Location facts already in the graph
// Which (organization, place) LOCATED_IN pairs exist: a connector does not write such a pair again,
// so the existing fact keeps its own source (e.g. Segers 2015 for Galapagos in Flanders).
// @param pairs = [] -- [{from, to}]
// @returns from, to
UNWIND $pairs AS p
MATCH (a:Organization {id: p.from})-[:LOCATED_IN]->(b {id: p.to})
RETURN a.id AS from, b.id AS to;
