/**
 * Empties the configured database (every node and relationship), in batches: the scale bench's
 * reset between runs when it cannot simply wipe a local store. Never run against data you keep.
 *
 *   npx tsx bench/scale/empty-database.ts   (NEO4J_URI / NEO4J_PASSWORD …)
 */
import { pathToFileURL } from "node:url";
import type { Database } from "../../src/db/database.js";

export async function emptyDatabase(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.name });
  try {
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS");
    await session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 50000 ROWS");
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { loadConfig } = await import("../../src/config/env.js");
  const { connect } = await import("../../src/db/connect.js");
  const connected = await connect(loadConfig());
  try {
    await emptyDatabase(connected.db);
  } finally {
    await connected.release();
  }
}
