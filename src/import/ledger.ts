import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import neo4j, { type Integer, Neo4jError } from "neo4j-driver";
import type { Database, StatementRunner } from "../db/database.js";
import { ImportInProgressError, NotFoundError } from "../errors/app-errors.js";
import { fromNeo4jError } from "../errors/neo4j-errors.js";
import { isProcessAlive } from "../os/process-alive.js";

/**
 * The import ledger, kept in the graph as one (:ImportRun) node per run. A run writes in many
 * transactions; each one also moves the run's checkpoint and counts, in the same transaction, so
 * the ledger always says exactly what is in the graph. What a run creates carries its mark in
 * `importRun`, which is how it is rolled back: the run's small integer `mark` for online runs
 * that have one, its id for older runs and for --bulk runs.
 */
export type RunStatus = "running" | "complete" | "failed" | "rolled-back";
export type RunMethod = "online" | "bulk";

export interface ItemCount {
  rows: number;
  created: number;
}

export interface ImportRun {
  id: string;
  dir: string;
  fingerprint: string;
  method: RunMethod;
  status: RunStatus;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  /** All of the dataset's nodes were absent when the run began: its nodes are created, not merged. */
  fresh: boolean;
  /** Checkpoint: steps before `step` are written, and rows up to `line` of step `step`. */
  step: number;
  line: number;
  rowsWritten: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Per node label set / relationship pattern. */
  counts: Record<string, ItemCount>;
  error: string | null;
  /**
   * The value this run's nodes and relationships carry in `importRun`: a per-database sequence
   * number (1, 2, …), so the mark is one 8-byte property block on every row instead of a
   * 23-character string that fills a whole property record (at 1M organizations: a property
   * store 0.70× the size, and less server CPU). Runs without one (older, or --bulk) mark with `id`.
   */
  mark?: number | null;
  /** The importer writing this run (runs recorded before the lock existed have neither). */
  host?: string;
  pid?: number;
}

/** The property that marks what a run created. */
export const RUN_PROPERTY = "importRun";

/** What a run's rows carry in `importRun` (see ImportRun.mark). */
export function runMark(run: Pick<ImportRun, "id" | "mark">): string | Integer {
  return typeof run.mark === "number" ? neo4j.int(run.mark) : run.id;
}

