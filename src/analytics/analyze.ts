import { loadQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { loadNetwork } from "./load-network.js";
import { computeMeasures, type Measures, type NetworkMeasures } from "./measures.js";

export interface Scope {
  asOf?: number | null;
  regionId?: string | null;
}

export interface Analysis extends Measures {
  scope: { asOf: number | null; regionId: string | null };
  engine: string;
}

/** Measures of the alliance network in one scope (a year and/or a region, or everything). */
export async function analyze(db: Database, scope: Scope = {}): Promise<Analysis> {
  const network = await loadNetwork(db, scope);
  return {
    scope: { asOf: scope.asOf ?? null, regionId: scope.regionId ?? null },
    engine: "typescript",
    ...computeMeasures(network),
  };
}

export interface Snapshot {
  year: number;
  network: NetworkMeasures;
}

/** The per-network measures for every year a dated fact refers to ("network movie"). */
export async function yearlySnapshots(db: Database, regionId: string | null = null): Promise<Snapshot[]> {
  const years = await runQuery<{ year: number }>(db, loadQuery("data-years"));
  const snapshots: Snapshot[] = [];
  for (const { year } of years) {
    const { network } = await analyze(db, { asOf: year, regionId });
    snapshots.push({ year, network });
  }
  return snapshots;
}
