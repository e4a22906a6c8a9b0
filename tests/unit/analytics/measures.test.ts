import { describe, expect, it } from "vitest";
import {
  brokerage,
  burtConstraint,
  dominantRole,
  effectiveSize,
  herfindahl,
} from "../../../src/analytics/brokerage.js";
import {
  betweennessCentrality,
  closenessCentrality,
  louvainCommunities,
  pageRank,
} from "../../../src/analytics/centrality.js";
import { networkFromEdges } from "../../../src/analytics/network.js";
import { biconnectivity, components, coreNumbers, density } from "../../../src/analytics/structure.js";

// Small graphs with textbook answers.
const star = networkFromEdges([
  ["c", "l1"],
  ["c", "l2"],
  ["c", "l3"],
  ["c", "l4"],
]).graph;
const path = networkFromEdges([
  ["a", "b"],
  ["b", "c"],
  ["c", "d"],
  ["d", "e"],
]).graph;
// Two triangles joined by the bridge c–d.
const bowtie = networkFromEdges([
  ["a", "b"],
  ["b", "c"],
  ["a", "c"],
  ["c", "d"],
  ["d", "e"],
  ["e", "f"],
  ["d", "f"],
]).graph;

describe("centrality", () => {
  it("a star's centre lies on all n(n-1)/2 leaf-to-leaf paths; leaves on none", () => {
    const b = betweennessCentrality(star);
    expect(b.c).toBe(6);
    expect([b.l1, b.l2, b.l3, b.l4]).toEqual([0, 0, 0, 0]);
  });

  it("betweenness on a path a-b-c-d-e", () => {
    expect(betweennessCentrality(path)).toEqual({ a: 0, b: 3, c: 4, d: 3, e: 0 });
  });

  it("closeness on a path: (n-1) / sum of distances", () => {
    const c = closenessCentrality(path);
    expect(c.c).toBeCloseTo(4 / 6, 12);
    expect(c.a).toBeCloseTo(4 / 10, 12);
    expect(c.b).toBeCloseTo(4 / 7, 12);
  });

  it("PageRank sums to 1 and is highest at a star's centre", () => {
    const pr = pageRank(star);
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
  it("articulation points of a path are its interior nodes; every edge is a bridge", () => {
    const { articulationPoints, bridges, bicomponents } = biconnectivity(path);
    expect([...articulationPoints].sort()).toEqual(["b", "c", "d"]);
    expect(bridges).toEqual([
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
      ["d", "e"],
    ]);
    expect(bicomponents).toHaveLength(4);
  });

  it("two triangles joined by a bridge: cut points c and d, one bridge, three blocks", () => {
    const { articulationPoints, bridges, bicomponents } = biconnectivity(bowtie);
    expect([...articulationPoints].sort()).toEqual(["c", "d"]);
    expect(bridges).toEqual([["c", "d"]]);
    expect(bicomponents.map((b) => b.join("")).sort()).toEqual(["abc", "cd", "def"]);
  });

  it("core numbers: triangles are 2-cores, a star is a 1-core", () => {
    expect(Object.fromEntries(coreNumbers(bowtie))).toEqual({ a: 2, b: 2, c: 2, d: 2, e: 2, f: 2 });
    expect(Object.fromEntries(coreNumbers(star))).toEqual({ c: 1, l1: 1, l2: 1, l3: 1, l4: 1 });
  });

  it("components largest first, and density", () => {
    const g = networkFromEdges(
      [
        ["a", "b"],
        ["c", "d"],
        ["d", "e"],
      ],
      { isolated: ["z"] },
    ).graph;
    expect(components(g)).toEqual([["c", "d", "e"], ["a", "b"], ["z"]]);
    expect(density(star)).toBeCloseTo(4 / 10, 12);
  });

  it("Louvain finds the two triangles of the bowtie", () => {
    const { membership, count, modularity } = louvainCommunities(bowtie);
    expect(count).toBe(2);
    expect(membership.a).toBe(membership.c);
    expect(membership.d).toBe(membership.f);
    expect(membership.a).not.toBe(membership.d);
    // Q = Σ_c [L_c/m - (d_c/2m)²] = 2 * (3/7 - (7/14)²) = 5/14.
    expect(modularity).toBeCloseTo(5 / 14, 12);
  });
});

describe("structural holes (Burt)", () => {
  it("a star's centre: constraint 1/n, effective size n", () => {
    expect(burtConstraint(star, "c")).toBeCloseTo(1 / 4, 12);
    expect(effectiveSize(star, "c")).toBeCloseTo(4, 12);
    expect(burtConstraint(star, "l1")).toBeCloseTo(1, 12);
    expect(effectiveSize(star, "l1")).toBeCloseTo(1, 12);
  });

  it("in a triangle each node is constrained by its two tied contacts", () => {
    const triangle = networkFromEdges([
      ["a", "b"],
      ["b", "c"],
      ["a", "c"],
    ]).graph;
    // c_a = 2 * (1/2 + 1/2 * 1/2)² = 1.125; effective size = n - 2t/n = 2 - 2*1/2 = 1.
    expect(burtConstraint(triangle, "a")).toBeCloseTo(1.125, 12);
    expect(effectiveSize(triangle, "a")).toBeCloseTo(1, 12);
  });

  it("is undefined for an isolate", () => {
    const g = networkFromEdges([["a", "b"]], { isolated: ["z"] }).graph;
    expect(burtConstraint(g, "z")).toBeNull();
    expect(effectiveSize(g, "z")).toBeNull();
  });
});

describe("Gould–Fernandez brokerage", () => {
  // b brokers between a and c (no a–c tie); groups decide the role.
  const roleOf = (ga: string, gb: string, gc: string) => {
    const { graph } = networkFromEdges(
      [
        ["a", "b"],
        ["b", "c"],
      ],
      { groups: { a: ga, b: gb, c: gc } },
    );
    const groups: Record<string, string> = { a: ga, b: gb, c: gc };
    return brokerage(graph, "b", (id) => groups[id] ?? null);
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
    const { graph } = networkFromEdges([
      ["a", "b"],
      ["b", "c"],
      ["a", "c"],
    ]);
    expect(dominantRole(brokerage(graph, "b", () => "X"))).toBeNull();
    expect(dominantRole({ coordinator: 0, gatekeeper: 1, representative: 1, itinerant: 0, liaison: 2 })).toBe(
      "liaison",
    );
  });
});

describe("Herfindahl", () => {
  it("is 1 for one partner, 1/n for n equal partners, null for none", () => {
    expect(herfindahl([3])).toBe(1);
    expect(herfindahl([1, 1, 1, 1])).toBeCloseTo(0.25, 12);
    expect(herfindahl([])).toBeNull();
  });
});
