import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import {
  EXISTING_NODES_FILE,
  existingNodeRow,
  NODE_FILES,
  RELATIONSHIP_FILES,
  SOURCES_FILE,
  sourceRow,
} from "../import/dataset-spec.js";

export type Cell = string | number | boolean | string[] | null | undefined;
export type Row = Record<string, Cell>;

const specOf = (file: string) =>
  NODE_FILES.find((s) => s.file === file) ?? RELATIONSHIP_FILES.find((s) => s.file === file);

/**
 * Collects a connector's output as a dataset in the seed format (one row per node or relationship,
 * keyed so a fact met twice is written once) and writes it as CSV files, which then go through the
 * same validation and import as `npm run import`.
 */
export class DatasetBuilder {
  private readonly files = new Map<string, Map<string, Row>>();
  private readonly sources = new Map<string, Row>();
  private readonly existing = new Map<string, Row>();

  source(row: { key: string; title: string; citation?: string; url?: string; note?: string }): void {
    if (!this.sources.has(row.key)) this.sources.set(row.key, row);
  }

  /** A node the graph already holds: referenced, never rewritten. */
  existingNode(id: string, label: "Organization" | "Region" | "Country" | "Identifier"): void {
    if (!this.existing.has(id)) this.existing.set(id, { id, label });
  }

  /** Adds a row (first one wins for a key) and returns the stored row so callers can merge into it. */
  row(file: string, key: string, row: Row): Row {
    if (!specOf(file)) throw new Error(`no dataset file ${file}`);
    const rows = this.files.get(file) ?? new Map<string, Row>();
    this.files.set(file, rows);
    const stored = rows.get(key);
    if (stored) return stored;
    rows.set(key, row);
    return row;
  }

  has(file: string, key: string): boolean {
    return this.files.get(file)?.has(key) ?? false;
  }

  rows(file: string): Row[] {
    return [...(this.files.get(file)?.values() ?? [])];
  }

  /** Writes the dataset directory (replacing what a previous run left there). */
  write(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeCsv(dir, SOURCES_FILE, Object.keys(sourceRow.shape), [...this.sources.values()]);
    if (this.existing.size > 0)
      writeCsv(dir, EXISTING_NODES_FILE, Object.keys(existingNodeRow.shape), [...this.existing.values()]);
    // organizations.csv is required by the format, even when every organization already exists.
    if (!this.files.has("organizations.csv")) this.files.set("organizations.csv", new Map());
    for (const [file, rows] of this.files) {
      const spec = specOf(file);
      if (spec) writeCsv(dir, file, Object.keys(spec.row.shape), [...rows.values()]);
    }
  }

  counts(): Record<string, number> {
    return Object.fromEntries([...this.files].map(([file, rows]) => [file, rows.size]));
  }
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("|");
  return String(value);
}

function writeCsv(dir: string, file: string, columns: string[], rows: Row[]): void {
  writeFileSync(join(dir, file), stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]));
}
