import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseQuery } from "../cypher/library.js";
import { toCypherValue } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { cypherDir } from "../paths.js";
import type { OrganizationMeasures } from "./measures.js";

const file = join(cypherDir, "analytics", "write-organization-metrics.cypher");

/** The measures stored on Organization nodes (names as in schema.graphql's organization types). */
export const STORED_MEASURES = [
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
] as const satisfies readonly (keyof OrganizationMeasures)[];

/** Stored with them: the year they describe and the engine that computed them. */
export const MEASURE_PROVENANCE = ["metricsAsOf", "metricsEngine"] as const;

/** The node properties a measure set becomes. */
export function metricProperties(m: OrganizationMeasures): Record<string, unknown> {
  return Object.fromEntries(STORED_MEASURES.map((key) => [key, m[key]]));
}

/** Organizations per write transaction: a million organizations' measures go in 100 batches. */
export const WRITE_BATCH = 10_000;

/**
 * Stores the measures on the Organization nodes, WRITE_BATCH per transaction (a million in one
 * transaction would exceed the server's transaction memory); returns how many were updated. The
 * write is idempotent: an interrupted run is repaired by running it again.
 */
export async function writeMeasures(
  db: Database,
  organizations: OrganizationMeasures[],
  asOf: number | null,
  engine: string,
  onProgress?: (written: number) => void,
): Promise<number> {
  const query = parseQuery(file, readFileSync(file, "utf8"));
  const integers = new Set(["degree", "weightedDegree", "coreNumber", "community"]);
  let written = 0;
  for (let start = 0; start < organizations.length; start += WRITE_BATCH) {
    // Floats stay floats: only the integer-valued measures go as Neo4j integers.
    const rows = organizations.slice(start, start + WRITE_BATCH).map((m) => ({
      id: m.id,
      properties: Object.fromEntries(
        Object.entries(metricProperties(m)).map(([k, v]) => [k, integers.has(k) ? toCypherValue(v) : v]),
      ),
    }));
    await db.write(query.text, { rows, asOf: asOf === null ? null : toCypherValue(asOf), engine });
    written += rows.length;
    onProgress?.(written);
  }
  return written;
}
