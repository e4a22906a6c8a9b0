import type { Database } from "../../src/db/database.js";

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts>(
    "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships",
  );
  if (!row) throw new Error("count query returned nothing");
  return row;
}
