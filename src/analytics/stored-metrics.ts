import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { cypherDir } from "../paths.js";
import type { Analysis } from "./analyze.js";
import type { OrganizationMeasures } from "./measures.js";

/** Entries kept per ranking (the API's `top` goes up to 50). */
export const STORED_TOP = 50;
/** Cut points (by betweenness) and bridges (by ids) kept; the counts say how many there are. */
export const STORED_STRUCTURE = 200;
/**
 * networkMetrics computes on demand only for scopes of at most this many organizations (a region,
 * or a small graph: the seed has 62, a region of a million-organization ecosystem ~400). Larger
 * scopes are served from `npm run analytics -- --write` results, or refused with
 * METRICS_NOT_COMPUTED.
 */
export const ON_DEMAND_LIMIT = 20_000;

function analyticsQuery(name: string) {
  const file = join(cypherDir, "analytics", `${name}.cypher`);
  return parseQuery(file, readFileSync(file, "utf8"));
}

export function scopeKey(scope: { regionId: string | null; asOf: number | null }): string {
  return `${scope.regionId ?? ""}|${scope.asOf ?? ""}`;
}

export interface RankedIds {
  ids: string[];
  scores: number[];
}

/** The network-level result as networkMetrics serves it: figures, and rankings as ids + scores. */
export interface NetworkSummary {
  engine: string;
  engineNote: string;
  nodeCount: number;
  edgeCount: number;
  allianceCount: number;
  density: number;
  componentCount: number;
  mainComponentShare: number;
  bicomponentCount: number;
  bridgeCount: number;
  articulationPointCount: number;
  communityCount: number;
  modularity: number | null;
  pathsSampled: boolean;
  topByDegree: RankedIds;
  topByPageRank: RankedIds;
  topByBetweenness: RankedIds;
  articulationPoints: RankedIds;
  bridges: [string, string][];
}

function ranked(
  orgs: OrganizationMeasures[],
  score: (o: OrganizationMeasures) => number,
  n: number,
): RankedIds {
  // A bounded selection (not a sort of a million): keep the best n seen so far.
  const best: OrganizationMeasures[] = [];
  const better = (a: OrganizationMeasures, b: OrganizationMeasures) =>
    score(a) > score(b) || (score(a) === score(b) && a.id < b.id);
  for (const o of orgs) {
    if (best.length === n && !better(o, best[n - 1] as OrganizationMeasures)) continue;
    let at = best.length;
    while (at > 0 && better(o, best[at - 1] as OrganizationMeasures)) at--;
    best.splice(at, 0, o);
    if (best.length > n) best.pop();
  }
  return { ids: best.map((o) => o.id), scores: best.map(score) };
}

/** The summary of a full analysis (rankings cut to what the API can ask for). */
export function summarize(analysis: Analysis): NetworkSummary {
  const n = analysis.network;
  const cut = analysis.organizations.filter((o) => o.articulationPoint);
  return {
    engine: analysis.engine,
    engineNote: analysis.engineNote,
    nodeCount: n.nodeCount,
    edgeCount: n.edgeCount,
    allianceCount: n.allianceCount,
    density: n.density,
    componentCount: n.componentCount,
    mainComponentShare: n.mainComponentShare,
    bicomponentCount: n.bicomponentCount,
    bridgeCount: n.bridges.length,
    articulationPointCount: cut.length,
    communityCount: n.communityCount,
    modularity: n.modularity,
    pathsSampled: n.pathsSampled,
    topByDegree: ranked(analysis.organizations, (o) => o.degree, STORED_TOP),
    topByPageRank: ranked(analysis.organizations, (o) => o.pageRank, STORED_TOP),
    topByBetweenness: ranked(analysis.organizations, (o) => o.betweenness, STORED_TOP),
    articulationPoints: ranked(cut, (o) => o.betweenness, STORED_STRUCTURE),
    bridges: n.bridges.slice(0, STORED_STRUCTURE),
  };
}

