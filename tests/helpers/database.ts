import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { Database } from "../../src/db/database.js";

/** A Database on the run's shared server (see tests/setup/global-database.ts). */
export function testDatabase(): Database {
  const { kind, uri, username, password, database } = inject("neo4j");
  return new Database({ kind, uri, username, password, database, stop: async () => {} });
}

/** A prefix that keeps one test's nodes apart from every other test's (and from the seed data). */
export function uniquePrefix(name: string): string {
  return `test-${name}-${randomUUID().slice(0, 8)}`;
}
