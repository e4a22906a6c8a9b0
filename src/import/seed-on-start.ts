import type { Database } from "../db/database.js";
import { seedDir } from "../paths.js";
import { formatReport, importDataset } from "./import-dataset.js";

/** Loads the shipped seed dataset when the database holds no organization yet. */
export async function seedIfEmpty(db: Database, log: (line: string) => void): Promise<void> {
  const [row] = await db.read<{ n: number }>("MATCH (o:Organization) RETURN count(o) AS n");
  if ((row?.n ?? 0) > 0) {
    log(`Database already holds ${row?.n} organizations; seed not reloaded (npm run seed reloads it)`);
    return;
  }
  log(formatReport(await importDataset(db, seedDir)));
}
