import type { UndirectedGraph as Graph } from "graphology";
import { tieWeight } from "./network.js";

/** Proportional tie strength p_ij: i's alliances with j over all of i's alliances (Burt 1992). */
function proportional(graph: Graph, i: string, j: string): number {
  const total = graph.neighbors(i).reduce((sum, k) => sum + tieWeight(graph, i, k), 0);
  return total === 0 ? 0 : tieWeight(graph, i, j) / total;
}

/**
 * Burt's constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², over i's contacts j and q ≠ i, j.
 * Low constraint = many structural holes. Undefined (null) for an isolate.
 */
export function burtConstraint(graph: Graph, i: string): number | null {
  const contacts = graph.neighbors(i);
  if (contacts.length === 0) return null;
  let c = 0;
  for (const j of contacts) {
    let indirect = 0;
    for (const q of contacts) {
      if (q === j) continue;
      indirect += proportional(graph, i, q) * proportional(graph, q, j);
    }
    c += (proportional(graph, i, j) + indirect) ** 2;
  }
  return c;
}

/**
 * Burt's effective size: Σ_j (1 - Σ_q p_iq m_jq), m_jq = w_jq / max_k w_jk. On unweighted ties this is
 * n - 2t/n (n contacts, t ties among them). Undefined (null) for an isolate.
 */
export function effectiveSize(graph: Graph, i: string): number | null {
  const contacts = graph.neighbors(i);
  if (contacts.length === 0) return null;
  let size = 0;
  for (const j of contacts) {
    const maxJ = Math.max(...graph.neighbors(j).map((k) => tieWeight(graph, j, k)));
    let redundancy = 0;
    for (const q of contacts) {
      if (q === j) continue;
      redundancy += proportional(graph, i, q) * (maxJ === 0 ? 0 : tieWeight(graph, j, q) / maxJ);
    }
    size += 1 - redundancy;
  }
  return size;
}

export const BROKERAGE_ROLES = [
  "coordinator",
  "gatekeeper",
  "representative",
  "itinerant",
  "liaison",
] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];
export type BrokerageCounts = Record<BrokerageRole, number>;

/**
 * Gould & Fernandez (1989) brokerage of b: every ordered pair (a, c) of b's contacts with no tie
 * between them is a brokered path a → b → c, classified by the groups of a, b, c. Alliances are
 * symmetric, so each unordered pair counts in both directions (as statnet's brokerage() does on
 * symmetric data): gatekeeper and representative counts are therefore equal. Paths through an
 * organization with no known group are left out rather than guessed.
 */
export function brokerage(graph: Graph, b: string, group: (id: string) => string | null): BrokerageCounts {
  const counts: BrokerageCounts = {
    coordinator: 0,
    gatekeeper: 0,
    representative: 0,
    itinerant: 0,
    liaison: 0,
  };
  const gb = group(b);
  if (gb === null) return counts;
  const contacts = graph.neighbors(b);
  for (const a of contacts) {
    for (const c of contacts) {
      if (a === c || graph.hasEdge(a, c)) continue;
      const ga = group(a);
      const gc = group(c);
      if (ga === null || gc === null) continue;
      if (ga === gb && gb === gc) counts.coordinator += 1;
      else if (ga === gc) counts.itinerant += 1;
      else if (ga === gb) counts.representative += 1;
      else if (gb === gc) counts.gatekeeper += 1;
      else counts.liaison += 1;
    }
  }
  return counts;
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
