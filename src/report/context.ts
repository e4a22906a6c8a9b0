import type { UndirectedGraph } from "graphology";
import { type Analysis, analyze, type Snapshot, yearlySnapshots } from "../analytics/analyze.js";
import { loadNetwork } from "../analytics/load-network.js";
import { toGraphology } from "../analytics/network.js";
import { loadQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";

export type Row = Record<string, unknown>;
type Organization = Analysis["organizations"][number];

/** What every report section may use, computed once per report. */
export interface ReportContext {
  db: Database;
  analysis: Analysis;
  /** The alliance network as a graphology graph (organizations and one edge per allied pair). */
  graph: UndirectedGraph;
  snapshots: Snapshot[];
  /** id -> display name of every organization. */
  names: Record<string, string>;
  /** The paper's sample firms, best-allied first. */
  sample: Organization[];
  /** Sorted names of an organization's alliance partners. */
  partnersOf(id: string): string[];
  /** Runs a query of the library (cypher/queries/<name>.cypher). */
  query<T = Row>(name: string, params?: Record<string, unknown>): Promise<T[]>;
}

export async function reportContext(db: Database): Promise<ReportContext> {
  const analysis = await analyze(db);
  const graph = toGraphology(await loadNetwork(db));
  const snapshots = await yearlySnapshots(db);
  const names = Object.fromEntries(analysis.organizations.map((o) => [o.id, o.name]));
  const sample = analysis.organizations
    .filter((o) => o.studySample)
    .sort((a, b) => b.weightedDegree - a.weightedDegree || a.name.localeCompare(b.name));
  return {
    db,
    analysis,
    graph,
    snapshots,
    names,
    sample,
    partnersOf: (id) =>
      graph
        .neighbors(id)
        .map((n) => names[n] ?? n)
        .sort(),
    query: async <T = Row>(name: string, params: Record<string, unknown> = {}) =>
      (await runQuery(db, loadQuery(name), params)) as T[],
  };
}
