// @title Connector alliances already in the graph for given pairs
// The ALLIANCE ties a connector (origin) wrote on an earlier run, for the pairs of this run, so the
// new run adds its evidence to theirs instead of replacing it (since = the earliest of both).
// @param origin = 'ctgov' -- connector: ctgov or cordis
// @param pairs = [] -- [{from, to, type}] with from < to
// @returns from, to, type, since, evidence, source
UNWIND $pairs AS p
MATCH (a:Organization {id: p.from})-[r:ALLIANCE {type: p.type, origin: $origin}]->(b:Organization {id: p.to})
RETURN a.id AS from, b.id AS to, r.type AS type, r.since AS since, coalesce(r.evidence, []) AS evidence,
       r.source AS source;
