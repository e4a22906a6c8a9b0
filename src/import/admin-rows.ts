import { INTEGER_PROPERTIES } from "./dataset-spec.js";
import type { NodeRecord, Properties, PropertyValue, RelationshipRecord } from "./validate.js";

/**
 * How a validated record becomes a row of a neo4j-admin input file (the --bulk path): the one
 * conversion, used on the main thread and in validation workers.
 */

export type AdminType = "string" | "long" | "double" | "boolean" | "string[]";

export function typeOf(value: PropertyValue | null, column: string): AdminType | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return "string[]";
  if (typeof value === "number") return INTEGER_PROPERTIES.has(column) ? "long" : "double";
  if (typeof value === "boolean") return "boolean";
  return "string";
}

function cell(value: PropertyValue | null | undefined): string {
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.join("|") : String(value);
}

/** The input file a record goes to: one per label set, one per (from label, type, to label). */
export type AdminTarget =
  | { kind: "node"; key: string; labels: string[]; fixed: string[]; columns: string[] }
  | { kind: "relationship"; key: string; type: string; fixed: string[]; columns: string[] };

export function nodeTarget(
  record: NodeRecord,
): AdminTarget & { cells: string[]; values: (PropertyValue | null)[] } {
  return {
    kind: "node",
    key: record.labels.join(":"),
    labels: record.labels,
    fixed: ["id:ID(Node)"],
    columns: Object.keys(record.properties),
    cells: [record.id],
    values: Object.values(record.properties),
  };
}

export function relationshipTarget(
  record: RelationshipRecord,
): AdminTarget & { cells: string[]; values: (PropertyValue | null)[] } {
  return {
    kind: "relationship",
    key: `${record.fromLabel}-[${record.type}]->${record.toLabel}`,
    type: record.type,
    fixed: [":START_ID(Node)", ":END_ID(Node)"],
    columns: [...Object.keys(record.identity), ...Object.keys(record.properties)],
    cells: [record.from, record.to],
    values: [...Object.values(record.identity), ...Object.values(record.properties)],
  };
}

export interface AdminRow {
  cells: string[];
  /** Each column's type as this row shows it (undefined where the value is empty). */
  types: (AdminType | undefined)[];
}

export function adminRow(
  fixedCells: string[],
  values: (PropertyValue | null)[],
  columns: string[],
  runId: string,
): AdminRow {
  return {
    cells: [...fixedCells, ...values.map(cell), runId],
    types: values.map((v, i) => typeOf(v ?? null, columns[i] as string)),
  };
}

/** A column's type is the first one its values show. */
export function mergeTypes(into: (AdminType | undefined)[], from: (AdminType | undefined)[]): void {
  for (let i = 0; i < into.length; i++) into[i] ??= from[i];
}

const NEEDS_QUOTES = /[",\n\r]/;

/**
 * Rows as CSV text, exactly as csv-stringify writes them with its defaults (a cell is quoted when it
 * holds a comma, a quote or a line break, and its quotes are doubled; every row ends with `\n`; a
 * unit test compares the two). csv-stringify's general machinery cost 3.7 µs a row, more than
 * validating the row: it was most of --bulk's conversion at 1M.
 */
export function csvText(rows: string[][]): string {
  let text = "";
  for (const cells of rows) {
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (i > 0) text += ",";
      text += NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    }
    text += "\n";
  }
  return text;
}

/** A worker's rows for one input file, already CSV text. */
export interface ConvertedPart {
  target: AdminTarget;
  types: (AdminType | undefined)[];
  rows: number;
  text: string;
}

interface PiecePart {
  target: AdminTarget;
  types: (AdminType | undefined)[];
  /** Columns whose type no row has shown yet (while > 0, each row's types are looked at). */
  untyped: number;
  rows: number;
  text: string;
}

/** A cell as csvText writes it. */
function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Converts a piece's records, grouped by input file in the order the files were first met. The
 * same rows and types as adminRow + csvText (a unit test compares them), written straight to each
 * file's text: a worker converts a million rows a second here, so no per-row arrays or targets.
 */
export class PieceConverter {
  private readonly parts = new Map<string, PiecePart>();
  private readonly runCell: string;

  constructor(runId: string) {
    this.runCell = csvCell(runId);
  }

  private part(
    record: NodeRecord | RelationshipRecord,
    kind: "node" | "relationship",
    key: string,
  ): PiecePart {
    let part = this.parts.get(key);
    if (!part) {
      const target =
        kind === "node" ? nodeTarget(record as NodeRecord) : relationshipTarget(record as RelationshipRecord);
      const { cells: _cells, values: _values, ...bare } = target;
      const types = target.columns.map(() => undefined);
      part = { target: bare as AdminTarget, types, untyped: types.length, rows: 0, text: "" };
      this.parts.set(key, part);
    }
    return part;
  }

  private values(part: PiecePart, line: string, values: Properties, column: number): [string, number] {
    for (const key in values) {
      const value = values[key] as PropertyValue | null;
      line += `,${csvCell(cell(value))}`;
      if (part.untyped > 0 && part.types[column] === undefined && value !== null) {
        part.types[column] = typeOf(value, part.target.columns[column] as string);
        part.untyped--;
      }
      column++;
    }
    return [line, column];
  }

  add(record: NodeRecord | RelationshipRecord, kind: "node" | "relationship"): void {
    let line: string;
    let part: PiecePart;
    if (kind === "node") {
      const node = record as NodeRecord;
      part = this.part(record, kind, node.labels.join(":"));
      [line] = this.values(part, csvCell(node.id), node.properties, 0);
    } else {
      const rel = record as RelationshipRecord;
      part = this.part(record, kind, `${rel.fromLabel}-[${rel.type}]->${rel.toLabel}`);
      let column: number;
      [line, column] = this.values(part, `${csvCell(rel.from)},${csvCell(rel.to)}`, rel.identity, 0);
      [line] = this.values(part, line, rel.properties, column);
    }
    part.text += `${line},${this.runCell}\n`;
    part.rows++;
  }

  result(): ConvertedPart[] {
    return [...this.parts.values()].map((p) => ({
      target: p.target,
      types: p.types,
      rows: p.rows,
      text: p.text,
    }));
  }
}
