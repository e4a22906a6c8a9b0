import type { UndirectedGraph as Graph } from "graphology";
import { connectedComponents } from "graphology-components";

export interface Biconnectivity {
  articulationPoints: Set<string>;
  /** Edges whose removal disconnects their component, as [a, b] with a < b. */
  bridges: [string, string][];
  /** Blocks (maximal biconnected subgraphs with at least one edge), as node lists. */
  bicomponents: string[][];
}

/**
 * Hopcroft–Tarjan: one depth-first search gives articulation points, bridges and the blocks
 * (bicomponents). Iterative, so deep chains do not exhaust the call stack.
 */
export function biconnectivity(graph: Graph): Biconnectivity {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const articulationPoints = new Set<string>();
  const bridges: [string, string][] = [];
  const bicomponents: string[][] = [];
  const edgeStack: [string, string][] = [];
  let counter = 0;

  for (const root of graph.nodes()) {
    if (order.has(root)) continue;
    order.set(root, counter);
    low.set(root, counter);
    counter += 1;
    let rootChildren = 0;
    const stack: { node: string; parent: string | null; neighbors: string[]; index: number }[] = [
      { node: root, parent: null, neighbors: graph.neighbors(root), index: 0 },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as (typeof stack)[number];
      if (frame.index < frame.neighbors.length) {
        const next = frame.neighbors[frame.index] as string;
        frame.index += 1;
        if (next === frame.parent) continue;
        if (!order.has(next)) {
          edgeStack.push([frame.node, next]);
          order.set(next, counter);
          low.set(next, counter);
          counter += 1;
          if (frame.node === root) rootChildren += 1;
          stack.push({ node: next, parent: frame.node, neighbors: graph.neighbors(next), index: 0 });
        } else if ((order.get(next) as number) < (order.get(frame.node) as number)) {
          edgeStack.push([frame.node, next]);
          low.set(frame.node, Math.min(low.get(frame.node) as number, order.get(next) as number));
        }
        continue;
      }
      stack.pop();
      const parent = frame.parent;
      if (parent === null) continue;
      const child = frame.node;
      low.set(parent, Math.min(low.get(parent) as number, low.get(child) as number));
      if ((low.get(child) as number) >= (order.get(parent) as number)) {
        if (parent !== root) articulationPoints.add(parent);
        const block = new Set<string>();
        for (;;) {
          const edge = edgeStack.pop();
          if (!edge) break;
          block.add(edge[0]);
          block.add(edge[1]);
          if (edge[0] === parent && edge[1] === child) break;
        }
        bicomponents.push([...block].sort());
      }
      if ((low.get(child) as number) > (order.get(parent) as number)) {
        bridges.push(parent < child ? [parent, child] : [child, parent]);
      }
    }
    if (rootChildren > 1) articulationPoints.add(root);
  }
  bridges.sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
  return { articulationPoints, bridges, bicomponents };
}

/** Core number of every node (Batagelj–Zaversnik peeling) on the simple graph. */
export function coreNumbers(graph: Graph): Map<string, number> {
  const degree = new Map(graph.nodes().map((n) => [n, graph.degree(n)]));
  const core = new Map<string, number>();
  const remaining = new Set(graph.nodes());
  let k = 0;
  while (remaining.size > 0) {
    let next: string | undefined;
    let smallest = Number.POSITIVE_INFINITY;
    for (const n of remaining) {
      const d = degree.get(n) as number;
      if (d < smallest) {
        smallest = d;
        next = n;
      }
    }
    const node = next as string;
    k = Math.max(k, smallest);
    core.set(node, k);
    remaining.delete(node);
    for (const m of graph.neighbors(node)) {
      if (remaining.has(m)) degree.set(m, (degree.get(m) as number) - 1);
    }
  }
  return core;
}

/** Connected components, largest first (ties by their first id), each sorted. */
export function components(graph: Graph): string[][] {
  return connectedComponents(graph)
    .map((c) => [...c].sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/** Share of possible ties present: m / (n(n-1)/2) on the simple undirected graph. */
export function density(graph: Graph): number {
  const n = graph.order;
  return n < 2 ? 0 : graph.size / ((n * (n - 1)) / 2);
}
