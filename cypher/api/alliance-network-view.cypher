// GraphQL allianceNetwork: the row of cypher/queries/alliance-network-view.cypher as one
// AllianceNetwork map (none when the centre or region is unknown).
CALL (*) { {{ alliance-network-view }} }
RETURN {
  nodes: [n IN nodes | {organizationId: n.id, degree: n.degree, community: n.community}],
  edges: edges, truncated: truncated
} AS network
