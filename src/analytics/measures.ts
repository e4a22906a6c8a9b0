import {
  type BrokerageCounts,
  type BrokerageRole,
  brokerage,
  burtConstraint,
  dominantRole,
  effectiveSize,
  herfindahl,
} from "./brokerage.js";
import { betweennessCentrality, closenessCentrality, louvainCommunities, pageRank } from "./centrality.js";
import type { AllianceNetwork } from "./network.js";
import { biconnectivity, components, coreNumbers, density } from "./structure.js";

export interface OrganizationMeasures {
  id: string;
  name: string;
  kind: string;
  /** One of the paper's 17 Table 1 firms. */
  studySample: boolean;
  /** Region (or country, or 'unlocated'): the brokerage group. */
  group: string | null;
  /** Distinct partners. */
  degree: number;
  /** Alliances (a pair with two alliances counts twice). */
  weightedDegree: number;
  pageRank: number;
  betweenness: number;
  closeness: number;
  coreNumber: number;
  articulationPoint: boolean;
  constraint: number | null;
  effectiveSize: number | null;
  brokerageRole: BrokerageRole | null;
  brokerage: BrokerageCounts;
  /** Herfindahl index over partners (alliance shares) and over alliance types. */
  partnerConcentration: number | null;
  typeConcentration: number | null;
  community: number;
}

export interface NetworkMeasures {
  nodeCount: number;
  /** Allied pairs (edges of the simple graph). */
  edgeCount: number;
  allianceCount: number;
  density: number;
  componentCount: number;
  mainComponentSize: number;
  mainComponentShare: number;
  bicomponentCount: number;
  articulationPoints: string[];
  /** Ties whose loss would split the network ("partner exits"), as [a, b] ids. */
  bridges: [string, string][];
  communityCount: number;
  modularity: number | null;
}

export interface Measures {
  network: NetworkMeasures;
  organizations: OrganizationMeasures[];
}

/** Every measure, computed in TypeScript over the projected alliance network. */
export function computeMeasures({ graph, info }: AllianceNetwork): Measures {
  const bc = betweennessCentrality(graph);
  const cc = closenessCentrality(graph);
  const pr = pageRank(graph);
  const cores = coreNumbers(graph);
  const { articulationPoints, bridges, bicomponents } = biconnectivity(graph);
  const parts = components(graph);
  const communities = louvainCommunities(graph);
  const group = (id: string) => info.get(id)?.group ?? null;

  const organizations = graph.nodes().map((id): OrganizationMeasures => {
    const partners = graph.neighbors(id);
    const weights = partners.map((p) => graph.getEdgeAttribute(graph.edge(id, p), "weight") as number);
    const typeCounts = new Map<string, number>();
    for (const p of partners) {
      for (const t of graph.getEdgeAttribute(graph.edge(id, p), "types") as string[])
        typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
    }
    const counts = brokerage(graph, id, group);
    const org = info.get(id);
    return {
      id,
      name: org?.name ?? id,
      kind: org?.kind ?? "Organization",
      studySample: org?.studySample ?? false,
      group: org?.group ?? null,
      degree: partners.length,
      weightedDegree: weights.reduce((a, b) => a + b, 0),
      pageRank: pr[id] ?? 0,
      betweenness: bc[id] ?? 0,
      closeness: cc[id] ?? 0,
      coreNumber: cores.get(id) ?? 0,
      articulationPoint: articulationPoints.has(id),
      constraint: burtConstraint(graph, id),
      effectiveSize: effectiveSize(graph, id),
      brokerageRole: dominantRole(counts),
      brokerage: counts,
      partnerConcentration: herfindahl(weights),
      typeConcentration: herfindahl([...typeCounts.values()]),
      community: communities.membership[id] ?? -1,
    };
  });
  organizations.sort((a, b) => a.id.localeCompare(b.id));

  const main = parts[0]?.length ?? 0;
  const allianceCount = graph
    .edges()
    .reduce((sum, e) => sum + (graph.getEdgeAttribute(e, "weight") as number), 0);
  return {
    organizations,
    network: {
      nodeCount: graph.order,
      edgeCount: graph.size,
      allianceCount,
      density: density(graph),
      componentCount: parts.length,
      mainComponentSize: main,
      mainComponentShare: graph.order === 0 ? 0 : main / graph.order,
      bicomponentCount: bicomponents.length,
      articulationPoints: [...articulationPoints].sort(),
      bridges,
      communityCount: communities.count,
      modularity: communities.modularity,
    },
  };
}
