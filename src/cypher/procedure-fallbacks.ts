import type { Database } from "../db/database.js";

/**
 * Library queries that call one of the project's own procedures (neo4j-local/procedures/), each
 * with the plain-Cypher query that answers the same where the procedure is not installed: the
 * project's local Neo4j loads it like APOC, but Aura and other remote databases cannot load custom
 * procedures.
 */
export const PROCEDURE_QUERIES = [
  { query: "connection-path", procedure: "ecosystem.connectionPath", fallback: "connection-path-fallback" },
] as const;

/** Library query name -> the query to run instead, for the procedures missing from `installed`. */
export type QuerySubstitutes = Readonly<Record<string, string>>;

export function substitutesFor(installed: ReadonlySet<string>): QuerySubstitutes {
  return Object.fromEntries(
    PROCEDURE_QUERIES.filter((q) => !installed.has(q.procedure)).map((q) => [q.query, q.fallback]),
  );
}

/** Asks the database once which of the project's procedures it has (SHOW PROCEDURES). */
export async function querySubstitutes(db: Database): Promise<QuerySubstitutes> {
  const names = PROCEDURE_QUERIES.map((q) => q.procedure);
  const rows = await db.read<{ name: string }>(
    "SHOW PROCEDURES YIELD name WHERE name IN $names RETURN name",
    { names },
  );
  return substitutesFor(new Set(rows.map((row) => row.name)));
}