function newRunId(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${stamp}-${randomBytes(3).toString("hex")}`;
}

type StoredRun = Omit<ImportRun, "counts"> & { counts: string };

function fromStored(stored: StoredRun): ImportRun {
  return { ...stored, counts: JSON.parse(stored.counts || "{}") as Record<string, ItemCount> };
}

const RETURN_RUN = "RETURN r {.*} AS run";

export async function findRun(db: Database, id: string): Promise<ImportRun | undefined> {
  const [row] = await db.read<{ run: StoredRun }>(`MATCH (r:ImportRun {id: $id}) ${RETURN_RUN}`, { id });
  return row ? fromStored(row.run) : undefined;
}

export async function listRuns(db: Database, limit = 50): Promise<ImportRun[]> {
  const rows = await db.read<{ run: StoredRun }>(
    `MATCH (r:ImportRun) WITH r ORDER BY r.startedAt DESC LIMIT $limit ${RETURN_RUN}`,
    { limit: neo4j.int(limit) },
  );
  return rows.map((row) => fromStored(row.run));
}

/** Runs that began and neither completed nor were rolled back: the graph may hold part of them. */
export async function unfinishedRuns(db: Database): Promise<ImportRun[]> {
  const rows = await db.read<{ run: StoredRun }>(
    `MATCH (r:ImportRun) WHERE r.status IN ['running', 'failed'] WITH r ORDER BY r.startedAt DESC ${RETURN_RUN}`,
  );
  return rows.map((row) => fromStored(row.run));
}

/** The unfinished run of the same data (same files, same bytes), which a new run resumes. */
export async function resumableRun(
  db: Database,
  fingerprint: string,
  method: RunMethod,
): Promise<ImportRun | undefined> {
  const rows = await db.read<{ run: StoredRun }>(
    `MATCH (r:ImportRun {fingerprint: $fingerprint, method: $method}) WHERE r.status IN ['running', 'failed']
     WITH r ORDER BY r.startedAt DESC LIMIT 1 ${RETURN_RUN}`,
    { fingerprint, method },
  );
  return rows[0] ? fromStored(rows[0].run) : undefined;
}

/** A run whose importer shows no sign of life for this long (on another machine) is taken as dead. */
export const IMPORT_STALE_MS = 120_000;

const here = { host: hostname(), pid: process.pid };

/**
 * Claims the database for this importer, in the transaction that starts or resumes its run: the
 * lock node serializes concurrent claims, and a 'running' run of a live importer (same machine:
 * its pid exists; elsewhere: progress within IMPORT_STALE_MS) refuses the claim. An importer killed
 * mid-run leaves its run 'running'; it counts as dead, so re-running resumes it at once.
 */
async function claim<T>(db: Database, work: (tx: StatementRunner) => Promise<T>): Promise<T> {
  return db.run("WRITE", async (tx) => {
    await tx.run("MERGE (l:ImportLock {id: 'import'}) SET l.claimedAt = $now", {
      now: new Date().toISOString(),
    });
    const running = await tx.run<{ run: StoredRun }>(`MATCH (r:ImportRun {status: 'running'}) ${RETURN_RUN}`);
    for (const record of running.records) {
      const other = fromStored(record.get("run"));
      const sameMachine = other.host === here.host;
      const alive = sameMachine
        ? other.pid !== undefined && other.pid !== here.pid && isProcessAlive(other.pid)
        : Date.now() - Date.parse(other.updatedAt) < IMPORT_STALE_MS;
      if (alive)
        throw new ImportInProgressError(
          `Another import is writing to this database: run ${other.id} (${other.dir}), pid ${other.pid ?? "?"} on ${other.host ?? "an unknown host"}, last progress ${other.updatedAt}. Wait for it to finish, or stop it and run this again (an interrupted run resumes).`,
        );
    }
    return work(tx);
  });
}

export async function beginRun(
  db: Database,
  run: { dir: string; fingerprint: string; method: RunMethod; fresh: boolean },
): Promise<ImportRun> {
  const now = new Date().toISOString();
  const row = await claim(db, async (tx) => {
    // The claim above serializes importers, so the next mark is free (never reused: rolled-back runs keep theirs).
    const result = await tx.run<{ run: StoredRun }>(
      `OPTIONAL MATCH (other:ImportRun) WITH coalesce(max(other.mark), 0) + 1 AS mark
       CREATE (r:ImportRun {id: $id, mark: mark, dir: $dir, fingerprint: $fingerprint, method: $method, status: 'running',
         startedAt: $now, updatedAt: $now, finishedAt: null, fresh: $fresh, step: 0, line: 0, rowsWritten: 0,
         nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, counts: '{}', error: null,
         host: $host, pid: $pid})
       ${RETURN_RUN}`,
      { id: newRunId(), now, ...run, ...here },
    );
    return result.records[0]?.get("run");
  });
  if (!row) throw new Error("Creating the import run returned nothing");
  return fromStored(row);
}

export async function markResumed(db: Database, id: string): Promise<void> {
  await claim(db, (tx) =>
    tx.run(
      "MATCH (r:ImportRun {id: $id}) SET r.status = 'running', r.error = null, r.updatedAt = $now, r.host = $host, r.pid = $pid",
      { id, now: new Date().toISOString(), ...here },
    ),
  );
}

/** Moves the checkpoint and counts inside the transaction that wrote the rows. */
export async function checkpoint(tx: StatementRunner, run: ImportRun): Promise<void> {
  await tx.run(
    `MATCH (r:ImportRun {id: $id})
     SET r.step = $step, r.line = $line, r.rowsWritten = $rowsWritten, r.nodesCreated = $nodesCreated,
         r.relationshipsCreated = $relationshipsCreated, r.propertiesSet = $propertiesSet,
         r.counts = $counts, r.updatedAt = $now`,
    {
      id: run.id,
      step: run.step,
      line: run.line,
      rowsWritten: run.rowsWritten,
      nodesCreated: run.nodesCreated,
      relationshipsCreated: run.relationshipsCreated,
      propertiesSet: run.propertiesSet,
      counts: JSON.stringify(run.counts),
      now: new Date().toISOString(),
    },
  );
}

export async function finishRun(
  db: Database,
  id: string,
  status: "complete" | "failed",
  error?: string,
): Promise<void> {
  const now = new Date().toISOString();
  await db.write(
    "MATCH (r:ImportRun {id: $id}) SET r.status = $status, r.error = $error, r.updatedAt = $now, r.finishedAt = $finishedAt",
    { id, status, error: error ?? null, now, finishedAt: status === "complete" ? now : null },
  );
}

/**
 * Deletes what a run created (nodes and relationships marked with its id), a batch per
 * transaction, then marks it rolled back. Properties it changed on older nodes stay changed.
 */
export async function rollbackRun(
  db: Database,
  id: string,
  labels: readonly string[],
  relationshipTypes: readonly string[],
  batchSize = 10_000,
): Promise<{ nodesDeleted: number; relationshipsDeleted: number }> {
  const run = await findRun(db, id);
  if (!run) throw new NotFoundError(`No import run '${id}' (see npm run import -- --status)`);
  const mark = runMark(run);
  let relationshipsDeleted = 0;
  let nodesDeleted = 0;
  const session = db.driver.session({ database: db.name });
  const identifier = /^[A-Za-z][A-Za-z0-9_]*$/;
  if (![...labels, ...relationshipTypes].every((name) => identifier.test(name)))
    throw new Error("Refusing an unsafe label or relationship type");
  try {
    // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction.
    for (const type of relationshipTypes) {
      const result = await session.run(
        `MATCH ()-[r:${type}]->() WHERE r.${RUN_PROPERTY} = $mark
         CALL (r) { DELETE r } IN TRANSACTIONS OF $batch ROWS`,
        { mark, batch: neo4j.int(batchSize) },
      );
      relationshipsDeleted += result.summary.counters.updates().relationshipsDeleted;
    }
    for (const label of [...labels, "Source"]) {
      const result = await session.run(
        `MATCH (n:${label}) WHERE n.${RUN_PROPERTY} = $mark
         CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF $batch ROWS`,
        { mark, batch: neo4j.int(batchSize) },
      );
      const updates = result.summary.counters.updates();
      nodesDeleted += updates.nodesDeleted;
      relationshipsDeleted += updates.relationshipsDeleted;
    }
  } catch (error) {
    throw error instanceof Neo4jError ? fromNeo4jError(error) : error;
  } finally {
    await session.close();
  }
  await db.write(
    "MATCH (r:ImportRun {id: $id}) SET r.status = 'rolled-back', r.updatedAt = $now, r.rolledBackAt = $now",
    { id, now: new Date().toISOString() },
  );
  return { nodesDeleted, relationshipsDeleted };
}
