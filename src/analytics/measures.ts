import {
  type BrokerageCounts,
  type BrokerageRole,
  brokerageCounts,
  dominantRole,
  herfindahl,
  structuralHoles,
} from "./brokerage.js";
import { louvainCommunities, pageRank, pathCentrality, pathWork } from "./centrality.js";
import { type AllianceNetwork, nodeCount } from "./network.js";
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
  /** Whether betweenness and closeness were estimated from sampled sources (a very large component). */
  pathsSampled: boolean;
}

/** Progress of long steps, counted in rows (src/cli/row-progress.ts draws it). */
export interface Progress {
  phase(label: string, total?: number): void;
  increment(rows: number): void;
  stop(): void;
}

export interface Measures {
  network: NetworkMeasures;
  organizations: OrganizationMeasures[];
}

/** Every measure, computed in TypeScript over the alliance network (linear or near-linear steps only). */
export function computeMeasures(net: AllianceNetwork, progress?: Progress): Measures {
  const n = nodeCount(net);
  const { offsets, targets, weights, typeMasks } = net;
  const parts = components(net);
  // The one step that is more than linear: a breadth-first search per (sampled) source.
  progress?.phase("Shortest paths (organizations reached)", pathWork(parts.sizes));
  const paths = pathCentrality(net, parts.component, parts.sizes, {
    onReached: (k) => progress?.increment(k),
  });
  progress?.stop();
  const pr = pageRank(net);
  const cores = coreNumbers(net);
  const { articulationPoints, bridges, bicomponentCount } = biconnectivity(net);
  const communities = louvainCommunities(net);
  const holes = structuralHoles(net);

  const organizations: OrganizationMeasures[] = new Array(n);
  let allianceCount = 0;
  for (let i = 0; i < n; i++) {
    const partnerWeights: number[] = [];
    const typeCounts = new Map<number, number>();
    for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) {
      partnerWeights.push(weights[p] as number);
      let mask = typeMasks[p] as number;
      for (let t = 0; mask !== 0; t++, mask >>>= 1)
        if (mask & 1) typeCounts.set(t, (typeCounts.get(t) ?? 0) + 1);
    }
    const weighted = partnerWeights.reduce((a, b) => a + b, 0);
    allianceCount += weighted;
    const counts = brokerageCounts(holes, i);
    const group = net.groups[i] as number;
    const constraint = holes.constraint[i] as number;
    const effective = holes.effectiveSize[i] as number;
    organizations[i] = {
      id: net.ids[i] as string,
      name: net.names[i] as string,
      kind: net.kinds[i] as string,
      studySample: net.studySample[i] === 1,
      group: group < 0 ? null : (net.groupNames[group] as string),
      degree: partnerWeights.length,
      weightedDegree: weighted,
      pageRank: pr[i] ?? 0,
      betweenness: paths.betweenness[i] as number,
      closeness: paths.closeness[i] as number,
      coreNumber: cores[i] as number,
      articulationPoint: articulationPoints[i] === 1,
      constraint: Number.isNaN(constraint) ? null : constraint,
      effectiveSize: Number.isNaN(effective) ? null : effective,
      brokerageRole: dominantRole(counts),
      brokerage: counts,
      partnerConcentration: herfindahl(partnerWeights),
      typeConcentration: herfindahl([...typeCounts.values()]),
      community: communities.membership[i] ?? -1,
    };
  }
  organizations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const main = parts.sizes[0] ?? 0;
  const ids = net.ids;
  return {
    organizations,
    network: {
      nodeCount: n,
      edgeCount: targets.length / 2,
      allianceCount: allianceCount / 2,
      density: density(net),
      componentCount: parts.sizes.length,
      mainComponentSize: main,
      mainComponentShare: n === 0 ? 0 : main / n,
      bicomponentCount,
      articulationPoints: ids.filter((_, i) => articulationPoints[i] === 1).sort(),
      bridges: bridges
        .map(([a, b]) => {
          const x = ids[a] as string;
          const y = ids[b] as string;
          return (x < y ? [x, y] : [y, x]) as [string, string];
        })
        .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1])),
      communityCount: communities.count,
      modularity: communities.modularity,
      pathsSampled: paths.sampled,
    },
  };
}
