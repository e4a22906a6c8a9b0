import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Database } from "../../../src/db/database.js";
import { deferrableIndexes, deferrableIndexNames } from "../../../src/db/schema.js";
import { generateEcosystem } from "../../../src/generate/synthetic-ecosystem.js";
import { importDataset, validateOrThrow } from "../../../src/import/import-dataset.js";
import {
  beginRun,
  findRun,
  finishRun,
  listRuns,
  rollbackRun,
  unfinishedRuns,
} from "../../../src/import/ledger.js";
import { RowSpool } from "../../../src/import/spool.js";
import { WRITTEN_LABELS, WRITTEN_TYPES, writeDataset } from "../../../src/import/write.js";
import { startTestServer } from "../../helpers/api-server.js";
import { testDatabase } from "../../helpers/database.js";
import { graphCounts } from "../../helpers/graph-counts.js";
import {
  type DatabaseEnv,
  exitOf,
  graphChecksum,
  rowsWritten,
  spawnImport,
} from "../../helpers/import-runs.js";
import { runCli } from "../../helpers/run-cli.js";
import { type SecondNeo4j, secondNeo4j } from "../../helpers/second-neo4j.js";

// Test data: a synthetic ecosystem (ids 'syn-…', sources 'synthetic:…'), a few thousand rows, so
// the import takes many batches of 200 rows and can be interrupted between and inside them.
const ORGANIZATIONS = 500;
const BATCH = "200";
const PREFIX = "syn-";
const root = mkdtempSync(join(tmpdir(), "ledger-test-"));
const dataset = join(root, "dataset");
const db = testDatabase();
const shared: DatabaseEnv = inject("neo4j");

let clean: { nodes: number; relationships: number; checksum: string };
let totalRows = 0;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs the import CLI and SIGKILLs it once the ledger shows at least `atRows` rows committed. */
async function killImportAfter(env: DatabaseEnv, watch: Database, atRows: number): Promise<void> {
  const child = spawnImport(env, [dataset, "--batch-size", BATCH]);
  const exited = exitOf(child);
  let done = false;
  void exited.then(() => {
    done = true;
  });
  while (!done && (await rowsWritten(watch, dataset).catch(() => 0)) < atRows) await sleep(50);
  child.kill("SIGKILL");
  await exited;
}

/** Per deferrable index, how many nodes or relationships of its label or type the graph holds. */
async function coveredCounts(database: Database): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const index of deferrableIndexes()) {
    // Labels and types come from our own schema files.
    const [row] = await database.read<{ n: number }>(
      index.labels.length
        ? `MATCH (n:${index.labels.join("|")}) RETURN count(n) AS n`
        : `MATCH ()-[r:${index.types.join("|")}]->() RETURN count(r) AS n`,
    );
    counts.set(index.name, Number(row?.n));
  }
  return counts;
}

/** Nodes and relationships whose importRun is this mark, and whether the marks are integers. */
async function marked(database: Database, mark: unknown) {
  const value = typeof mark === "number" ? neo4j.int(mark) : mark;
  const [row] = await database.read<{ nodes: number; relationships: number; integer: boolean }>(
    `CALL () { MATCH (n) WHERE n.importRun = $mark RETURN count(n) AS nodes, collect(DISTINCT valueType(n.importRun)) AS nt }
     CALL () { MATCH ()-[r]->() WHERE r.importRun = $mark RETURN count(r) AS relationships }
     RETURN nodes, relationships, nt = ['INTEGER NOT NULL'] AS integer`,
    { mark: value },
  );
  return row;
}

async function removeSynthetic(database: Database) {
  await database.write(
    "MATCH (n) WHERE n.id STARTS WITH $p OR n.key STARTS WITH 'synthetic:' DETACH DELETE n",
    {
      p: PREFIX,
    },
  );
}

beforeAll(async () => {
  const files = await generateEcosystem(dataset, { organizations: ORGANIZATIONS, seed: 3 });
  totalRows = files.reduce((sum, f) => sum + f.rows, 0);
});

