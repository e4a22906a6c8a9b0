import type { Database } from "../db/database.js";

/** Loads the shipped seed dataset when the database holds no organization yet. */
export async function seedIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  const [row] = await db.read<{ n: number }>("MATCH (o:Organization) RETURN count(o) AS n");
  if ((row?.n ?? 0) > 0) {
    log(`Database already holds ${row?.n} organizations; seed not loaded`);
    return;
  }
  log("Database is empty; the seed importer is not available yet");
}
