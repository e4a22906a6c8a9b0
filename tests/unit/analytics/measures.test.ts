import { describe, expect, it } from "vitest";
import {
  type BrokerageCounts,
  brokerageCounts,
  dominantRole,
  herfindahl,
  structuralHoles,
} from "../../../src/analytics/brokerage.js";
import {
  louvainCommunities,
  pageRank,
  pathCentrality,
  pathWork,
  seededRandom,
} from "../../../src/analytics/centrality.js";
import { computeMeasures } from "../../../src/analytics/measures.js";
import { type AllianceNetwork, networkFromEdges } from "../../../src/analytics/network.js";
import { biconnectivity, components, coreNumbers, density } from "../../../src/analytics/structure.js";

/** A per-node array as { id: value }. */
function byId(net: AllianceNetwork, values: ArrayLike<number>): Record<string, number> {
  return Object.fromEntries(net.ids.map((id, i) => [id, values[i] as number]));
}
const at = (net: AllianceNetwork, id: string) => net.ids.indexOf(id);
function paths(net: AllianceNetwork, options: { exactLimit?: number; samples?: number } = {}) {
  const parts = components(net);
  return pathCentrality(net, parts.component, parts.sizes, options);
}
const holes = (net: AllianceNetwork, id: string) => {
  const h = structuralHoles(net);
  const i = at(net, id);
  const c = h.constraint[i] as number;
  const e = h.effectiveSize[i] as number;
  return {
    constraint: Number.isNaN(c) ? null : c,
    effectiveSize: Number.isNaN(e) ? null : e,
    brokerage: brokerageCounts(h, i),
  };
};

// Small graphs with textbook answers.
const star = networkFromEdges([
  ["c", "l1"],
  ["c", "l2"],
  ["c", "l3"],
  ["c", "l4"],
]);
const path = networkFromEdges([
  ["a", "b"],
  ["b", "c"],
  ["c", "d"],
  ["d", "e"],
]);
// Two triangles joined by the bridge c–d.
const bowtie = networkFromEdges([
  ["a", "b"],
  ["b", "c"],
  ["a", "c"],
  ["c", "d"],
  ["d", "e"],
  ["e", "f"],
  ["d", "f"],
]);

/** A seeded random network: n nodes, m ties (with weights 1-3), a few hubs, groups g0..g3. */
function randomNetwork(n: number, m: number, seed: number): AllianceNetwork {
  const random = seededRandom(seed);
  const edges: [string, string][] = [];
  const weights: number[] = [];
  const seen = new Set<string>();
  while (edges.length < m) {
    // Every third tie goes to one of three hubs, so some nodes have high degree.
    const a = Math.floor(random() * n);
    const b = edges.length % 3 === 0 ? Math.floor(random() * 3) : Math.floor(random() * n);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push([`n${a}`, `n${b}`]);
    weights.push(1 + Math.floor(random() * 3));
  }
  const groups = Object.fromEntries(Array.from({ length: n }, (_, i) => [`n${i}`, `g${i % 4}`]));
  return networkFromEdges(edges, { groups, weights });
}

/** The textbook definitions, written out directly (cubic, only for checking on small graphs). */
function reference(net: AllianceNetwork, id: string) {
  const i = at(net, id);
  const contacts = (v: number) =>
    Array.from(net.targets.subarray(net.offsets[v] as number, net.offsets[v + 1] as number));
  const weight = new Map<string, number>();
  const strength = new Map<number, number>();
  for (let v = 0; v < net.ids.length; v++)
    for (let q = net.offsets[v] as number; q < (net.offsets[v + 1] as number); q++) {
      weight.set(`${v},${net.targets[q]}`, net.weights[q] as number);
      strength.set(v, (strength.get(v) ?? 0) + (net.weights[q] as number));
    }
  const w = (a: number, b: number) => weight.get(`${a},${b}`) ?? 0;
  const p = (a: number, b: number) => w(a, b) / (strength.get(a) as number);
  const mine = contacts(i);
  let constraint = 0;
  let size = 0;
  for (const j of mine) {
    let indirect = 0;
    let redundancy = 0;
    const maxJ = Math.max(...contacts(j).map((k) => w(j, k)));
    for (const q of mine) {
      if (q === j) continue;
      indirect += p(i, q) * p(q, j);
      redundancy += p(i, q) * (w(j, q) / maxJ);
    }
    constraint += (p(i, j) + indirect) ** 2;
    size += 1 - redundancy;
  }
  const counts: BrokerageCounts = {
    coordinator: 0,
    gatekeeper: 0,
    representative: 0,
    itinerant: 0,
    liaison: 0,
  };
  const g = (v: number) => net.groups[v] as number;
  for (const a of mine)
    for (const c of mine) {
      if (a === c || w(a, c) > 0) continue;
      if (g(a) === g(i) && g(i) === g(c)) counts.coordinator++;
      else if (g(a) === g(c)) counts.itinerant++;
      else if (g(a) === g(i)) counts.representative++;
      else if (g(i) === g(c)) counts.gatekeeper++;
      else counts.liaison++;
    }
  return { constraint, effectiveSize: size, brokerage: counts };
}

