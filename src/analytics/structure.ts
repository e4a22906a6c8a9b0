import { type AllianceNetwork, nodeCount } from "./network.js";

export interface Components {
  /** Component number per node; components are numbered largest first (ties: lowest first id). */
  component: Int32Array;
  sizes: number[];
}

/** Connected components by breadth-first search. */
export function components(net: AllianceNetwork): Components {
  const n = nodeCount(net);
  const { offsets, targets } = net;
  const raw = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const firstId: string[] = [];
  const queue = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (raw[root] !== -1) continue;
    const c = sizes.length;
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    raw[root] = c;
    let smallest = net.ids[root] as string;
    while (head < tail) {
      const v = queue[head++] as number;
      const id = net.ids[v] as string;
      if (id < smallest) smallest = id;
      for (let p = offsets[v] as number; p < (offsets[v + 1] as number); p++) {
        const w = targets[p] as number;
        if (raw[w] === -1) {
          raw[w] = c;
          queue[tail++] = w;
        }
      }
    }
    sizes.push(tail);
    firstId.push(smallest);
  }
  const order = sizes
    .map((_, c) => c)
    .sort(
      (a, b) =>
        (sizes[b] as number) - (sizes[a] as number) ||
        (firstId[a] as string).localeCompare(firstId[b] as string),
    );
  const rank = new Int32Array(sizes.length);
  order.forEach((c, r) => {
    rank[c] = r;
  });
  return { component: raw.map((c) => rank[c] as number), sizes: order.map((c) => sizes[c] as number) };
}

/** Core number of every node (Batagelj–Zaversnik bucket peeling, linear in ties) on the simple graph. */
export function coreNumbers(net: AllianceNetwork): Int32Array {
  const n = nodeCount(net);
  const { offsets, targets } = net;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = (offsets[v + 1] as number) - (offsets[v] as number);
    if ((degree[v] as number) > maxDegree) maxDegree = degree[v] as number;
  }
  const bin = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) (bin[degree[v] as number] as number)++;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const count = bin[d] as number;
    bin[d] = start;
    start += count;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const d = degree[v] as number;
    pos[v] = bin[d] as number;
    vert[pos[v] as number] = v;
    (bin[d] as number)++;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1] as number;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i] as number;
    for (let p = offsets[v] as number; p < (offsets[v + 1] as number); p++) {
      const u = targets[p] as number;
      const du = degree[u] as number;
      if (du > (degree[v] as number)) {
        const pu = pos[u] as number;
        const pw = bin[du] as number;
        const w = vert[pw] as number;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        (bin[du] as number)++;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}

export interface Biconnectivity {
  articulationPoints: Uint8Array;
  /** Ties whose removal disconnects their component, as node pairs [a, b] with a < b (by number). */
  bridges: [number, number][];
  /** Blocks (maximal biconnected subgraphs with at least one edge). */
  bicomponentCount: number;
}

/**
 * Hopcroft–Tarjan: one depth-first search gives articulation points, bridges and the blocks.
 * Iterative (deep chains do not exhaust the call stack) and on typed arrays.
 */
export function biconnectivity(net: AllianceNetwork): Biconnectivity {
  const n = nodeCount(net);
  const { offsets, targets } = net;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const articulationPoints = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let bicomponentCount = 0;
  const stack = new Int32Array(n);
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    let top = 0;
    stack[top++] = root;
    order[root] = low[root] = counter++;
    next[root] = offsets[root] as number;
    let rootChildren = 0;
    while (top > 0) {
      const v = stack[top - 1] as number;
      if ((next[v] as number) < (offsets[v + 1] as number)) {
        const w = targets[next[v] as number] as number;
        next[v] = (next[v] as number) + 1;
        if (w === parent[v]) continue;
        if (order[w] === -1) {
          parent[w] = v;
          order[w] = low[w] = counter++;
          next[w] = offsets[w] as number;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if ((order[w] as number) < (low[v] as number)) {
          low[v] = order[w] as number;
        }
        continue;
      }
      top--;
      const p = parent[v] as number;
      if (p === -1) continue;
      if ((low[v] as number) < (low[p] as number)) low[p] = low[v] as number;
      if ((low[v] as number) >= (order[p] as number)) {
        if (p !== root) articulationPoints[p] = 1;
        bicomponentCount++;
      }
      if ((low[v] as number) > (order[p] as number)) bridges.push(p < v ? [p, v] : [v, p]);
    }
    if (rootChildren > 1) articulationPoints[root] = 1;
  }
  return { articulationPoints, bridges, bicomponentCount };
}

/** Share of possible ties present: m / (n(n-1)/2) on the simple undirected graph. */
export function density(net: AllianceNetwork): number {
  const n = nodeCount(net);
  return n < 2 ? 0 : net.targets.length / 2 / ((n * (n - 1)) / 2);
}