/** Stores the summary for its scope (replacing an earlier one); returns when it was computed. */
export async function storeNetworkSummary(
  db: Database,
  scope: { regionId: string | null; asOf: number | null },
  s: NetworkSummary,
): Promise<string> {
  const metrics = {
    engine: s.engine,
    engineNote: s.engineNote,
    nodeCount: s.nodeCount,
    edgeCount: s.edgeCount,
    allianceCount: s.allianceCount,
    density: s.density,
    componentCount: s.componentCount,
    mainComponentShare: s.mainComponentShare,
    bicomponentCount: s.bicomponentCount,
    bridgeCount: s.bridgeCount,
    articulationPointCount: s.articulationPointCount,
    communityCount: s.communityCount,
    modularity: s.modularity,
    pathsSampled: s.pathsSampled,
    topByDegreeIds: s.topByDegree.ids,
    topByDegreeScores: s.topByDegree.scores,
    topByPageRankIds: s.topByPageRank.ids,
    topByPageRankScores: s.topByPageRank.scores,
    topByBetweennessIds: s.topByBetweenness.ids,
    topByBetweennessScores: s.topByBetweenness.scores,
    articulationPointIds: s.articulationPoints.ids,
    articulationPointScores: s.articulationPoints.scores,
    bridgeAIds: s.bridges.map(([a]) => a),
    bridgeBIds: s.bridges.map(([, b]) => b),
  };
  const [row] = await runQuery<{ computedAt: string }>(
    db,
    analyticsQuery("write-network-metrics"),
    { key: scopeKey(scope), regionId: scope.regionId, asOf: scope.asOf, metrics },
    "WRITE",
  );
  return row?.computedAt ?? "";
}

/** The stored summary of a scope with the organizations it names, or null when none is stored. */
export async function readNetworkSummary(
  db: Database,
  scope: { regionId: string | null; asOf: number | null },
): Promise<{
  summary: NetworkSummary;
  computedAt: string;
  organizations: Map<string, Record<string, unknown>>;
} | null> {
  const [row] = await runQuery<{
    metrics: Record<string, unknown>;
    computedAt: string;
    organizations: Record<string, unknown>[];
  }>(db, analyticsQuery("read-network-metrics"), { key: scopeKey(scope) });
  if (!row) return null;
  const m = row.metrics;
  const list = (name: string) => (m[name] as unknown[] | null) ?? [];
  const pairs = (ids: string, scores: string): RankedIds => ({
    ids: list(ids) as string[],
    scores: list(scores) as number[],
  });
  const a = list("bridgeAIds") as string[];
  const b = list("bridgeBIds") as string[];
  return {
    computedAt: row.computedAt,
    organizations: new Map(row.organizations.map((o) => [o.id as string, o])),
    summary: {
      engine: m.engine as string,
      engineNote: m.engineNote as string,
      nodeCount: m.nodeCount as number,
      edgeCount: m.edgeCount as number,
      allianceCount: m.allianceCount as number,
      density: m.density as number,
      componentCount: m.componentCount as number,
      mainComponentShare: m.mainComponentShare as number,
      bicomponentCount: m.bicomponentCount as number,
      bridgeCount: m.bridgeCount as number,
      articulationPointCount: m.articulationPointCount as number,
      communityCount: m.communityCount as number,
      modularity: (m.modularity as number | null) ?? null,
      pathsSampled: m.pathsSampled === true,
      topByDegree: pairs("topByDegreeIds", "topByDegreeScores"),
      topByPageRank: pairs("topByPageRankIds", "topByPageRankScores"),
      topByBetweenness: pairs("topByBetweennessIds", "topByBetweennessScores"),
      articulationPoints: pairs("articulationPointIds", "articulationPointScores"),
      bridges: a.map((x, i) => [x, b[i] as string]),
    },
  };
}

/** Organizations in the scope (the whole graph from the count store, or one region). */
export async function scopeSize(db: Database, scope: { regionId: string | null }): Promise<number> {
  const [row] = await runQuery<{ organizations: number }>(db, analyticsQuery("scope-size"), {
    region: scope.regionId,
  });
  return row?.organizations ?? 0;
}
