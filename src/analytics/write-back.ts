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

/** Stores the measures on the Organization nodes in one transaction; returns how many were updated. */
export async function writeMeasures(
  db: Database,
  organizations: OrganizationMeasures[],
  asOf: number | null,
  engine: string,
): Promise<number> {
  const query = parseQuery(file, readFileSync(file, "utf8"));
  const rows = organizations.map((m) => ({ id: m.id, properties: metricProperties(m) }));
  // Floats stay floats: only the integer-valued measures go as Neo4j integers.
  const params = {
    rows: rows.map((r) => ({
      id: r.id,
      properties: Object.fromEntries(
        Object.entries(r.properties).map(([k, v]) => [
          k,
          ["degree", "weightedDegree", "coreNumber", "community"].includes(k) ? toCypherValue(v) : v,
        ]),
      ),
    })),
    asOf: asOf === null ? null : toCypherValue(asOf),
    engine,
  };
  await db.write(query.text, params);
  return rows.length;
}
