import neo4j from "neo4j-driver";
import type { Database } from "../db/database.js";
import { type CypherQuery, withDefaults } from "./library.js";

/**
 * JavaScript has one number type, and the driver sends every number as a float; Cypher needs
 * integers for LIMIT and range bounds, and years are integers in the graph. Whole numbers therefore
 * go as Neo4j integers (comparisons with floats still work).
 */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}

/** Runs a library query with its defaults filled in, in a read transaction (or a write one, if asked). */
export async function runQuery<T extends Record<string, unknown> = Record<string, unknown>>(
  db: Database,
  query: CypherQuery,
  params: Record<string, unknown> = {},
  mode: "READ" | "WRITE" = "READ",
): Promise<T[]> {
  const full = toCypherValue(withDefaults(query, params)) as Record<string, unknown>;
  return mode === "READ" ? db.read<T>(query.text, full) : db.write<T>(query.text, full);
}
