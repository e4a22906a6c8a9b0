// @title Sources already in the graph
// The Source nodes for given citation keys, so a connector run that cites an earlier run's record
// (as evidence of a tie) writes that citation back unchanged.
// @param keys = [] -- citation keys
// @returns key, title, citation, url, note
UNWIND $keys AS key
MATCH (s:Source {key: key})
RETURN s.key AS key, s.title AS title, s.citation AS citation, s.url AS url, s.note AS note;