afterAll(async () => {
  await removeSynthetic(db);
  await db.write("MATCH (r:ImportRun) WHERE r.dir = $dir DELETE r", { dir: dataset });
  await db.close();
  rmSync(root, { recursive: true, force: true });
});

describe("import ledger", () => {
  it("records a clean run, lists it with --status, and --rollback removes exactly what it created", {
    timeout: 300_000,
  }, async () => {
    const before = await graphCounts(db);
    const report = await importDataset(db, dataset, { batchSize: Number(BATCH) });
    const run = await findRun(db, report.runId);
    // Every row becomes a node or a relationship (regions.csv also yields PART_OF relationships).
    expect(totalRows).toBeGreaterThan(ORGANIZATIONS * 5);
    expect(run).toMatchObject({
      status: "complete",
      method: "online",
      rowsWritten: report.nodeCount + report.sourceCount + report.relationshipCount,
    });
    expect(run?.nodesCreated).toBe(report.nodeCount + report.sourceCount);
    clean = await graphChecksum(db, PREFIX);
    expect(clean.nodes).toBe(report.nodeCount + report.sourceCount);
    expect(clean.relationships).toBe(report.relationshipCount);
    // What the run created carries its integer mark (not its 23-character id): all of it, nothing else.
    expect(run?.mark).toEqual(expect.any(Number));
    expect(await marked(db, run?.mark)).toEqual({
      nodes: run?.nodesCreated,
      relationships: run?.relationshipsCreated,
      integer: true,
    });

    const status = runCli("import.ts", ["--status"]);
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`${report.runId}\\s+complete`));

    const rollback = runCli("import.ts", ["--rollback", report.runId]);
    expect(rollback.status, rollback.stderr).toBe(0);
    expect(await graphCounts(db)).toEqual(before);
    expect((await findRun(db, report.runId))?.status).toBe("rolled-back");
    expect(runCli("import.ts", ["--rollback", "no-such-run"]).stderr).toMatch(/No import run 'no-such-run'/);
  });

  it("writes the same graph when validation runs in worker threads", { timeout: 300_000 }, async () => {
    const before = await graphCounts(db);
    const report = await importDataset(db, dataset, {
      batchSize: Number(BATCH),
      // Small pieces so that every file but the smallest goes through the workers.
      scan: { workers: 2, parallelFromBytes: 0, pieceBytes: 8192 },
    });
    expect(report.rowsValidatedInWorkers).toBeGreaterThan(totalRows * 0.9);
    const runs = await listRuns(db);
    const first = runs.find((r) => r.dir === dataset && r.status === "rolled-back");
    // Marks are never reused, so a rolled-back run's leftovers (none here) could not be taken for this run's.
    expect((await findRun(db, report.runId))?.mark).toBeGreaterThan(first?.mark ?? Infinity);
    expect(await graphChecksum(db, PREFIX)).toEqual(clean);
    await rollbackRun(db, report.runId, WRITTEN_LABELS, WRITTEN_TYPES);
    expect(await graphCounts(db)).toEqual(before);
  });

  it("a fresh run finds relationship ends by node id and writes the clean run's graph", {
    timeout: 300_000,
  }, async () => {
    // The shared database holds the seed, so an import here is never 'fresh' by itself; none of this
    // dataset's nodes exist now (the tests above rolled theirs back), which is what a fresh run needs.
    const before = await graphCounts(db);
    const spool = new RowSpool();
    try {
      const scan = await validateOrThrow(dataset, undefined, spool);
      const run = await beginRun(db, {
        dir: dataset,
        fingerprint: scan.fingerprint,
        method: "online",
        fresh: true,
      });
      let byNodeIds = 0;
      let byIndex = 0;
      await writeDataset(db, spool, run, {
        batchSize: Number(BATCH),
        nodeIndex: { indexOf: (id) => scan.checker.indexOf(id), size: scan.checker.idTableSize },
        onRelationshipRows: (rows, byIds) => {
          if (byIds) byNodeIds += rows;
          else byIndex += rows;
        },
      });
      await finishRun(db, run.id, "complete");
      expect({ byNodeIds, byIndex }).toEqual({ byNodeIds: clean.relationships, byIndex: 0 });
      expect(await graphChecksum(db, PREFIX)).toEqual(clean);
      await rollbackRun(db, run.id, WRITTEN_LABELS, WRITTEN_TYPES);
      expect(await graphCounts(db)).toEqual(before);
    } finally {
      spool.remove();
    }
  });

  it("a run without a mark (recorded before marks, or --bulk) carries its id and rolls back exactly", {
    timeout: 300_000,
  }, async () => {
    const before = await graphCounts(db);
    const spool = new RowSpool();
    try {
      const scan = await validateOrThrow(dataset, undefined, spool);
      const run = await beginRun(db, {
        dir: dataset,
        fingerprint: scan.fingerprint,
        method: "online",
        fresh: true,
      });
      await db.write("MATCH (r:ImportRun {id: $id}) REMOVE r.mark", { id: run.id });
      const done = await writeDataset(db, spool, { ...run, mark: null }, { batchSize: Number(BATCH) });
      await finishRun(db, run.id, "complete");
      expect(await marked(db, run.id)).toEqual({
        nodes: done.nodesCreated,
        relationships: done.relationshipsCreated,
        integer: false,
      });
      await rollbackRun(db, run.id, WRITTEN_LABELS, WRITTEN_TYPES);
      expect(await graphCounts(db)).toEqual(before);
    } finally {
      spool.remove();
    }
  });

  it("converges after kill -9 at random points: same counts and checksum as the clean run", async () => {
    // Three random points, the last well before the end so the run is still unfinished.
    const points = [0.1, 0.3, 0.5].map((share) =>
      Math.max(1, Math.floor(totalRows * (share + Math.random() * 0.1))),
    );
    console.log(`killing the importer at about ${points.join(", ")} of ${totalRows} rows`);
    for (const at of points) await killImportAfter(shared, db, at);

    // While one importer writes (small batches keep it busy for seconds), a second is refused
    // before it writes anything; then the first is killed too.
    const writer = spawnImport(shared, [dataset, "--batch-size", "20"]);
    const writerExit = exitOf(writer);
    const reached = await rowsWritten(db, dataset);
    while ((await rowsWritten(db, dataset).catch(() => 0)) <= reached) await sleep(20);
    await expect(importDataset(db, dataset, { batchSize: Number(BATCH) })).rejects.toMatchObject({
      code: "IMPORT_IN_PROGRESS",
      message: expect.stringContaining(`pid ${writer.pid}`),
    });
    writer.kill("SIGKILL");
    await writerExit;

    // Until it is resumed, the ledger and /health say an import is unfinished.
    const [unfinished] = (await unfinishedRuns(db)).filter((r) => r.dir === dataset);
    expect(unfinished?.status).toBe("running");
    const server = await startTestServer(db);
    try {
      const health = (await (await fetch(`${server.url}/health`)).json()) as {
        status: string;
        unfinishedImports?: { id: string }[];
      };
      expect(health.status).toBe("ok");
      expect(health.unfinishedImports?.map((r) => r.id)).toContain(unfinished?.id);
    } finally {
      await server.close();
    }

    const resumed = await importDataset(db, dataset, { batchSize: Number(BATCH) });
    expect(resumed.resumed).toBe(true);
    expect(resumed.runId).toBe(unfinished?.id);
    expect(await graphChecksum(db, PREFIX)).toEqual(clean);
    expect((await unfinishedRuns(db)).filter((r) => r.dir === dataset)).toEqual([]);

    // Re-importing the same data creates nothing (a new, complete run).
    const again = await importDataset(db, dataset, { batchSize: Number(BATCH) });
    expect(again.resumed).toBe(false);
    expect([...again.nodes, ...again.relationships].every((c) => c.created === 0)).toBe(true);
    expect(await graphChecksum(db, PREFIX)).toEqual(clean);
    expect((await listRuns(db)).find((r) => r.id === again.runId)?.status).toBe("complete");
    await removeSynthetic(db);
  }, 300_000);
});

