import { MEASURE_PROVENANCE, STORED_MEASURES } from "../../src/analytics/write-back.js";
import type { Database } from "../../src/db/database.js";

/** Leaves the shared database as the seed made it, after a test stored measures (on its nodes, and network-level ones). */
export async function clearStoredMeasures(db: Database): Promise<void> {
  const properties = [...STORED_MEASURES, ...MEASURE_PROVENANCE].map((p) => `o.${p}`).join(", ");
  await db.write(`MATCH (o:Organization) REMOVE ${properties}`);
  await db.write("MATCH (m:NetworkMetrics) DELETE m");
}
