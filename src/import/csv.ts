import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

/** Reads one CSV file of a dataset; a malformed file becomes an issue naming file and line. */
export function readCsv(dir: string, file: string, issues: DatasetIssue[]): CsvFile | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  try {
    const records = parse(readFileSync(path, "utf8"), {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: false,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const [headerRecord, ...body] = records;
    if (!headerRecord) {
      issues.push({ file, message: "is empty (a header row is required)" });
      return undefined;
    }
    const header = headerRecord.record.map((h) => h.trim());
    const rows = body.map(({ record, info }) => ({
      line: info.lines,
      cells: Object.fromEntries(header.map((h, i) => [h, (record[i] ?? "").trim()])),
    }));
    return { file, header, rows };
  } catch (error) {
    const err = error as { message?: string; lines?: number };
    issues.push({ file, line: err.lines, message: `is not valid CSV: ${err.message ?? String(error)}` });
    return undefined;
  }
}