describe("centrality", () => {
  it("a star's centre lies on all n(n-1)/2 leaf-to-leaf paths; leaves on none", () => {
    const b = byId(star, paths(star).betweenness);
    expect(b.c).toBe(6);
    expect([b.l1, b.l2, b.l3, b.l4]).toEqual([0, 0, 0, 0]);
  });

  it("betweenness on a path a-b-c-d-e", () => {
    expect(byId(path, paths(path).betweenness)).toEqual({ a: 0, b: 3, c: 4, d: 3, e: 0 });
  });

  it("closeness on a path: (n-1) / sum of distances", () => {
    const c = byId(path, paths(path).closeness);
    expect(c.c).toBeCloseTo(4 / 6, 12);
    expect(c.a).toBeCloseTo(4 / 10, 12);
    expect(c.b).toBeCloseTo(4 / 7, 12);
  });

  it("announces as progress exactly the organizations its searches reach (exact and sampled components)", () => {
    // A big random component (sampled above the limit), a small one (exact), a pair and an isolate.
    const big = randomNetwork(400, 1200, 3);
    const edges: [string, string][] = [];
    big.ids.forEach((id, v) => {
      for (let p = big.offsets[v] as number; p < (big.offsets[v + 1] as number); p++) {
        const w = big.targets[p] as number;
        if (v < w) edges.push([id, big.ids[w] as string]);
      }
    });
    edges.push(["s1", "s2"], ["s2", "s3"], ["s3", "s4"], ["p1", "p2"]);
    const net = networkFromEdges(edges, { isolated: ["alone"] });
    const parts = components(net);
    let reached = 0;
    pathCentrality(net, parts.component, parts.sizes, {
      exactLimit: 100,
      samples: 50,
      onReached: (k) => {
        reached += k;
      },
    });
    expect(reached).toBe(pathWork(parts.sizes, 100, 50));
    // 50 sampled searches reach the whole big component each; the 4-path is searched from all 4.
    const bigComponent = Math.max(...parts.sizes);
    expect(bigComponent).toBeGreaterThan(100);
    expect(reached).toBe(50 * bigComponent + 4 * 4);
  });

  it("estimates betweenness and closeness from sampled sources in a component above the exact limit", () => {
    const net = randomNetwork(400, 1200, 3);
    const exact = paths(net);
    const estimate = paths(net, { exactLimit: 100, samples: 200 });
    expect(exact.sampled).toBe(false);
    expect(estimate.sampled).toBe(true);
    // The hubs (n0..n2) carry most shortest paths; the estimate finds them and is near the truth.
    const top = (values: Float64Array) =>
      [...values.keys()].sort((x, y) => (values[y] as number) - (values[x] as number)).slice(0, 3);
    expect(new Set(top(estimate.betweenness))).toEqual(new Set(top(exact.betweenness)));
    for (const hub of top(exact.betweenness)) {
      expect(estimate.betweenness[hub]).toBeGreaterThan(0.8 * (exact.betweenness[hub] as number));
      expect(estimate.betweenness[hub]).toBeLessThan(1.2 * (exact.betweenness[hub] as number));
    }
    let worst = 0;
    exact.closeness.forEach((c, i) => {
      if (c > 0) worst = Math.max(worst, Math.abs((estimate.closeness[i] as number) - c) / c);
    });
    expect(worst).toBeLessThan(0.15);
  });

  it("PageRank sums to 1 and is highest at a star's centre", () => {
    const pr = byId(star, pageRank(star));
    expect(Object.values(pr).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(pr.c).toBeGreaterThan(pr.l1 ?? 1);
    expect(pr.l1).toBeCloseTo(pr.l4 ?? 0, 12);
    // Closed form for a star with n = 4 leaves (N = 5 nodes): x_c = (1-d)/N + d·n·x_l and
    // x_l = (1-d)/N + d·x_c/n, so x_l = (1-d)(1 + d/n) / (N(1 - d²)).
    const d = 0.85;
    expect(pr.l1).toBeCloseTo(((1 - d) * (1 + d / 4)) / (5 * (1 - d * d)), 6);
  });
});

describe("structure", () => {
  const ids = (net: AllianceNetwork, flags: Uint8Array) => net.ids.filter((_, i) => flags[i] === 1).sort();
  const pairs = (net: AllianceNetwork, list: [number, number][]) =>
    list.map(([a, b]) => [net.ids[a], net.ids[b]].sort()).sort((x, y) => String(x).localeCompare(String(y)));

  it("articulation points of a path are its interior nodes; every edge is a bridge", () => {
    const { articulationPoints, bridges, bicomponentCount } = biconnectivity(path);
    expect(ids(path, articulationPoints)).toEqual(["b", "c", "d"]);
    expect(pairs(path, bridges)).toEqual([
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
    ]);
    expect(bicomponentCount).toBe(4);
  });

  it("two triangles joined by a bridge: cut points c and d, one bridge, three blocks", () => {
    const { articulationPoints, bridges, bicomponentCount } = biconnectivity(bowtie);
    expect(ids(bowtie, articulationPoints)).toEqual(["c", "d"]);
    expect(pairs(bowtie, bridges)).toEqual([["c", "d"]]);
    expect(bicomponentCount).toBe(3);
  });

  it("core numbers: triangles are 2-cores, a star is a 1-core", () => {
    expect(byId(bowtie, coreNumbers(bowtie))).toEqual({ a: 2, b: 2, c: 2, d: 2, e: 2, f: 2 });
    expect(byId(star, coreNumbers(star))).toEqual({ c: 1, l1: 1, l2: 1, l3: 1, l4: 1 });
  });

  it("core numbers agree with peeling by hand on a random network", () => {
    const net = randomNetwork(300, 900, 5);
    const cores = coreNumbers(net);
    // Reference: repeatedly remove a node of smallest remaining degree.
    const degree = Array.from(
      { length: 300 },
      (_, v) => (net.offsets[v + 1] as number) - (net.offsets[v] as number),
    );
    const left = new Set(degree.keys());
    let k = 0;
    const expected = new Array<number>(300);
    while (left.size > 0) {
      const v = [...left].reduce((x, y) => ((degree[y] as number) < (degree[x] as number) ? y : x));
      k = Math.max(k, degree[v] as number);
      expected[v] = k;
      left.delete(v);
      for (let p = net.offsets[v] as number; p < (net.offsets[v + 1] as number); p++) {
        const u = net.targets[p] as number;
        if (left.has(u)) degree[u] = (degree[u] as number) - 1;
      }
    }
    expect(Array.from(cores)).toEqual(expected);
  });

  it("components largest first, and density", () => {
    const g = networkFromEdges(
      [
        ["a", "b"],
        ["c", "d"],
        ["d", "e"],
      ],
      { isolated: ["z"] },
    );
    const { component, sizes } = components(g);
    expect(sizes).toEqual([3, 2, 1]);
    expect(byId(g, component)).toEqual({ a: 1, b: 1, c: 0, d: 0, e: 0, z: 2 });
    expect(density(star)).toBeCloseTo(4 / 10, 12);
  });

  it("Louvain finds the two triangles of the bowtie", () => {
    const { membership, count, modularity } = louvainCommunities(bowtie);
    const m = byId(bowtie, membership);
    expect(count).toBe(2);
    expect(m.a).toBe(m.c);
    expect(m.d).toBe(m.f);
    expect(m.a).not.toBe(m.d);
    // Q = Σ_c [L_c/m - (d_c/2m)²] = 2 * (3/7 - (7/14)²) = 5/14.
    expect(modularity).toBeCloseTo(5 / 14, 12);
  });

  it("Louvain on a random network: a partition better than one community, the same every run", () => {
    const net = randomNetwork(300, 900, 9);
    const first = louvainCommunities(net);
    expect(first.modularity).toBeGreaterThan(0.1);
    expect(Array.from(louvainCommunities(net).membership)).toEqual(Array.from(first.membership));
  });
});

describe("structural holes (Burt)", () => {
  it("a star's centre: constraint 1/n, effective size n", () => {
    expect(holes(star, "c").constraint).toBeCloseTo(1 / 4, 12);
    expect(holes(star, "c").effectiveSize).toBeCloseTo(4, 12);
    expect(holes(star, "l1").constraint).toBeCloseTo(1, 12);
    expect(holes(star, "l1").effectiveSize).toBeCloseTo(1, 12);
  });

  it("in a triangle each node is constrained by its two tied contacts", () => {
    const triangle = networkFromEdges([
      ["a", "b"],
      ["b", "c"],
      ["a", "c"],
    ]);
    // c_a = 2 * (1/2 + 1/2 * 1/2)² = 1.125; effective size = n - 2t/n = 2 - 2*1/2 = 1.
    expect(holes(triangle, "a").constraint).toBeCloseTo(1.125, 12);
    expect(holes(triangle, "a").effectiveSize).toBeCloseTo(1, 12);
  });

  it("is undefined for an isolate", () => {
    const g = networkFromEdges([["a", "b"]], { isolated: ["z"] });
    expect(holes(g, "z").constraint).toBeNull();
    expect(holes(g, "z").effectiveSize).toBeNull();
  });

  it("equals the textbook formulas on a weighted random network with hubs", () => {
    const net = randomNetwork(120, 500, 11);
    const all = structuralHoles(net);
    // The three hubs and every fifth other node (the reference is cubic in the degree).
    for (const id of net.ids.filter((id, k) => k % 5 === 0 || ["n0", "n1", "n2"].includes(id))) {
      const i = at(net, id);
      const expected = reference(net, id);
      if ((net.offsets[i + 1] as number) === (net.offsets[i] as number)) continue;
      expect(all.constraint[i]).toBeCloseTo(expected.constraint, 10);
      expect(all.effectiveSize[i]).toBeCloseTo(expected.effectiveSize, 10);
      expect(brokerageCounts(all, i)).toEqual(expected.brokerage);
    }
  });
});

describe("Gould–Fernandez brokerage", () => {
  // b brokers between a and c (no a–c tie); groups decide the role.
  const roleOf = (ga: string, gb: string, gc: string) => {
    const net = networkFromEdges(
      [
        ["a", "b"],
        ["b", "c"],
      ],
      { groups: { a: ga, b: gb, c: gc } },
    );
    return holes(net, "b").brokerage;
  };

  it.each([
    ["X", "X", "X", { coordinator: 2, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 0 }],
    ["X", "Y", "X", { coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 2, liaison: 0 }],
    ["X", "Y", "Z", { coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 0, liaison: 2 }],
    // Symmetric ties: a→b→c is representative, c→b→a gatekeeper.
    ["X", "X", "Y", { coordinator: 0, gatekeeper: 1, representative: 1, itinerant: 0, liaison: 0 }],
  ])("groups a=%s b=%s c=%s", (ga, gb, gc, expected) => {
    expect(roleOf(ga, gb, gc)).toEqual(expected);
  });

  it("counts nothing across a closed triangle, and names the dominant role", () => {
    const net = networkFromEdges(
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
      ],
      { groups: { a: "X", b: "X", c: "X" } },
    );
    expect(dominantRole(holes(net, "b").brokerage)).toBeNull();
    expect(dominantRole({ coordinator: 0, gatekeeper: 1, representative: 1, itinerant: 0, liaison: 2 })).toBe(
      "liaison",
    );
  });

  it("leaves out contacts without a known group", () => {
    const net = networkFromEdges(
      [
        ["a", "b"],
        ["b", "c"],
      ],
      { groups: { a: "X", b: "X" } },
    );
    expect(holes(net, "b").brokerage).toEqual({
      coordinator: 0,
      gatekeeper: 0,
      representative: 0,
      itinerant: 0,
      liaison: 0,
    });
  });
});

