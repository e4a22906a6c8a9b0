import { type AllianceNetwork, nodeCount, tieWeight } from "./network.js";

export const BROKERAGE_ROLES = [
  "coordinator",
  "gatekeeper",
  "representative",
  "itinerant",
  "liaison",
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole, number>;

export interface StructuralHoles {
  /** Burt's constraint per node (NaN for an isolate: undefined). */
  constraint: Float64Array;
  /** Burt's effective size per node (NaN for an isolate). */
  effectiveSize: Float64Array;
  /** Gould–Fernandez counts per node, in the order of BROKERAGE_ROLES (5 per node). */
  brokerage: Float64Array;
}

/**
 * Burt's constraint and effective size and Gould & Fernandez's brokerage counts for every node, in
 * one pass over the triangles of the network.
 *
 * - Constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)² over i's contacts j and q ≠ i, j, with
 *   p_ij = w_ij / Σ_k w_ik (Burt 1992). Low constraint = many structural holes.
 * - Effective size = Σ_j (1 - Σ_q p_iq m_jq), m_jq = w_jq / max_k w_jk; on unweighted ties n - 2t/n.
 * - Brokerage of b: every ordered pair (a, c) of b's contacts with no tie between them is a
 *   brokered path a → b → c, classified by the groups of a, b, c. Alliances are symmetric, so each
 *   unordered pair counts in both directions (as statnet's brokerage() does on symmetric data):
 *   gatekeeper and representative counts are equal. Paths through an organization with no known
 *   group are left out rather than guessed.
 *
 * Only q that are contacts of both i and j contribute to the sums, so each node's work is one walk
 * over its contacts' contact lists (or binary searches into them when they are longer than its
 * own), and the brokerage counts come from group sizes minus the closed pairs. No step is quadratic
 * in a node's degree: a hub with 90,000 partners costs as much as its partners' ties.
 */
export function structuralHoles(net: AllianceNetwork): StructuralHoles {
  const n = nodeCount(net);
  const { offsets, targets, weights, groups } = net;
  const constraint = new Float64Array(n).fill(Number.NaN);
  const effective = new Float64Array(n).fill(Number.NaN);
  const brokerage = new Float64Array(n * 5);
  const strength = new Float64Array(n);
  const maxWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let p = offsets[v] as number; p < (offsets[v + 1] as number); p++) {
      const w = weights[p] as number;
      strength[v] = (strength[v] as number) + w;
      if (w > (maxWeight[v] as number)) maxWeight[v] = w;
    }
  }
  // local[j] = position of j among the current node's contacts, or -1.
  const local = new Int32Array(n).fill(-1);
  const groupCount = new Float64Array(net.groupNames.length);

  for (let i = 0; i < n; i++) {
    const start = offsets[i] as number;
    const end = offsets[i + 1] as number;
    const degree = end - start;
    if (degree === 0) continue;
    const Wi = strength[i] as number;
    const indirect = new Float64Array(degree);
    const redundancy = new Float64Array(degree);
    for (let p = start; p < end; p++) local[targets[p] as number] = p - start;
    const gi = groups[i] as number;
    const role = new Float64Array(5);

    for (let p = start; p < end; p++) {
      const q = targets[p] as number;
      const piq = (weights[p] as number) / Wi;
      const Wq = strength[q] as number;
      const qStart = offsets[q] as number;
      const qEnd = offsets[q + 1] as number;
      const visit = (j: number, wqj: number) => {
        const at = local[j] as number;
        indirect[at] = (indirect[at] as number) + (piq * wqj) / Wq;
        redundancy[at] = (redundancy[at] as number) + (piq * wqj) / (maxWeight[j] as number);
        // (q, j) is a closed ordered pair of i's contacts: not brokered by i.
        if (gi >= 0) closedPair(role, gi, groups[q] as number, groups[j] as number);
      };
      if (qEnd - qStart <= degree) {
        for (let r = qStart; r < qEnd; r++) {
          const j = targets[r] as number;
          if (j !== i && (local[j] as number) >= 0) visit(j, weights[r] as number);
        }
      } else {
        for (let r = start; r < end; r++) {
          const j = targets[r] as number;
          if (j === q) continue;
          const wqj = tieWeight(net, q, j);
          if (wqj > 0) visit(j, wqj);
        }
      }
    }

    let c = 0;
    let size = 0;
    for (let p = start; p < end; p++) {
      const at = p - start;
      c += ((weights[p] as number) / Wi + (indirect[at] as number)) ** 2;
      size += 1 - (redundancy[at] as number);
    }
    constraint[i] = c;
    effective[i] = size;

    if (gi >= 0) {
      // All ordered pairs of contacts with known groups, by the groups' pattern, minus the closed ones.
      let known = 0;
      const seen: number[] = [];
      for (let p = start; p < end; p++) {
        const g = groups[targets[p] as number] as number;
        if (g < 0) continue;
        if (groupCount[g] === 0) seen.push(g);
        groupCount[g] = (groupCount[g] as number) + 1;
        known++;
      }
      const own = groupCount[gi] as number;
      const others = known - own;
      let sameOther = 0;
      let squaresOther = 0;
      for (const g of seen) {
        if (g === gi) continue;
        const k = groupCount[g] as number;
        sameOther += k * (k - 1);
        squaresOther += k * k;
      }
      const counts = [
        own * (own - 1) - (role[0] as number), // coordinator
        own * others - (role[1] as number), // gatekeeper
        own * others - (role[2] as number), // representative
        sameOther - (role[3] as number), // itinerant
        others * others - squaresOther - (role[4] as number), // liaison
      ];
      counts.forEach((v, r) => {
        brokerage[i * 5 + r] = v === 0 ? 0 : v; // no -0 from 0 * (0 - 1)
      });
      for (const g of seen) groupCount[g] = 0;
    }
    for (let p = start; p < end; p++) local[targets[p] as number] = -1;
  }
  return { constraint, effectiveSize: effective, brokerage };
}

/** Counts the closed ordered pair (a, c) around a broker of group gb in the role it would have had. */
function closedPair(role: Float64Array, gb: number, ga: number, gc: number): void {
  if (ga < 0 || gc < 0) return;
  if (ga === gb && gb === gc) role[0] = (role[0] as number) + 1;
  else if (ga === gc) role[3] = (role[3] as number) + 1;
  else if (ga === gb) role[2] = (role[2] as number) + 1;
  else if (gb === gc) role[1] = (role[1] as number) + 1;
  else role[4] = (role[4] as number) + 1;
}

export function brokerageCounts(holes: StructuralHoles, i: number): BrokerageCounts {
  const at = i * 5;
  return {
    coordinator: holes.brokerage[at] as number,
    gatekeeper: holes.brokerage[at + 1] as number,
    representative: holes.brokerage[at + 2] as number,
    itinerant: holes.brokerage[at + 3] as number,
    liaison: holes.brokerage[at + 4] as number,
  };
}

/** The role b plays most often (ties broken in the order of BROKERAGE_ROLES); null when it brokers nothing. */
export function dominantRole(counts: BrokerageCounts): BrokerageRole | null {
  let best: BrokerageRole | null = null;
  for (const role of BROKERAGE_ROLES) {
    if (counts[role] > 0 && (best === null || counts[role] > counts[best])) best = role;
  }
  return best;
}

/** Herfindahl index Σ s² of shares (1 = all in one; 1/n = spread evenly over n); null for no items. */
export function herfindahl(counts: number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  return counts.reduce((sum, c) => sum + (c / total) ** 2, 0);
}