describe("import ledger when the database dies mid-import", () => {
  // A second, throw-away local Neo4j (small heap), so killing it disturbs no other test.
  const home = join(root, "second-neo4j");
  let server: SecondNeo4j;
  let target: DatabaseEnv;
  const dbCli = (command: string) => server.dbCli(command);

  beforeAll(async () => {
    server = await secondNeo4j(home);
    dbCli("start");
    target = server.target;
  }, 600_000);

  afterAll(() => {
    dbCli("stop");
  }, 120_000);

  it("resumes after the server is killed (kill -9) and ends with the clean run's graph", async () => {
    expect(clean, "the clean run above sets the reference").toBeDefined();
    const second = new Database({ kind: "remote", ...target, stop: async () => {} });
    try {
      const { applySchema } = await import("../../../src/db/schema.js");
      await applySchema(second);
      // The first load of an empty database defers its read-only indexes (a low threshold here):
      // after the database dies mid-way and the run resumes, they must all be back and online.
      const defer = ["--defer-indexes-from", "0"];
      const child = spawnImport(target, [dataset, "--batch-size", BATCH, ...defer]);
      const exited = exitOf(child);
      let done = false;
      void exited.then(() => {
        done = true;
      });
      while (!done && (await rowsWritten(second, dataset).catch(() => 0)) < totalRows * 0.4) await sleep(50);
      // The read-only indexes are built once what they cover is written: an index that exists
      // mid-run covers rows that are all in the graph already (counted again at the end).
      const during = await second.read<{ name: string }>(
        "SHOW INDEXES YIELD name WHERE name IN $names RETURN name",
        { names: deferrableIndexNames() },
      );
      const countsDuring = await coveredCounts(second);
      expect(
        during.map((i) => i.name),
        "past the node files, the node indexes exist",
      ).toContain("organization_names");
      expect(done, "the import must still run when the database is killed").toBe(false);
      const state = JSON.parse(readFileSync(join(home, "neo4j", "run", "server.json"), "utf8")) as {
        pid: number;
      };
      process.kill(state.pid, "SIGKILL");
      const failed = await exited;
      expect(failed.code).not.toBe(0);

      console.log(`importer exited ${failed.code} after the database was killed; restarting it`);
      dbCli("start");
      const [unfinished] = await unfinishedRuns(second);
      expect(unfinished?.status).toBe("running");
      expect(unfinished?.fresh).toBe(true);
      const resumed = spawnImport(target, [dataset, "--batch-size", BATCH, ...defer]);
      const result = await exitOf(resumed);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/resumed/);
      // The deferred indexes' population shows as a phase of its own, in percent (plain lines here).
      expect(result.output).toMatch(/^build indexes: 100%, [\d.]+ s$/m);
      expect(await graphChecksum(second, PREFIX)).toEqual(clean);
      const indexes = await second.read<{ name: string; state: string }>(
        "SHOW INDEXES YIELD name, state WHERE name IN $names RETURN name, state ORDER BY name",
        { names: deferrableIndexNames() },
      );
      expect(indexes.map((i) => i.name)).toEqual([...deferrableIndexNames()].sort());
      expect(indexes.every((i) => i.state === "ONLINE")).toBe(true);
      const countsAtEnd = await coveredCounts(second);
      for (const { name } of during)
        expect(countsDuring.get(name), `${name} was built before all of its rows were written`).toBe(
          countsAtEnd.get(name),
        );
    } finally {
      await second.close();
    }
  }, 600_000);
});
