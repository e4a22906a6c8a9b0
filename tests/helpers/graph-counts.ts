import type { Database } from "../../src/db/database.js";

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

/** Counts the graph's content; the import ledger's bookkeeping nodes (:ImportRun, :ImportLock) are not content. */
export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts>(
    "CALL () { MATCH (n) WHERE NOT (n:ImportRun OR n:ImportLock) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  if (!row) throw new Error("count query returned nothing");
  return row;
}
