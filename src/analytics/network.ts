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
 * The alliance network in compressed sparse row form: organizations are numbered 0..n-1, and the
 * partners of organization i are targets[offsets[i] .. offsets[i+1]-1], sorted by number, each
 * allied pair once per side with its number of alliances (weights) and the set of its alliance
 * types (a bit per entry of typeNames). Typed arrays keep a million organizations and millions of
 * ties in a few hundred megabytes, and every measure walks them without allocating per node.
 */
export interface AllianceNetwork {
  ids: string[];
  names: string[];
  kinds: string[];
  /** Group number per organization (-1 = no group), names in groupNames. */
  groups: Int32Array;
  groupNames: string[];
  studySample: Uint8Array;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  typeMasks: Uint32Array;
  typeNames: string[];
}

export function nodeCount(net: AllianceNetwork): number {
  return net.ids.length;
}

export function degreeOf(net: AllianceNetwork, i: number): number {
  return (net.offsets[i + 1] as number) - (net.offsets[i] as number);
}

export function info(net: AllianceNetwork, i: number): OrganizationInfo {
  const group = net.groups[i] as number;
  return {
    id: net.ids[i] as string,
    name: net.names[i] as string,
    kind: net.kinds[i] as string,
    group: group < 0 ? null : (net.groupNames[group] as string),
    studySample: net.studySample[i] === 1,
  };
}

/** Weight of the tie i–j (0 when there is none), by binary search in i's sorted partners. */
export function tieWeight(net: AllianceNetwork, i: number, j: number): number {
  let lo = net.offsets[i] as number;
  let hi = (net.offsets[i + 1] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = net.targets[mid] as number;
    if (t === j) return net.weights[mid] as number;
    if (t < j) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** A growable array of 32-bit integers (ties arrive in pages, their number unknown beforehand). */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/**
 * Collects organizations and ties as they stream in (ties may name an organization that arrives
 * later), then packs them into an AllianceNetwork.
 */
export class NetworkBuilder {
  private readonly index = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly kinds: string[] = [];
  private readonly groupOf: number[] = [];
  private readonly sample: boolean[] = [];
  private readonly known: boolean[] = [];
  private readonly groupIndex = new Map<string, number>();
  private readonly typeIndex = new Map<string, number>();
  private readonly from = new IntList();
  private readonly to = new IntList();
  private readonly weight = new IntList();
  private readonly mask = new IntList();

  private numberOf(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
      this.names.push(id);
      this.kinds.push("Organization");
      this.groupOf.push(-1);
      this.sample.push(false);
      this.known.push(false);
    }
    return i;
  }

  addOrganization(org: OrganizationInfo): void {
    const i = this.numberOf(org.id);
    this.names[i] = org.name;
    this.kinds[i] = org.kind;
    this.sample[i] = org.studySample;
    this.known[i] = true;
    if (org.group !== null) {
      let g = this.groupIndex.get(org.group);
      if (g === undefined) {
        g = this.groupIndex.size;
        this.groupIndex.set(org.group, g);
      }
      this.groupOf[i] = g;
    }
  }

  /** Adds alliances between a and b (merged with earlier ones for the same pair when packed). */
  addTie(tie: Tie): void {
    if (tie.a === tie.b) return;
    let bits = 0;
    for (const type of tie.types) {
      let t = this.typeIndex.get(type);
      if (t === undefined) {
        t = this.typeIndex.size;
        if (t >= 32) throw new Error(`More than 32 alliance types (at '${type}')`);
        this.typeIndex.set(type, t);
      }
      bits |= 1 << t;
    }
    this.from.push(this.numberOf(tie.a));
    this.to.push(this.numberOf(tie.b));
    this.weight.push(tie.alliances);
    this.mask.push(bits);
  }

  build(): AllianceNetwork {
    // Ties to organizations that never arrived (outside the scope) are dropped.
    const n = this.ids.length;
    const m = this.from.length;
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      const a = this.from.data[e] as number;
      const b = this.to.data[e] as number;
      if (!this.known[a] || !this.known[b]) continue;
      (degree[a] as number)++;
      (degree[b] as number)++;
    }
    // Counting sort twice (by partner, then stably by organization) sorts every partner list.
    const rawOffsets = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) rawOffsets[i + 1] = (rawOffsets[i] as number) + (degree[i] as number);
    const total = rawOffsets[n] as number;
    const bySource = sortedHalfEdges(n, m, total, this, rawOffsets);
    // Merge duplicate pairs (the same pair reported twice) into one entry.
    const offsets = new Int32Array(n + 1);
    const targets = new Int32Array(total);
    const weights = new Float64Array(total);
    const typeMasks = new Uint32Array(total);
    let k = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      let last = -1;
      for (let p = rawOffsets[i] as number; p < (rawOffsets[i + 1] as number); p++) {
        const t = bySource.targets[p] as number;
        if (t === last) {
          (weights[k - 1] as number) += bySource.weights[p] as number;
          typeMasks[k - 1] = (typeMasks[k - 1] as number) | (bySource.masks[p] as number);
          continue;
        }
        targets[k] = t;
        weights[k] = bySource.weights[p] as number;
        typeMasks[k] = bySource.masks[p] as number;
        last = t;
        k++;
      }
    }
    offsets[n] = k;
    // Organizations only ever named by ties are not part of the network: renumber without them.
    const keep: number[] = [];
    for (let i = 0; i < n; i++) if (this.known[i]) keep.push(i);
    const net: AllianceNetwork = {
      ids: this.ids,
      names: this.names,
      kinds: this.kinds,
      groups: Int32Array.from(this.groupOf),
      groupNames: [...this.groupIndex.keys()],
      studySample: Uint8Array.from(this.sample, (s) => (s ? 1 : 0)),
      offsets,
      targets: targets.slice(0, k),
      weights: weights.slice(0, k),
      typeMasks: typeMasks.slice(0, k),
      typeNames: [...this.typeIndex.keys()],
    };
    return keep.length === n ? net : subnetwork(net, keep);
  }

  /** @internal for sortedHalfEdges */
  halfEdge(e: number): { a: number; b: number; w: number; bits: number; ok: boolean } {
    const a = this.from.data[e] as number;
    const b = this.to.data[e] as number;
    return {
      a,
      b,
      w: this.weight.data[e] as number,
      bits: this.mask.data[e] as number,
      ok: (this.known[a] ?? false) && (this.known[b] ?? false),
    };
  }
}

