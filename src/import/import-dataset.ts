import type { Database } from "../db/database.js";
import { dropDeferrableIndexes, type IndexProgress, restoreSchema } from "../db/schema.js";
import { DatasetInvalidError } from "../errors/app-errors.js";
import { earlyIndexHooks, earlyIndexSteps } from "./early-indexes.js";
import { beginRun, finishRun, type ImportRun, markResumed, resumableRun } from "./ledger.js";
import { RowSpool } from "./spool.js";
import { PART_OF, type ScanOptions, type ScanResult, scanDataset } from "./validate.js";
import { DEFAULT_BATCH_SIZE, WRITTEN_LABELS, type WriteStep, writeDataset } from "./write.js";

export interface WriteCount {
  what: string;
  rows: number;
  created: number;
}

export interface ImportReport {
  dir: string;
  runId: string;
  /** This call continued an interrupted run of the same data. */
  resumed: boolean;
  nodeCount: number;
  relationshipCount: number;
  sourceCount: number;
  nodes: WriteCount[];
  relationships: WriteCount[];
  propertiesSet: number;
  /** Rows validated in worker threads (0: validation ran on the calling thread). */
  rowsValidatedInWorkers: number;
}

/** Long work reports its rows here (a progress bar, plain lines, or nothing). */
export interface ImportProgress {
  phase(label: string, total?: number, unit?: "rows" | "%"): void;
  increment(rows: number): void;
}

export interface ImportOptions {
  /** Rows per transaction (default 10,000). */
  batchSize?: number;
  /** A fresh run of at least this many rows builds the read-only indexes at the end (default DEFER_INDEXES_MIN_ROWS). */
  deferIndexesFromRows?: number;
  progress?: ImportProgress;
  /** Validation threads and piece sizes (defaults: see ScanOptions). */
  scan?: ScanOptions;
}

/**
 * A first load at least this large builds the read-only indexes once at the end instead of row by
 * row (see deferrableIndexNames); below it, dropping and rebuilding them costs more than it saves.
 */
export const DEFER_INDEXES_MIN_ROWS = 50_000;

/**
 * Validates the whole dataset, streaming it; throws DatasetInvalidError with every problem found.
 * With a spool, the valid rows are kept there for the writer (the spool is closed on return).
 */
export async function validateOrThrow(
  dir: string,
  progress?: ImportProgress,
  spool?: RowSpool,
  options: ScanOptions = {},
): Promise<ScanResult> {
  progress?.phase("validate");
  const scan = await scanDataset(dir, (n) => progress?.increment(n), undefined, spool, options);
  await spool?.close();
  if (scan.issueCount > 0) throw new DatasetInvalidError(scan.issues, scan.issueCount);
  return scan;
}

/** True when no node of any kind a dataset writes exists yet: then the run creates instead of merging. */
export async function databaseIsFresh(db: Database): Promise<boolean> {
  const checks = [...WRITTEN_LABELS, "Source"]
    .map((label) => `NOT EXISTS { MATCH (:${label}) }`)
    .join(" AND ");
  const [row] = await db.read<{ fresh: boolean }>(`RETURN ${checks} AS fresh`);
  return row?.fresh === true;
}

/**
 * Rows the write pass writes: every data row of every file, plus the (:Region)-[:PART_OF]->(:Country)
 * relationship that a region row's `country` column gives (written as a row of its own).
 */
export function rowsToWrite(scan: ScanResult): number {
  return [...scan.rowCounts.values()].reduce((a, b) => a + b, 0) + scan.checker.partOfCount;
}

/** Rows a write step writes (PART_OF's come from regions.csv's country column). */
export function rowsOfStep(scan: ScanResult): (step: WriteStep) => number {
  return (step) =>
    step.kind === "relationship" && step.spec === PART_OF
      ? scan.checker.partOfCount
      : (scan.rowCounts.get(step.file) ?? 0);
}

export function reportOf(dir: string, scan: ScanResult, run: ImportRun, resumed: boolean): ImportReport {
  const entries = Object.entries(run.counts).map(([what, c]) => ({ what, ...c }));
  return {
    dir,
    runId: run.id,
    resumed,
    nodeCount: scan.nodeCount,
    relationshipCount: scan.relationshipCount,
    sourceCount: scan.checker.sources.size,
    nodes: entries.filter((c) => !c.what.includes("-[")),
    relationships: entries.filter((c) => c.what.includes("-[")),
    propertiesSet: run.propertiesSet,
    rowsValidatedInWorkers: scan.rowsInWorkers,
  };
}

