import { type AllianceNetwork, nodeCount } from "./network.js";

/**
 * Components of up to this many organizations get exact betweenness and closeness (a breadth-first
 * search from every member: cost ~ size x ties). Larger ones are estimated from SAMPLED_SOURCES
 * seeded random sources (Brandes & Pich 2007), which keeps a million-organization network to
 * seconds instead of days. The seed network and every region of the paper are far below it.
 */
export const EXACT_PATHS_LIMIT = 5_000;
export const SAMPLED_SOURCES = 128;

/** A deterministic pseudo-random generator (mulberry32), so estimates and communities repeat run to run. */
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

/**
 * How many organizations pathCentrality's breadth-first searches will reach in all (for progress
 * reporting): each search from a source reaches its whole component, so a count of sources alone
 * made the ETA useless (128 searches over a 900,000-node component, then hundreds of tiny ones).
 */
export function pathWork(
  componentSizes: number[],
  exactLimit = EXACT_PATHS_LIMIT,
  samples = SAMPLED_SOURCES,
): number {
  let total = 0;
  for (const size of componentSizes)
    if (size > 2) total += (size <= exactLimit ? size : Math.min(samples, size)) * size;
  return total;
}

export interface PathCentrality {
  /** Brandes betweenness, not normalized: each unordered pair of other nodes adds its share of shortest paths through the node. */
  betweenness: Float64Array;
  /** Closeness within the node's component: (r - 1) / Σ d(v, u) over the r - 1 nodes it reaches; 0 for an isolate. */
  closeness: Float64Array;
  /** Whether any value was estimated by sampling (a component above EXACT_PATHS_LIMIT). */
  sampled: boolean;
}

/**
 * Betweenness and closeness from breadth-first searches on the unweighted network, per component:
 * from every member of a component up to `exactLimit`, from `samples` random members of a larger
 * one (betweenness scaled by size / samples; closeness from the mean distance to the sources).
 */
