import { createHash } from "node:crypto";
import type { Database } from "../../src/db/database.js";

/**
 * A checksum of the whole graph (labels and properties of every node, type, ends and properties
 * of every relationship), leaving out the API's audit trail. Equal before and after = nothing changed.
 */
export async function graphChecksum(
  db: Database,
): Promise<{ nodes: number; relationships: number; sha256: string }> {
  const nodes = await db.read<{ row: string }>(
    `MATCH (n) WHERE NOT n:AuditEvent
     WITH n, apoc.convert.toJson([apoc.coll.sort(labels(n)), apoc.map.sortedProperties(properties(n))]) AS row
     RETURN row ORDER BY row`,
  );
  const relationships = await db.read<{ row: string }>(
    `MATCH (a)-[r]->(b) WHERE NOT a:AuditEvent AND NOT b:AuditEvent
     WITH apoc.convert.toJson([coalesce(a.id, a.key), type(r), coalesce(b.id, b.key),
       apoc.map.sortedProperties(properties(r))]) AS row
     RETURN row ORDER BY row`,
  );
  const hash = createHash("sha256");
  for (const { row } of nodes) hash.update(`${row}\n`);
  hash.update("--\n");
  for (const { row } of relationships) hash.update(`${row}\n`);
  return { nodes: nodes.length, relationships: relationships.length, sha256: hash.digest("hex") };
}
