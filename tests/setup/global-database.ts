import type { TestProject } from "vitest/node";
import { loadConfig } from "../../src/config/env.js";
import { connect } from "../../src/db/connect.js";
import { applySchema } from "../../src/db/schema.js";
import type { ProviderKind } from "../../src/db/target.js";
import { importDataset } from "../../src/import/import-dataset.js";
import { seedDir } from "../../src/paths.js";

export interface TestDatabase {
  kind: ProviderKind;
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: TestDatabase;
  }
}

/** One database for the whole run, from the application's own provider (NEO4J_URI, Docker, or local JVM). */
export default async function setup(project: TestProject) {
  const connected = await connect(loadConfig(), { log: (line) => console.log(`[test db] ${line}`) });
  await applySchema(connected.db);
  // Every database test reads the seed dataset; tests that write use their own ids and clean up.
  await importDataset(connected.db, seedDir);
  const { kind, uri, username, password, database } = connected.db.target;
  project.provide("neo4j", { kind, uri, username, password, database });
  return async () => {
    await connected.release();
  };
}
