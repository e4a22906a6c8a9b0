import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/database.js";
import { generateEcosystem } from "../../../src/generate/synthetic-ecosystem.js";
import { importDataset } from "../../../src/import/import-dataset.js";
import { rollbackRun } from "../../../src/import/ledger.js";
import { WRITTEN_LABELS, WRITTEN_TYPES } from "../../../src/import/write.js";
import { testDatabase } from "../../helpers/database.js";
import { graphChecksum } from "../../helpers/import-runs.js";
import { runCliAsync } from "../../helpers/run-cli.js";
import { type SecondNeo4j, secondNeo4j } from "../../helpers/second-neo4j.js";

// Test data: a small synthetic ecosystem (ids 'syn-…', sources 'synthetic:…') generated here, and
// the many-problems fixture. --bulk stops and restarts its target, so it gets a Neo4j of its own.
const PREFIX = "syn-";
const root = mkdtempSync(join(tmpdir(), "bulk-load-test-"));
const dataset = join(root, "dataset");
const invalid = join(import.meta.dirname, "..", "..", "fixtures", "datasets", "many-problems");
const db = testDatabase();
let server: SecondNeo4j;
let target: Database;
let totalRows = 0;

beforeAll(async () => {
  const files = await generateEcosystem(dataset, { organizations: 300, seed: 11 });
  totalRows = files.reduce((sum, f) => sum + f.rows, 0);
  server = await secondNeo4j(join(root, "neo4j"), "bulk-test-password");
  server.dbCli("start");
  target = server.connect();
}, 600_000);

afterAll(async () => {
  await target?.close();
  server?.dbCli("stop");
  await db.close();
  rmSync(root, { recursive: true, force: true });
}, 120_000);

/** The folder --bulk says it wrote neo4j-admin's input files to. */
function workDir(stderr: string): string {
  const dir = /neo4j-admin input files go to (.+?): /.exec(stderr)?.[1];
  expect(dir, stderr).toBeDefined();
  return dir as string;
}

const count = async (database: Database) =>
  (await database.read<{ n: number }>("MATCH (n) RETURN count(n) AS n"))[0]?.n;

describe("npm run import -- DIR --bulk into an empty local Neo4j", () => {
  it("rejects an invalid dataset with file, line and field before touching the database", async () => {
    const result = await runCliAsync("import.ts", [invalid, "--bulk"], server.env);
    expect(result.status, result.stderr).toBe(65); // DatasetInvalidError: EX_DATAERR
    expect(result.stderr).toMatch(/organizations\.csv, line 5, id: duplicate id/);
    expect(result.stderr).not.toMatch(/neo4j-admin database import full/);
    // Still running, still empty, and no converted files left behind.
    expect(await count(target)).toBe(0);
    expect(existsSync(workDir(result.stderr))).toBe(false);
  });

  it("loads a valid one through neo4j-admin: the online import's graph, a complete ledger run, indexes online", {
    timeout: 400_000,
  }, async () => {
    const result = await runCliAsync("import.ts", [dataset, "--bulk"], server.env, 300_000);
    expect(result.status, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/build indexes: 100%/);
    expect(existsSync(workDir(result.stderr))).toBe(false);
    const loaded = await graphChecksum(target, PREFIX);

    // The reference: the same dataset through the online importer, into the shared test database.
    const online = await importDataset(db, dataset);
    try {
      expect(loaded).toEqual(await graphChecksum(db, PREFIX));
    } finally {
      await rollbackRun(db, online.runId, WRITTEN_LABELS, WRITTEN_TYPES);
    }
    expect(loaded.nodes).toBeGreaterThan(300);

    const runs = await target.read<{ method: string; status: string; rows: number }>(
      "MATCH (r:ImportRun) RETURN r.method AS method, r.status AS status, r.rowsWritten AS rows",
    );
    expect(runs).toEqual([{ method: "bulk", status: "complete", rows: totalRows }]);
    const notOnline = await target.read("SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name");
    expect(notOnline).toEqual([]);
  });
});