export function pathCentrality(
  net: AllianceNetwork,
  components: Int32Array,
  componentSizes: number[],
  options: {
    exactLimit?: number;
    samples?: number;
    seed?: number;
    onReached?: (organizations: number) => void;
  } = {},
): PathCentrality {
  const exactLimit = options.exactLimit ?? EXACT_PATHS_LIMIT;
  const samples = options.samples ?? SAMPLED_SOURCES;
  const n = nodeCount(net);
  const { offsets, targets } = net;
  const betweenness = new Float64Array(n);
  const closeness = new Float64Array(n);
  const distSum = new Float64Array(n);
  const distCount = new Float64Array(n);
  const members: number[][] = componentSizes.map(() => []);
  for (let v = 0; v < n; v++) members[components[v] as number]?.push(v);

  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const random = seededRandom(options.seed ?? 7);
  let sampled = false;

  // One Brandes pass from s: distances, path counts, then dependencies in reverse BFS order.
  const fromSource = (s: number, scale: number, sampledComponent: boolean) => {
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const dv = dist[v] as number;
      for (let p = offsets[v] as number; p < (offsets[v + 1] as number); p++) {
        const w = targets[p] as number;
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          order[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    let total = 0;
    for (let k = tail - 1; k >= 0; k--) {
      const w = order[k] as number;
      const dw = dist[w] as number;
      total += dw;
      for (let p = offsets[w] as number; p < (offsets[w + 1] as number); p++) {
        const v = targets[p] as number;
        if (dist[v] === dw - 1)
          delta[v] =
            (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
      }
      if (w !== s) betweenness[w] = (betweenness[w] as number) + (delta[w] as number) * scale;
      if (sampledComponent && w !== s) {
        distSum[w] = (distSum[w] as number) + dw;
        distCount[w] = (distCount[w] as number) + 1;
      }
    }
    if (!sampledComponent) closeness[s] = total === 0 ? 0 : (tail - 1) / total;
    options.onReached?.(tail);
    for (let k = 0; k < tail; k++) {
      const w = order[k] as number;
      dist[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
  };

  members.forEach((group, c) => {
    const size = componentSizes[c] as number;
    if (size <= 2) return; // no node lies between two others; closeness of a pair is 1
    if (size <= exactLimit) {
      // Each unordered pair is counted from both ends: halve.
      for (const s of group) fromSource(s, 0.5, false);
      return;
    }
    sampled = true;
    const k = Math.min(samples, size);
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(group[Math.floor(random() * size)] as number);
    for (const s of chosen) fromSource(s, (0.5 * size) / k, true);
    for (const v of group) {
      // Mean distance to the sampled sources stands for the mean distance to everyone.
      const count = distCount[v] as number;
      closeness[v] = count === 0 ? 0 : count / (distSum[v] as number);
    }
  });
  // Components of one or two: isolates 0, a pair 1 (as GDS and the exact formula give).
  members.forEach((group, c) => {
    if ((componentSizes[c] as number) === 2) for (const v of group) closeness[v] = 1;
  });
  return { betweenness, closeness, sampled };
}

/**
 * PageRank (damping 0.85) on the unweighted network, scores summing to 1; an isolate's share is
 * spread over everyone (as graphology's implementation, which this replaces, does).
 */
export function pageRank(
  net: AllianceNetwork,
  alpha = 0.85,
  tolerance = 1e-10,
  maxIterations = 1000,
): Float64Array {
  const n = nodeCount(net);
  const { offsets, targets } = net;
  if (n === 0) return new Float64Array(0);
  const p = 1 / n;
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) if (offsets[i + 1] === offsets[i]) dangling.push(i);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    next.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i] as number;
    dangleSum *= alpha;
    for (let i = 0; i < n; i++) {
      const start = offsets[i] as number;
      const end = offsets[i + 1] as number;
      const share = (alpha * (x[i] as number)) / (end - start || 1);
      for (let q = start; q < end; q++) {
        const j = targets[q] as number;
        next[j] = (next[j] as number) + share;
      }
      next[i] = (next[i] as number) + dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs((next[i] as number) - (x[i] as number));
    [x, next] = [next, x];
    if (error < n * tolerance) return x;
  }
  return x;
}

export interface Communities {
  /** Community number per node (isolates get their own). */
  membership: Int32Array;
  count: number;
  /** Newman–Girvan modularity of that partition (weighted by alliance counts); null without ties. */
  modularity: number | null;
}

/** Modularity Q = Σ_c (in_c / 2m - (tot_c / 2m)²) of a partition, with alliance counts as weights. */
export function modularity(net: AllianceNetwork, membership: Int32Array): number {
  const n = nodeCount(net);
  const { offsets, targets, weights } = net;
  let twoM = 0;
  const tot = new Map<number, number>();
  const inner = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = membership[i] as number;
    for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) {
      const w = weights[p] as number;
      twoM += w;
      tot.set(c, (tot.get(c) ?? 0) + w);
      if (membership[targets[p] as number] === c) inner.set(c, (inner.get(c) ?? 0) + w);
    }
  }
  if (twoM === 0) return 0;
  let q = 0;
  for (const [c, t] of tot) q += (inner.get(c) ?? 0) / twoM - (t / twoM) ** 2;
  return q;
}

/**
 * Louvain communities (Blondel et al. 2008), weighted by alliance counts: nodes move to the
 * neighbouring community with the best modularity gain (in a seeded random order) until nothing
 * moves, then communities become nodes, and again, until no level improves.
 */
export function louvainCommunities(net: AllianceNetwork, seed = 42): Communities {
  const n = nodeCount(net);
  if (net.targets.length === 0) {
    return { membership: Int32Array.from({ length: n }, (_, i) => i), count: n, modularity: null };
  }
  const random = seededRandom(seed);
  // The current level's graph (starts as the network itself) and each original node's community.
  let level = {
    n,
    offsets: net.offsets,
    targets: net.targets,
    weights: net.weights,
    self: new Float64Array(n),
  };
  let membership = Int32Array.from({ length: n }, (_, i) => i);
  let twoM = 0;
  for (let p = 0; p < net.weights.length; p++) twoM += net.weights[p] as number;

  for (;;) {
    const { offsets, targets, weights, self } = level;
    const size = level.n;
    const community = Int32Array.from({ length: size }, (_, i) => i);
    const strength = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      let s = 2 * (self[i] as number);
      for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) s += weights[p] as number;
      strength[i] = s;
    }
    const tot = strength.slice();
    const orderOf = Int32Array.from({ length: size }, (_, i) => i);
    for (let i = size - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [orderOf[i], orderOf[j]] = [orderOf[j] as number, orderOf[i] as number];
    }
    const linkTo = new Float64Array(size);
    const touched: number[] = [];
    let moved = false;
    let improved = true;
    while (improved) {
      improved = false;
      for (const v of orderOf) {
        const current = community[v] as number;
        const kv = strength[v] as number;
        for (let p = offsets[v] as number; p < (offsets[v + 1] as number); p++) {
          const c = community[targets[p] as number] as number;
          if (linkTo[c] === 0) touched.push(c);
          linkTo[c] = (linkTo[c] as number) + (weights[p] as number);
        }
        tot[current] = (tot[current] as number) - kv;
        let best = current;
        let bestGain = (linkTo[current] ?? 0) - ((tot[current] as number) * kv) / twoM;
        for (const c of touched) {
          const gain = (linkTo[c] as number) - ((tot[c] as number) * kv) / twoM;
          if (gain > bestGain + 1e-12) {
            best = c;
            bestGain = gain;
          }
        }
        tot[best] = (tot[best] as number) + kv;
        if (best !== current) {
          community[v] = best;
          improved = true;
          moved = true;
        }
        for (const c of touched) linkTo[c] = 0;
        linkTo[current] = 0;
        touched.length = 0;
      }
    }
    if (!moved) break;
    // Renumber communities 0..k-1 and fold the level's graph into a graph of communities.
    const renumber = new Int32Array(size).fill(-1);
    let k = 0;
    for (let i = 0; i < size; i++) {
      const c = community[i] as number;
      if (renumber[c] === -1) renumber[c] = k++;
    }
    membership = membership.map((c) => renumber[community[c] as number] as number);
    const selfNext = new Float64Array(k);
    const links = Array.from({ length: k }, () => new Map<number, number>());
    for (let i = 0; i < size; i++) {
      const ci = renumber[community[i] as number] as number;
      selfNext[ci] = (selfNext[ci] as number) + (self[i] as number);
      for (let p = offsets[i] as number; p < (offsets[i + 1] as number); p++) {
        const cj = renumber[community[targets[p] as number] as number] as number;
        const w = weights[p] as number;
        if (ci === cj) selfNext[ci] = (selfNext[ci] as number) + w / 2;
        else links[ci]?.set(cj, (links[ci]?.get(cj) ?? 0) + w);
      }
    }
    const nextOffsets = new Int32Array(k + 1);
    for (let c = 0; c < k; c++) nextOffsets[c + 1] = (nextOffsets[c] as number) + (links[c]?.size ?? 0);
    const nextTargets = new Int32Array(nextOffsets[k] as number);
    const nextWeights = new Float64Array(nextOffsets[k] as number);
    for (let c = 0; c < k; c++) {
      let p = nextOffsets[c] as number;
      for (const [d, w] of links[c] ?? []) {
        nextTargets[p] = d;
        nextWeights[p] = w;
        p++;
      }
    }
    level = { n: k, offsets: nextOffsets, targets: nextTargets, weights: nextWeights, self: selfNext };
    if (k === size) break;
  }
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, (membership[i] as number) + 1);
  return { membership, count, modularity: modularity(net, membership) };
}
