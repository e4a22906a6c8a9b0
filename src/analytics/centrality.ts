import { createRequire } from "node:module";
import type { UndirectedGraph as Graph } from "graphology";
import type { DetailedLouvainOutput, LouvainOptions } from "graphology-communities-louvain";

// These packages are CommonJS whose typings declare an ES default export, which TypeScript's NodeNext
// mode does not map onto module.exports; requiring them gives the functions themselves, typed here.
type Scores = Record<string, number>;
const require = createRequire(import.meta.url);
const louvain = require("graphology-communities-louvain") as {
  detailed(graph: Graph, options?: LouvainOptions): DetailedLouvainOutput;
};
const betweenness = require("graphology-metrics/centrality/betweenness") as (
  graph: Graph,
  options?: { getEdgeWeight?: string | null; normalized?: boolean },
) => Scores;
const pagerank = require("graphology-metrics/centrality/pagerank") as (
  graph: Graph,
  options?: { alpha?: number; getEdgeWeight?: string | null; maxIterations?: number; tolerance?: number },
) => Scores;
const modularity = require("graphology-metrics/graph/modularity") as (
  graph: Graph,
  options?: { getNodeCommunity?: (node: string) => number; getEdgeWeight?: string | null },
) => number;

/**
 * Betweenness (Brandes) on the simple undirected graph, not normalized: each unordered pair of
 * other nodes adds the share of its shortest paths through the node (a star's centre with n leaves
 * scores n(n-1)/2).
 */
export function betweennessCentrality(graph: Graph): Record<string, number> {
  return graph.size === 0
    ? Object.fromEntries(graph.nodes().map((n) => [n, 0]))
    : betweenness(graph, { getEdgeWeight: null, normalized: false });
}

/**
 * Closeness within the node's component: (r - 1) / Σ d(v, u) over the r - 1 nodes it reaches
 * (GDS's default definition; 0 for an isolate). Comparable within a component, not across.
 */
export function closenessCentrality(graph: Graph): Record<string, number> {
  const result: Record<string, number> = {};
  for (const source of graph.nodes()) {
    const distance = new Map<string, number>([[source, 0]]);
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i] as string;
      for (const next of graph.neighbors(node)) {
        if (!distance.has(next)) {
          distance.set(next, (distance.get(node) as number) + 1);
          queue.push(next);
        }
      }
    }
    const total = [...distance.values()].reduce((a, b) => a + b, 0);
    result[source] = total === 0 ? 0 : (distance.size - 1) / total;
  }
  return result;
}

/** PageRank (damping 0.85) on the simple undirected graph, scores summing to 1. */
export function pageRank(graph: Graph): Record<string, number> {
  if (graph.size === 0)
    return Object.fromEntries(graph.nodes().map((n) => [n, 1 / Math.max(1, graph.order)]));
  return pagerank(graph, { alpha: 0.85, getEdgeWeight: null, maxIterations: 1000, tolerance: 1e-10 });
}

/** A deterministic pseudo-random generator (mulberry32), so community detection gives the same answer every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Communities {
  /** Community number per node (isolates get their own). */
  membership: Record<string, number>;
  count: number;
  /** Newman–Girvan modularity of that partition (weighted by alliance counts); null without ties. */
  modularity: number | null;
}

/** Louvain communities (seeded, weighted by alliance counts) and their modularity. */
export function louvainCommunities(graph: Graph, seed = 42): Communities {
  if (graph.size === 0) {
    const membership = Object.fromEntries(graph.nodes().map((n, i) => [n, i]));
    return { membership, count: graph.order, modularity: null };
  }
  const detailed = louvain.detailed(graph, { getEdgeWeight: "weight", rng: seededRandom(seed) });
  const q = modularity(graph, {
    getNodeCommunity: (node: string) => detailed.communities[node] as number,
    getEdgeWeight: "weight",
  });
  return { membership: detailed.communities, count: detailed.count, modularity: q };
}