function sortedHalfEdges(
  n: number,
  m: number,
  total: number,
  builder: NetworkBuilder,
  offsets: Int32Array,
): { targets: Int32Array; weights: Float64Array; masks: Uint32Array } {
  // Pass 1: bucket the half-edges (x -> y) by y.
  const byTarget = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const h = builder.halfEdge(e);
    if (!h.ok) continue;
    (byTarget[h.a + 1] as number)++;
    (byTarget[h.b + 1] as number)++;
  }
  for (let i = 0; i < n; i++) byTarget[i + 1] = (byTarget[i + 1] as number) + (byTarget[i] as number);
  const fill = byTarget.slice(0, n);
  const srcT = new Int32Array(total);
  const edgeT = new Int32Array(total);
  for (let e = 0; e < m; e++) {
    const h = builder.halfEdge(e);
    if (!h.ok) continue;
    let p = (fill[h.b] as number)++;
    srcT[p] = h.a;
    edgeT[p] = e;
    p = (fill[h.a] as number)++;
    srcT[p] = h.b;
    edgeT[p] = e;
  }
  // Pass 2: walk targets in increasing order and append to each source's list: sorted by target.
  const pos = offsets.slice(0, n);
  const targets = new Int32Array(total);
  const weights = new Float64Array(total);
  const masks = new Uint32Array(total);
  for (let y = 0; y < n; y++) {
    for (let p = byTarget[y] as number; p < (byTarget[y + 1] as number); p++) {
      const x = srcT[p] as number;
      const h = builder.halfEdge(edgeT[p] as number);
      const q = (pos[x] as number)++;
      targets[q] = y;
      weights[q] = h.w;
      masks[q] = h.bits;
    }
  }
  return { targets, weights, masks };
}

/** The network induced by the given organizations (numbers of `net`, increasing), renumbered. */
export function subnetwork(net: AllianceNetwork, keep: number[]): AllianceNetwork {
  const renumber = new Int32Array(net.ids.length).fill(-1);
  keep.forEach((old, i) => {
    renumber[old] = i;
  });
  const offsets = new Int32Array(keep.length + 1);
  const targets = new IntList();
  const weights: number[] = [];
  const masks = new IntList();
  keep.forEach((old, i) => {
    for (let p = net.offsets[old] as number; p < (net.offsets[old + 1] as number); p++) {
      const t = renumber[net.targets[p] as number] as number;
      if (t < 0) continue;
      targets.push(t);
      weights.push(net.weights[p] as number);
      masks.push(net.typeMasks[p] as number);
    }
    offsets[i + 1] = targets.length;
  });
  return {
    ids: keep.map((i) => net.ids[i] as string),
    names: keep.map((i) => net.names[i] as string),
    kinds: keep.map((i) => net.kinds[i] as string),
    groups: Int32Array.from(keep, (i) => net.groups[i] as number),
    groupNames: net.groupNames,
    studySample: Uint8Array.from(keep, (i) => net.studySample[i] as number),
    offsets,
    targets: targets.data.slice(0, targets.length),
    weights: Float64Array.from(weights),
    typeMasks: new Uint32Array(masks.data.slice(0, masks.length).buffer),
    typeNames: net.typeNames,
  };
}

export function buildNetwork(organizations: OrganizationInfo[], ties: Tie[]): AllianceNetwork {
  const builder = new NetworkBuilder();
  for (const org of organizations) builder.addOrganization(org);
  for (const tie of ties) builder.addTie(tie);
  return builder.build();
}

/** A small network from an edge list, for tests and examples: every node its own group unless given. */
export function networkFromEdges(
  edges: [string, string][],
  options: { isolated?: string[]; groups?: Record<string, string>; weights?: number[] } = {},
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
    edges.map(([a, b], i) => ({ a, b, alliances: options.weights?.[i] ?? 1, types: ["STRATEGIC"] })),
  );
}

/** The same network as a graphology graph (for drawing small networks in the report). */
export function toGraphology(net: AllianceNetwork): UndirectedGraph {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const id of net.ids) graph.addNode(id);
  for (let i = 0; i < net.ids.length; i++) {
    for (let p = net.offsets[i] as number; p < (net.offsets[i + 1] as number); p++) {
      const j = net.targets[p] as number;
      if (i < j) graph.addEdge(net.ids[i], net.ids[j], { weight: net.weights[p] });
    }
  }
  return graph;
}