describe("all measures together", () => {
  it("a hub with 20,000 partners, each also tied to a neighbour: finishes, and agrees with the formulas", () => {
    // The cubic constraint of the previous implementation would need ~10^13 steps here.
    const edges: [string, string][] = [];
    for (let i = 0; i < 20_000; i++) {
      edges.push(["hub", `f${i}`]);
      if (i % 2 === 1) edges.push([`f${i - 1}`, `f${i}`]);
    }
    const net = networkFromEdges(edges);
    const { organizations, network } = computeMeasures(net);
    const hub = organizations.find((o) => o.id === "hub");
    expect(hub?.degree).toBe(20_000);
    // 10,000 closed pairs among the hub's contacts: constraint Σ_j (1/n + 1/n·1/2)², effective size n - 1.
    expect(hub?.constraint).toBeCloseTo(20_000 * (1.5 / 20_000) ** 2, 12);
    expect(hub?.effectiveSize).toBeCloseTo(20_000 - 1, 6);
    expect(network.edgeCount).toBe(30_000);
    // The hub holds 10,000 triangles together: the only cut point, one block per triangle.
    expect(network.articulationPoints).toEqual(["hub"]);
    expect(network.bicomponentCount).toBe(10_000);
  });
});

describe("Herfindahl", () => {
  it("is 1 for one partner, 1/n for n equal partners, null for none", () => {
    expect(herfindahl([3])).toBe(1);
    expect(herfindahl([1, 1, 1, 1])).toBeCloseTo(0.25, 12);
    expect(herfindahl([])).toBeNull();
  });
});
