import { once } from "node:events";
import { createWriteStream, type WriteStream, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { AppConfig } from "../config/env.js";
import { connect } from "../db/connect.js";
import { Database } from "../db/database.js";
import { isDockerAvailable } from "../db/docker.js";
import {
  type AdminImportInput,
  AdminLauncher,
  localStoreExists,
  runAdminImport,
} from "../db/local/admin-import.js";
import { prepareLocalHome, readState, startLocalNeo4j, stopLocalNeo4j } from "../db/local/local-server.js";
import { chooseProvider } from "../db/provider.js";
import { applySchema, awaitIndexes } from "../db/schema.js";
import { BadInputError, DatasetInvalidError } from "../errors/app-errors.js";
import {
  type AdminRow,
  type AdminTarget,
  type AdminType,
  adminRow,
  type ConvertedPart,
  csvText,
  mergeTypes,
  nodeTarget,
  relationshipTarget,
} from "./admin-rows.js";
import { chooseBulkWorkDir, releaseBulkWorkDir } from "./bulk-work-dir.js";
import { type ImportProgress, indexProgress } from "./import-dataset.js";
import { type ItemCount, RUN_PROPERTY } from "./ledger.js";
import { workerCount } from "./parallel-validate.js";
import { type NodeRecord, type RecordSink, type RelationshipRecord, scanDataset } from "./validate.js";

/** Refused: --bulk only loads into the project's own local Neo4j, and only an empty one. */
export class BulkRefusedError extends BadInputError {}

/**
 * One neo4j-admin input file: rows go to `<name>.csv`, the header to `<name>-header.csv` once the
 * column types are known. Whole-number columns (INTEGER_PROPERTIES) are `long`, other numbers
 * `double`, as the online import stores them. Rows come one by one (validation on this thread) or
 * as text a worker converted (see admin-rows.ts); they are written in the order they came.
 */
class AdminFile {
  private readonly out: WriteStream;
  private pending: string[][] = [];
  private texts: (string | Uint8Array)[] = [];
  private readonly types: (AdminType | undefined)[];
  rows = 0;

  constructor(
    readonly dir: string,
    readonly name: string,
    private readonly fixed: string[],
    private readonly columns: string[],
  ) {
    this.out = createWriteStream(join(dir, `${name}.csv`));
    this.types = columns.map(() => undefined);
  }

  add(row: AdminRow): void {
    mergeTypes(this.types, row.types);
    this.pending.push(row.cells);
    this.rows++;
  }

  addText(part: ConvertedPart): void {
    this.flushRows();
    mergeTypes(this.types, part.types);
    this.texts.push(part.bytes);
    this.rows += part.rows;
  }

  private flushRows(): void {
    if (this.pending.length === 0) return;
    this.texts.push(csvText(this.pending));
    this.pending = [];
  }

  async drain(): Promise<void> {
    this.flushRows();
    if (this.texts.length === 0) return;
    const texts = this.texts;
    this.texts = [];
    let ok = true;
    for (const text of texts) ok = this.out.write(text) && ok;
    if (!ok) await once(this.out, "drain");
  }

  async close(): Promise<string[]> {
    await this.drain();
    this.out.end();
    await once(this.out, "finish");
    const header = [
      ...this.fixed,
      ...this.columns.map((c, i) => `${c}:${this.types[i] ?? "string"}`),
      RUN_PROPERTY,
    ];
    const headerFile = join(this.dir, `${this.name}-header.csv`);
    writeFileSync(headerFile, stringify([header]));
    return [headerFile, join(this.dir, `${this.name}.csv`)];
  }
}

/** Converts validated records into neo4j-admin input files while validation streams the dataset. */
export class AdminFilesSink implements RecordSink {
  private readonly nodeFiles = new Map<string, { labels: string[]; file: AdminFile }>();
  private readonly relationshipFiles = new Map<string, { type: string; file: AdminFile }>();
  private sources: AdminFile | undefined;
  readonly counts: Record<string, ItemCount> = {};

  constructor(
    private readonly dir: string,
    readonly runId: string,
  ) {}

  private count(what: string, n = 1): void {
    const c = this.counts[what] ?? { rows: 0, created: 0 };
    c.rows += n;
    c.created += n;
    this.counts[what] = c;
  }

  source(value: Record<string, unknown>): void {
    const columns = ["title", "citation", "url", "note"];
    this.sources ??= new AdminFile(this.dir, "sources", ["key:ID(Source)"], columns);
    this.sources.add(
      adminRow(
        [String(value.key)],
        columns.map((c) => (value[c] as string | undefined) ?? null),
        columns,
        this.runId,
      ),
    );
    this.count("Source");
  }

  /**
   * One input file per label set (or relationship ends and type) AND column list: two dataset files
   * can give the same kind of record with different columns (alliances.csv and sourced_alliances.csv
   * are both Organization-[ALLIANCE]->Organization), and a file's rows must all match its header.
   */
  private fileFor(target: AdminTarget): AdminFile {
    const group = `${target.key}(${target.columns.join(",")})`;
    if (target.kind === "node") {
      let entry = this.nodeFiles.get(group);
      if (!entry) {
        const file = new AdminFile(this.dir, `nodes-${this.nodeFiles.size}`, target.fixed, target.columns);
        entry = { labels: target.labels, file };
        this.nodeFiles.set(group, entry);
      }
      return entry.file;
    }
    let entry = this.relationshipFiles.get(group);
    if (!entry) {
      const file = new AdminFile(
        this.dir,
        `relationships-${this.relationshipFiles.size}`,
        target.fixed,
        target.columns,
      );
      entry = { type: target.type, file };
      this.relationshipFiles.set(group, entry);
    }
    return entry.file;
  }

  node(record: NodeRecord): void {
    const target = nodeTarget(record);
    this.fileFor(target).add(adminRow(target.cells, target.values, target.columns, this.runId));
    this.count(target.key);
  }

  relationship(record: RelationshipRecord): void {
    const target = relationshipTarget(record);
    this.fileFor(target).add(adminRow(target.cells, target.values, target.columns, this.runId));
    this.count(target.key);
  }

  /** Rows a validation worker converted (in file order, as their piece came). */
  converted(parts: ConvertedPart[]): void {
    for (const part of parts) {
      this.fileFor(part.target).addText(part);
      this.count(part.target.key, part.rows);
    }
  }

  async drain(): Promise<void> {
    for (const { file } of this.nodeFiles.values()) await file.drain();
    for (const { file } of this.relationshipFiles.values()) await file.drain();
    await this.sources?.drain();
  }

  async close(): Promise<AdminImportInput> {
    const nodes: AdminImportInput["nodes"] = [];
    if (this.sources) nodes.push({ labels: ["Source"], files: await this.sources.close() });
    for (const { labels, file } of this.nodeFiles.values()) nodes.push({ labels, files: await file.close() });
    const relationships: AdminImportInput["relationships"] = [];
    for (const { type, file } of this.relationshipFiles.values())
      relationships.push({ type, files: await file.close() });
    return { nodes, relationships };
  }
}

/**
 * Whether neo4j-admin's early start has a core of its own: its warm-up (a small import, ~6 CPU s)
 * otherwise competes with validation, which already uses every core of a 2-core machine. Measured
 * there at 1M on a quiet machine (session 7): validate + convert took 17.8 s beside the warm-up,
 * against 10.1 s alone, while the warm-up saved ~2 s of neo4j-admin's own time.
 */
export function spareCoreForAdmin(): boolean {
  return availableParallelism() > workerCount(undefined) + 1;
}

export interface BulkOptions {
  /** Keep the neo4j-admin files (the benchmark runs neo4j-admin on them by hand). */
  keepFiles?: boolean;
  log?: (line: string) => void;
  /**
   * Start neo4j-admin's JVM while validating (true), or afterwards, as by hand (false). Default:
   * only when the machine has a core that validation leaves idle (see spareCoreForAdmin).
   */
  earlyAdmin?: boolean;
}

export interface BulkReport {
  runId: string;
  rows: number;
  nodes: number;
  relationships: number;
  filesDir: string;
  seconds: { validateAndConvert: number; adminImport: number; restartAndSchema: number; total: number };
}

function newBulkRunId(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `${stamp}-bulk`;
}

/**
 * `npm run import -- DIR --bulk`: the fast path for a first load into the project's own local
 * Neo4j. Validates the dataset exactly as the online import does, converting it to neo4j-admin's
 * format in the same pass; refuses unless the database is empty; stops the server, runs
 * `neo4j-admin database import full`, starts it again, applies the schema and records the run in
 * the ledger (method 'bulk'), so --status and --rollback treat it like any other run.
 */
export async function bulkLoad(
  config: AppConfig,
  dir: string,
  progress?: ImportProgress,
  options: BulkOptions = {},
): Promise<BulkReport> {
  const log = options.log ?? (() => {});
  const needsDockerProbe = config.neo4j.provider === "auto" && !config.neo4j.uri;
  const provider = chooseProvider(config, needsDockerProbe ? await isDockerAvailable() : false);
  if (provider !== "local") {
    throw new BulkRefusedError(
      `--bulk loads through neo4j-admin into the project's own local Neo4j only, but the target here is the ${provider} provider` +
        `${config.neo4j.uri ? ` (NEO4J_URI=${config.neo4j.uri})` : ""}. Run the import without --bulk: the online import works with any Neo4j, remote or clustered.`,
    );
  }
  const started = performance.now();
  const runId = newBulkRunId();
  const work = chooseBulkWorkDir(runId, dir, config.local.bulkWorkDir);
  const filesDir = work.dir;
  log(`neo4j-admin input files go to ${filesDir}: ${work.why}.`);
  let keep = options.keepFiles ?? false;
  // neo4j-admin's JVM starts now and waits: its start-up overlaps validation, and it imports nothing
  // until it gets its arguments, so a dataset with problems is never loaded.
  const launcher = (options.earlyAdmin ?? spareCoreForAdmin()) ? AdminLauncher.start(config, log) : undefined;
  try {
    // 1. Validation, converting as it goes; nothing touches the database yet.
    progress?.phase("validate + convert for neo4j-admin");
    const sink = new AdminFilesSink(filesDir, runId);
    const scan = await scanDataset(dir, (n) => progress?.increment(n), sink);
    const input = await sink.close();
    writeFileSync(join(filesDir, "manifest.json"), JSON.stringify(input, null, 2));
    if (scan.issueCount > 0) throw new DatasetInvalidError(scan.issues, scan.issueCount);
    const converted = performance.now();

    // 2. Only an empty database: neo4j-admin replaces the whole store.
    const wasRunning = readState() !== undefined;
    // No store yet means empty, without paying for a server start just to ask.
    if (wasRunning || localStoreExists()) {
      const probe = await connect(config, { log });
      try {
        const [row] = await probe.db.read<{ n: number }>("MATCH (n) RETURN count(n) AS n");
        if ((row?.n ?? 0) > 0) {
          throw new BulkRefusedError(
            `--bulk needs an empty database, and the local Neo4j holds ${row?.n} nodes. Import without --bulk (it merges into existing data), or empty it first with \`npm run db:reset -- --yes\`.`,
          );
        }
      } finally {
        await probe.release();
      }
    }
    if (readState()) await stopLocalNeo4j();
    prepareLocalHome(config, log);

    // 3. neo4j-admin on the converted files.
    progress?.phase("neo4j-admin database import full");
    const adminStart = performance.now();
    await runAdminImport(config, input, log, launcher);
    const adminDone = performance.now();

    // 4. Start again (detached if it was running before), schema, ledger entry.
    progress?.phase("start Neo4j, constraints and indexes");
    const target = await startLocalNeo4j(config, { detached: wasRunning, log });
    const db = new Database(target);
    try {
      await applySchema(db);
      // Done means usable: the indexes the API and the online importer seek on are built first.
      await awaitIndexes(db, { onProgress: indexProgress(progress) });
      const rows = [...scan.rowCounts.values()].reduce((a, b) => a + b, 0);
      const nodes = Object.entries(sink.counts)
        .filter(([what]) => !what.includes("-["))
        .reduce((a, [, c]) => a + c.created, 0);
      const relationships = Object.entries(sink.counts)
        .filter(([what]) => what.includes("-["))
        .reduce((a, [, c]) => a + c.created, 0);
      const now = new Date().toISOString();
      await db.write(
        `CREATE (:ImportRun {id: $id, dir: $dir, fingerprint: $fingerprint, method: 'bulk', status: 'complete',
           startedAt: $startedAt, updatedAt: $now, finishedAt: $now, fresh: true, step: 0, line: 0, rowsWritten: $rows,
           nodesCreated: $nodes, relationshipsCreated: $relationships, propertiesSet: 0, counts: $counts, error: null})`,
        {
          id: runId,
          dir,
          fingerprint: scan.fingerprint,
          startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
          now,
          rows,
          nodes,
          relationships,
          counts: JSON.stringify(sink.counts),
        },
      );
      const done = performance.now();
      return {
        runId,
        rows,
        nodes,
        relationships,
        filesDir,
        seconds: {
          validateAndConvert: (converted - started) / 1000,
          adminImport: (adminDone - adminStart) / 1000,
          restartAndSchema: (done - adminDone) / 1000,
          total: (done - started) / 1000,
        },
      };
    } finally {
      await db.close();
      // A server that was running (npm run db:start) keeps running; one started here stops.
      if (!wasRunning) await target.stop();
    }
  } catch (error) {
    keep = false;
    throw error;
  } finally {
    await launcher?.abort();
    releaseBulkWorkDir(filesDir, keep);
  }
}

export function formatBulkReport(report: BulkReport): string {
  const s = report.seconds;
  return [
    `Bulk-loaded run ${report.runId}: ${report.rows} rows, ${report.nodes} nodes and ${report.relationships} relationships created.`,
    `  validate + convert ${s.validateAndConvert.toFixed(1)} s, neo4j-admin ${s.adminImport.toFixed(1)} s, restart + schema ${s.restartAndSchema.toFixed(1)} s; total ${s.total.toFixed(1)} s (${Math.round(report.rows / s.total)} rows/s).`,
  ].join("\n");
}
