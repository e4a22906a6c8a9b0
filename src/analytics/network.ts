import { UndirectedGraph } from "graphology";

export interface OrganizationInfo {
  id: string;
  name: string;
  kind: string;
  /** Region id (or country id when only the country is known): the group for brokerage roles. */
  group: string | null;
  studySample: boolean;
}

export interface Tie {
  a: string;
  b: string;
  /** Number of alliances between the two (several types can link the same pair). */
  alliances: number;
  types: string[];
}

/**
 * The alliance network: organizations as nodes, one undirected edge per allied pair with the number
 * of alliances as its weight (the ALLIANCE direction is a storage convention, read undirected).
 */
export interface AllianceNetwork {
  graph: UndirectedGraph;
  info: Map<string, OrganizationInfo>;
}

export function buildNetwork(organizations: OrganizationInfo[], ties: Tie[]): AllianceNetwork {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const info = new Map<string, OrganizationInfo>();
  for (const org of organizations) {
    graph.addNode(org.id);
    info.set(org.id, org);
  }
  for (const tie of ties) {
    if (tie.a === tie.b || !graph.hasNode(tie.a) || !graph.hasNode(tie.b)) continue;
    const existing = graph.edge(tie.a, tie.b);
    if (existing) {
      graph.updateEdgeAttribute(existing, "weight", (w: number) => w + tie.alliances);
      graph.updateEdgeAttribute(existing, "types", (t: string[]) =>
        [...new Set([...t, ...tie.types])].sort(),
      );
    } else {
      graph.addEdge(tie.a, tie.b, { weight: tie.alliances, types: [...tie.types].sort() });
    }
  }
  return { graph, info };
}

/** A small graph from an edge list, for tests and examples: every node its own group unless given. */
export function networkFromEdges(
  edges: [string, string][],
  options: { isolated?: string[]; groups?: Record<string, string> } = {},
): AllianceNetwork {
  const ids = [...new Set([...edges.flat(), ...(options.isolated ?? [])])];
  return buildNetwork(
    ids.map((id) => ({
      id,
      name: id,
      kind: "Firm",
      group: options.groups?.[id] ?? null,
      studySample: false,
    })),
    edges.map(([a, b]) => ({ a, b, alliances: 1, types: ["STRATEGIC"] })),
  );
}

export function tieWeight(graph: UndirectedGraph, a: string, b: string): number {
  const edge = graph.edge(a, b);
  return edge ? (graph.getEdgeAttribute(edge, "weight") as number) : 0;
}
