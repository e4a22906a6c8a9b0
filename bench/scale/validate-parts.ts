/**
 * `tsx bench/scale/validate-parts.ts DIR [--rounds N]`: what a validation worker spends on the
 * relationship files of `npm run import -- DIR --bulk`, stage by stage, on this thread (no workers,
 * no files written, so the figures move less with the machine's load than validate-convert.ts's):
 *   cut      the pieces cut into cells (csv-chunks.ts);
 *   parse    + the zod-derived row checks (fast-row.ts);
 *   check    + the rest of the row's checks (source, id look-ups, ends' labels, duplicate keys);
 *   convert  + the neo4j-admin lines (admin-rows.ts), i.e. the whole of a worker's --bulk work.
 * Each stage is a pass of its own over the same pieces (held in memory); the figure is the least
 * CPU time of N rounds. Node files are checked first (their ids fill the table), once. To compare
 * two builds, run it from each checkout in turn.
 */
import { resolve } from "node:path";
import { PieceConverter } from "../../src/import/admin-rows.js";
import { readCsv } from "../../src/import/csv.js";
import { type CsvPiece, csvPieces, eachPieceCells, UncuttableCsvError } from "../../src/import/csv-chunks.js";
import {
  NODE_FILES,
  RELATIONSHIP_FILES,
  type RelationshipFileSpec,
  SOURCES_FILE,
} from "../../src/import/dataset-spec.js";
import { DatasetChecker, type RelationshipKeySink } from "../../src/import/validate.js";

const args = process.argv.slice(2);
const dir = resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "");
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 2;

async function piecesOf(file: string): Promise<{ header: string[]; pieces: CsvPiece[] } | undefined> {
  let csv: Awaited<ReturnType<typeof csvPieces>>;
  try {
    csv = await csvPieces(`${dir}/${file}`, 1 << 20);
  } catch (error) {
    if (error instanceof UncuttableCsvError || (error as NodeJS.ErrnoException).code === "ENOENT")
      return undefined;
    throw error;
  }
  const pieces: CsvPiece[] = [];
  for await (const piece of csv.pieces) pieces.push(piece);
  return { header: csv.header, pieces };
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const checker = new DatasetChecker();
const sources = readCsv(dir, SOURCES_FILE, []);
if (sources) {
  checker.beginSources();
  for (const row of sources.rows) checker.sourceRow(row);
}
let started = process.cpuUsage();
for (const spec of NODE_FILES) {
  const csv = await piecesOf(spec.file);
  if (!csv) continue;
  for (const piece of csv.pieces)
    eachPieceCells(piece, csv.header, (row) => {
      const checked = checker.checkNodeRow(spec, row);
      if (checked) checker.registerNode(spec.file, checked.record.id, checked.record.labels, row.line);
    });
}
const nodeSeconds = cpuSeconds(started);

const files: { spec: RelationshipFileSpec; header: string[]; pieces: CsvPiece[] }[] = [];
for (const spec of RELATIONSHIP_FILES) {
  const csv = await piecesOf(spec.file);
  if (csv) files.push({ spec, ...csv });
}
const bytes = files.reduce((n, f) => n + f.pieces.reduce((m, p) => m + p.bytes.length, 0), 0);
// The checks a worker runs, with the node ids shared as a worker gets them.
const worker = new DatasetChecker(checker.shareState());
const keys: RelationshipKeySink = { add() {} };

type Stage = "cut" | "parse" | "check" | "convert";
const stages: Record<Stage, (spec: RelationshipFileSpec, header: string[], piece: CsvPiece) => void> = {
  cut: (_spec, header, piece) => {
    eachPieceCells(piece, header, () => {});
  },
  parse: (spec, header, piece) => {
    eachPieceCells(piece, header, (row) => {
      row.fastParse(spec.row);
    });
  },
  check: (spec, header, piece) => {
    eachPieceCells(piece, header, (row) => {
      worker.relationshipValue(spec, row, keys);
    });
    worker.takeIssues();
  },
  convert: (spec, header, piece) => {
    const converter = new PieceConverter("bench-run");
    eachPieceCells(piece, header, (row) => {
      const value = worker.relationshipValue(spec, row, keys);
      if (value) converter.addRelationshipValue(spec, value, worker.ends.fromLabel, worker.ends.toLabel);
    });
    converter.result();
    worker.takeIssues();
  },
};

const line: string[] = [];
for (const [stage, run] of Object.entries(stages)) {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    started = process.cpuUsage();
    for (const { spec, header, pieces } of files) for (const piece of pieces) run(spec, header, piece);
    best = Math.min(best, cpuSeconds(started));
  }
  line.push(`${stage} ${best.toFixed(2)}`);
}
console.log(
  `validate-parts ${dir}: node files ${nodeSeconds.toFixed(2)} CPU s; relationship files ` +
    `(${(bytes / 2 ** 20).toFixed(0)} MiB), least CPU s of ${rounds} rounds, each stage including the ones before: ${line.join(", ")}`,
);
