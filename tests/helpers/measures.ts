import type { Database } from "../../src/db/database.js";

// The properties `npm run analytics -- --write` stores (src/analytics/write-back.ts).
const STORED = [
  "degree",
  "weightedDegree",
  "pageRank",
  "betweenness",
  "closeness",
  "coreNumber",
  "articulationPoint",
  "constraint",
  "effectiveSize",
  "brokerageRole",
  "partnerConcentration",
  "typeConcentration",
  "community",
  "metricsAsOf",
  "metricsEngine",
];

/** Leaves the shared database as the seed made it, after a test stored measures on its nodes. */
export async function clearStoredMeasures(db: Database): Promise<void> {
  await db.write(`MATCH (o:Organization) REMOVE ${STORED.map((p) => `o.${p}`).join(", ")}`);
}
