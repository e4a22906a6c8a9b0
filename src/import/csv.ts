import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Parser, parse as parseStream } from "csv-parse";
import { parse } from "csv-parse/sync";
import type { DatasetIssue } from "../errors/app-errors.js";

export interface CsvRow {
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
  cells: Record<string, string>;
}

export interface CsvFile {
  file: string;
  header: string[];
  rows: CsvRow[];
}

const PARSE_OPTIONS = { bom: true, info: true, skip_empty_lines: true, relax_column_count: false } as const;

type ParsedRecord = { record: string[]; info: { lines: number } };

function toRow(header: string[], { record, info }: ParsedRecord): CsvRow {
  const cells: Record<string, string> = {};
  for (let i = 0; i < header.length; i++) cells[header[i] as string] = (record[i] ?? "").trim();
  return { line: info.lines, cells };
}

function csvIssue(file: string, error: unknown): DatasetIssue {
  const err = error as { message?: string; lines?: number };
  return { file, line: err.lines, message: `is not valid CSV: ${err.message ?? String(error)}` };
}

/** Reads one small CSV file whole; a malformed file becomes an issue naming file and line. */
export function readCsv(dir: string, file: string, issues: DatasetIssue[]): CsvFile | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  try {
    const [headerRecord, ...body] = parse(
      readFileSync(path, "utf8"),
      PARSE_OPTIONS,
    ) as unknown as ParsedRecord[];
    if (!headerRecord) {
      issues.push({ file, message: "is empty (a header row is required)" });
      return undefined;
    }
    const header = headerRecord.record.map((h) => h.trim());
    return { file, header, rows: body.map((r) => toRow(header, r)) };
  } catch (error) {
    issues.push(csvIssue(file, error));
    return undefined;
  }
}

export interface CsvStream {
  file: string;
  header: string[];
  /** Rows in file order, a few thousand at a time, so the caller awaits once per chunk, not per row. */
  chunks: AsyncGenerator<CsvRow[]>;
  /** SHA-256 of the bytes read so far; complete once `chunks` is exhausted. */
  digest: () => string;
}

/**
 * Streams one CSV file of a dataset: memory stays at one chunk of rows whatever the file's size.
 * Returns undefined when the file is absent; a malformed header or file becomes an issue.
 */
export async function streamCsv(
  dir: string,
  file: string,
  issues: DatasetIssue[],
  chunkRows = 2000,
): Promise<CsvStream | undefined> {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  const hash = createHash("sha256");
  const input = createReadStream(path);
  input.on("data", (chunk) => hash.update(chunk));
  const parser: Parser = input.pipe(parseStream(PARSE_OPTIONS));
  input.on("error", (error) => parser.destroy(error));
  let failure: unknown;
  let ended = false;
  parser.on("error", (error) => {
    failure = error;
  });
  parser.on("end", () => {
    ended = true;
  });

  // Waits until the parser has a record, has ended or has failed.
  const ready = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        parser.off("readable", done);
        parser.off("end", done);
        parser.off("error", done);
        resolve();
      };
      parser.on("readable", done);
      parser.on("end", done);
      parser.on("error", done);
    });
  const next = async (): Promise<ParsedRecord | null> => {
    for (;;) {
      const record = parser.read() as ParsedRecord | null;
      if (record !== null) return record;
      if (failure || ended || parser.destroyed) return null;
      await ready();
    }
  };

  const first = await next();
  if (failure) {
    issues.push(csvIssue(file, failure));
    return undefined;
  }
  if (!first) {
    issues.push({ file, message: "is empty (a header row is required)" });
    return undefined;
  }
  const header = first.record.map((h) => h.trim());
  async function* chunks(): AsyncGenerator<CsvRow[]> {
    try {
      let chunk: CsvRow[] = [];
      for (;;) {
        // Drain what the parser holds without awaiting, then wait for more.
        let record = parser.read() as ParsedRecord | null;
        while (record !== null) {
          chunk.push(toRow(header, record));
          if (chunk.length >= chunkRows) {
            yield chunk;
            chunk = [];
          }
          record = parser.read() as ParsedRecord | null;
        }
        if (failure) break;
        if (ended || parser.destroyed) break;
        await ready();
      }
      if (chunk.length) yield chunk;
      if (failure) issues.push(csvIssue(file, failure));
    } finally {
      if (!ended) parser.destroy();
    }
  }
  return { file, header, chunks: chunks(), digest: () => hash.copy().digest("hex") };
}
