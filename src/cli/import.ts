import { resolve } from "node:path";
import { Command, InvalidArgumentError } from "commander";
import { loadConfig } from "../config/env.js";
import { connect } from "../db/connect.js";
import { applySchema } from "../db/schema.js";
import { formatIssue } from "../errors/app-errors.js";
import { bulkLoad, formatBulkReport } from "../import/bulk.js";
import { DEFER_INDEXES_MIN_ROWS, formatReport, importDataset } from "../import/import-dataset.js";
import { type ImportRun, listRuns, rollbackRun } from "../import/ledger.js";
import { scanDataset } from "../import/validate.js";
import { WRITTEN_LABELS, WRITTEN_TYPES } from "../import/write.js";
import { seedDir } from "../paths.js";
import { createRowProgress } from "./row-progress.js";
import { runMain } from "./run-main.js";

const positive = (value: string) => {
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number >= 1");
  return n;
};

const nonNegative = (value: string) => {
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("must be a whole number >= 0");
  return n;
};

const program = new Command("import")
  .description(
    "Validate a dataset directory (seed/ format), then load it into Neo4j in batches under a ledger entry (resumable, idempotent)",
  )
  .argument("[dir]", "dataset directory", seedDir)
  .option("--check", "validate only; do not connect to the database")
  .option("--batch-size <rows>", "rows per transaction", positive, 10_000)
  .option(
    "--defer-indexes-from <rows>",
    "a first load into an empty database of at least this many rows builds the read-only indexes once, at the end",
    nonNegative,
    DEFER_INDEXES_MIN_ROWS,
  )
  .option(
    "--bulk",
    "first load into the project's own, empty, local Neo4j through neo4j-admin (stops and restarts it)",
  )
  .option("--keep-bulk-files", "with --bulk: keep the neo4j-admin input files (benchmarks)")
  .option("--status", "list the import runs recorded in the graph")
  .option("--rollback <run>", "delete what an import run created")
  .showHelpAfterError();

interface Options {
  check?: boolean;
  batchSize: number;
  deferIndexesFrom: number;
  bulk?: boolean;
  keepBulkFiles?: boolean;
  status?: boolean;
  rollback?: string;
}

function formatRun(run: ImportRun): string {
  const finished = run.finishedAt ? `, finished ${run.finishedAt}` : `, last progress ${run.updatedAt}`;
  return `${run.id}  ${run.status.padEnd(11)} ${run.method.padEnd(6)} rows ${run.rowsWritten}, created ${run.nodesCreated} nodes / ${run.relationshipsCreated} relationships; started ${run.startedAt}${finished}  ${run.dir}${run.error ? `\n    error: ${run.error}` : ""}`;
}

runMain(async () => {
  program.parse(process.argv);
  const dir = resolve(program.args[0] ?? seedDir);
  const options = program.opts<Options>();
  const progress = createRowProgress();
  if (options.check) {
    progress.phase("validate");
    const scan = await scanDataset(dir, (n) => progress.increment(n));
    progress.stop();
    if (scan.issueCount > 0) {
      for (const issue of scan.issues) console.error(formatIssue(issue));
      const more = scan.issueCount - scan.issues.length;
      console.error(`${scan.issueCount} problem(s) in ${dir}${more > 0 ? ` (${more} more not listed)` : ""}`);
      return 65;
    }
    console.log(`${dir} is valid: ${scan.nodeCount} nodes, ${scan.relationshipCount} relationships.`);
    return 0;
  }
  if (options.bulk) {
    const report = await bulkLoad(loadConfig(), dir, progress, {
      keepFiles: options.keepBulkFiles,
      log: (line) => console.error(line),
    });
    progress.stop();
    console.log(formatBulkReport(report));
    if (options.keepBulkFiles) console.log(`neo4j-admin input files kept in ${report.filesDir}`);
    return 0;
  }
  const connected = await connect(loadConfig(), { log: (line) => console.log(line) });
  try {
    await applySchema(connected.db);
    if (options.status) {
      const runs = await listRuns(connected.db);
      if (runs.length === 0) console.log("No import runs recorded.");
      for (const run of runs) console.log(formatRun(run));
      return 0;
    }
    if (options.rollback) {
      const done = await rollbackRun(connected.db, options.rollback, WRITTEN_LABELS, WRITTEN_TYPES);
      console.log(
        `Rolled back run ${options.rollback}: deleted ${done.nodesDeleted} nodes and ${done.relationshipsDeleted} relationships.`,
      );
      return 0;
    }
    const report = await importDataset(connected.db, dir, {
      batchSize: options.batchSize,
      deferIndexesFromRows: options.deferIndexesFrom,
      progress,
    });
    progress.stop();
    console.log(formatReport(report));
  } finally {
    progress.stop();
    await connected.release();
  }
  return 0;
});