/**
 * The one way into the graph for a dataset directory (CLI, server start-up, connectors, tests).
 * Validates everything first (streamed), then writes in batches under a ledger entry: an
 * interrupted run of the same files is resumed from its checkpoint, so re-running converges to the
 * graph an uninterrupted run gives; a re-import of the same data creates nothing.
 */
export async function importDataset(
  db: Database,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const spool = new RowSpool();
  try {
    return await validateAndWrite(db, dir, spool, options);
  } finally {
    spool.remove();
  }
}

async function validateAndWrite(
  db: Database,
  dir: string,
  spool: RowSpool,
  options: ImportOptions,
): Promise<ImportReport> {
  const { progress } = options;
  const scan = await validateOrThrow(dir, progress, spool, options.scan);
  const previous = await resumableRun(db, scan.fingerprint, "online");
  let run: ImportRun;
  if (previous) {
    await markResumed(db, previous.id);
    run = previous;
  } else {
    run = await beginRun(db, {
      dir,
      fingerprint: scan.fingerprint,
      method: "online",
      fresh: await databaseIsFresh(db),
    });
  }
  // A fresh run keeps the id table (~40 bytes a node) to find relationship ends by node id.
  if (!run.fresh) scan.checker.releaseIds();
  const total = rowsToWrite(scan);
  progress?.phase(previous ? `write (resuming run ${run.id})` : "write", total);
  if (previous) progress?.increment(previous.rowsWritten);
  const deferIndexes = run.fresh && total >= (options.deferIndexesFromRows ?? DEFER_INDEXES_MIN_ROWS);
  try {
    // Safe if interrupted: every import and server start applies the schema first, which
    // re-creates whatever index is missing.
    if (deferIndexes) await dropDeferrableIndexes(db);
    const done = await writeDataset(db, spool, run, {
      batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
      onRows: (n) => progress?.increment(n),
      nodeIndex: run.fresh
        ? { indexOf: (id) => scan.checker.indexOf(id), size: scan.checker.idTableSize }
        : undefined,
      beforeStep: deferIndexes ? earlyIndexHooks(db, earlyIndexSteps(rowsOfStep(scan))) : undefined,
    });
    scan.checker.releaseIds();
    if (deferIndexes) {
      await restoreSchema(db, { onProgress: indexProgress(progress) });
    }
    await finishRun(db, run.id, "complete");
    return reportOf(dir, scan, done, previous !== undefined);
  } catch (error) {
    // The database may be what failed; the run then stays 'running' and is resumed next time.
    await finishRun(db, run.id, "failed", error instanceof Error ? error.message : String(error)).catch(
      () => {},
    );
    throw error;
  }
}

/** Shows index population as a "build indexes" phase in percent (SHOW INDEXES' populationPercent). */
export function indexProgress(progress: ImportProgress | undefined): IndexProgress | undefined {
  if (!progress) return undefined;
  progress.phase("build indexes", 100, "%");
  let shown = 0;
  return ({ percent }) => {
    const now = Math.floor(percent);
    if (now > shown) {
      progress.increment(now - shown);
      shown = now;
    }
  };
}

export function formatReport(report: ImportReport): string {
  const created = (list: { created: number }[]) => list.reduce((sum, c) => sum + c.created, 0);
  const total = report.nodeCount + report.sourceCount;
  const lines = [
    `Imported ${report.dir}: ${report.nodeCount} nodes, ${report.relationshipCount} relationships, ${report.sourceCount} sources (run ${report.runId}${report.resumed ? ", resumed" : ""}).`,
    `  created ${created(report.nodes)} nodes (sources included) and ${created(report.relationships)} relationships; ` +
      `${total - created(report.nodes)} nodes and ${report.relationshipCount - created(report.relationships)} relationships already existed and were updated in place.`,
    ...report.nodes.map((c) => `  (:${c.what})  rows ${c.rows}, created ${c.created}`),
    ...report.relationships.map((c) => `  ${c.what}  rows ${c.rows}, created ${c.created}`),
  ];
  return lines.join("\n");
}
