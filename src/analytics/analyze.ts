import { loadQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { DatabaseIncompatibleError } from "../errors/app-errors.js";
import { EXACT_PATHS_LIMIT, SAMPLED_SOURCES } from "./centrality.js";
import { type GdsResult, gdsVersion, runGds } from "./gds.js";
import { loadNetwork } from "./load-network.js";
import { computeMeasures, type Measures, type NetworkMeasures, type Progress } from "./measures.js";

export type EnginePreference = "auto" | "gds" | "typescript";

export interface Scope {
  asOf?: number | null;
  regionId?: string | null;
  /** auto: GDS where the server has it, TypeScript otherwise. */
  engine?: EnginePreference;
  /** Progress of the long steps (reading the network, shortest paths). */
  progress?: Progress;
}

export interface Analysis extends Measures {
  scope: { asOf: number | null; regionId: string | null };
  /** "gds-<version>+typescript" or "typescript". */
  engine: string;
  /** Which engine computed what, and why (e.g. that the server has no GDS). */
  engineNote: string;
}

const GDS_MEASURES =
  "degree, PageRank, betweenness, closeness, k-core, Louvain, components, articulation points, bridges";
const SAMPLED_NOTE = `estimated from ${SAMPLED_SOURCES} sampled sources in components above ${EXACT_PATHS_LIMIT} organizations`;
const TS_MEASURES =
  "Burt's constraint and effective size, Gould-Fernandez roles, Herfindahl concentration, bicomponents, density";

/** Puts the GDS results in place of the TypeScript ones for the measures GDS computes. */
function mergeGds(measures: Measures, gds: GdsResult & { pathsComputed: boolean }): Measures {
  const pageRankTotal = [...gds.nodes.values()].reduce((sum, m) => sum + m.pageRank, 0) || 1;
  const organizations = measures.organizations.map((o) => {
    const g = gds.nodes.get(o.id);
    if (!g) return o;
    return {
      ...o,
      degree: g.degree,
      // GDS PageRank scores are not normalized; ours sum to 1 over the network.
      pageRank: g.pageRank / pageRankTotal,
      // Above the exact limit GDS skips them, and the sampled TypeScript estimates stay.
      ...(gds.pathsComputed ? { betweenness: g.betweenness, closeness: g.closeness } : {}),
      coreNumber: g.coreNumber,
      community: g.community,
      articulationPoint: gds.articulationPoints.has(o.id),
    };
  });
  const sizes = new Map<number, number>();
  for (const m of gds.nodes.values()) sizes.set(m.component, (sizes.get(m.component) ?? 0) + 1);
  // A loop, not Math.max(...sizes): a million components would overflow the call's arguments.
  let main = 0;
  for (const size of sizes.values()) if (size > main) main = size;
  return {
    organizations,
    network: {
      ...measures.network,
      componentCount: gds.componentCount,
      mainComponentSize: main,
      mainComponentShare: gds.nodes.size === 0 ? 0 : main / gds.nodes.size,
      articulationPoints: [...gds.articulationPoints].sort(),
      bridges: gds.bridges,
      communityCount: gds.communityCount,
      modularity: gds.modularity,
    },
  };
}

/** Measures of the alliance network in one scope (a year and/or a region, or everything). */
export async function analyze(db: Database, scope: Scope = {}): Promise<Analysis> {
  const asOf = scope.asOf ?? null;
  const regionId = scope.regionId ?? null;
  const preference = scope.engine ?? "auto";
  const progress = scope.progress;
  progress?.phase("Reading the alliance network (organizations)");
  let read = 0;
  const network = await loadNetwork(db, { asOf, regionId }, (loaded) => {
    progress?.increment(loaded - read);
    read = loaded;
  });
  progress?.stop();
  const measures = computeMeasures(network, progress);
  const version = preference === "typescript" ? null : await gdsVersion(db);
  if (preference === "gds" && !version) {
    throw new DatabaseIncompatibleError(
      "--engine gds was asked for, but this Neo4j server has no Graph Data Science (gds.version() is unknown). Install the GDS plugin, or use --engine auto.",
    );
  }
  if (!version) {
    return {
      scope: { asOf, regionId },
      ...measures,
      engine: "typescript",
      engineNote:
        (preference === "typescript"
          ? "All measures computed in TypeScript, as asked."
          : "This Neo4j server has no Graph Data Science: all measures computed in TypeScript (same definitions; see the README).") +
        (measures.network.pathsSampled ? ` Betweenness and closeness ${SAMPLED_NOTE}.` : ""),
    };
  }
  const gds = await runGds(db, version, { asOf, regionId }, EXACT_PATHS_LIMIT);
  const gdsMeasures = gds.pathsComputed ? GDS_MEASURES : GDS_MEASURES.replace("betweenness, closeness, ", "");
  const tsMeasures = gds.pathsComputed
    ? TS_MEASURES
    : `betweenness and closeness (${SAMPLED_NOTE}), ${TS_MEASURES}`;
  return {
    scope: { asOf, regionId },
    ...mergeGds(measures, gds),
    engine: `gds-${version}+typescript`,
    engineNote: `GDS ${version}: ${gdsMeasures}. TypeScript: ${tsMeasures}.`,
  };
}

export interface Snapshot {
  year: number;
  network: NetworkMeasures;
}

/** The per-network measures for every year a dated fact refers to ("network movie"). */
export async function yearlySnapshots(
  db: Database,
  regionId: string | null = null,
  engine: EnginePreference = "auto",
): Promise<Snapshot[]> {
  const years = await runQuery<{ year: number }>(db, loadQuery("data-years"));
  const snapshots: Snapshot[] = [];
  for (const { year } of years) {
    const { network } = await analyze(db, { asOf: year, regionId, engine });
    snapshots.push({ year, network });
  }
  return snapshots;
}
