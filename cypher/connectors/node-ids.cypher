// @title Ids in use, and the places already in the graph
// Every node id (ids are unique across the graph, so a new organization's slug must avoid them all)
// with the node's label when it is a Region or Country (the connectors reference those instead of
// creating them again).
// @returns id, place
MATCH (n) WHERE n.id IS NOT NULL
RETURN n.id AS id,
       CASE WHEN n:Region THEN 'Region' WHEN n:Country THEN 'Country' ELSE null END AS place;
