import { INTEGER_PROPERTIES, type RelationshipFileSpec } from "./dataset-spec.js";
import {
  type NodeRecord,
  PART_OF,
  type Properties,
  type PropertyValue,
  type RelationshipRecord,
  toRelationshipRecord,
} from "./validate.js";

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
      if (i > 0) text += ",";
      text += csvCell(cells[i] as string);
    }
    text += "\n";
  }
  return text;
}

/** A worker's rows for one input file, already CSV bytes (UTF-8; handed over, not copied). */
export interface ConvertedPart {
  target: AdminTarget;
  types: (AdminType | undefined)[];
  rows: number;
  bytes: Uint8Array;
}

interface PiecePart {
  key: string;
  target: AdminTarget;
  types: (AdminType | undefined)[];
  /** Columns whose type no row has shown yet (while > 0, each row's types are looked at). */
  untyped: number;
  rows: number;
  bytes: Buffer;
  length: number;
  /** Rows not yet encoded into `bytes`. */
  pending: string;
  /** Relationship files written by addRelationshipValue: how many of the columns are identity values. */
  identities?: number;
}

const PENDING_CHARS = 32 * 1024;

/** Encodes a part's pending rows into its bytes (UTF-8 takes at most 3 bytes per UTF-16 unit). */
function flush(part: PiecePart): void {
  const text = part.pending;
  if (text === "") return;
  if (part.length + text.length * 3 > part.bytes.length) {
    const size = Math.max(part.bytes.length * 2, part.length + text.length * 3);
    const bigger = Buffer.from(new ArrayBuffer(size));
    part.bytes.copy(bigger, 0, 0, part.length);
    part.bytes = bigger;
  }
  part.length += part.bytes.write(text, part.length);
  part.pending = "";
}

/** A cell as csv-stringify writes it (quoted when it holds a comma, a quote or a line break). */
function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * Converts a piece's records, grouped by input file in the order the files were first met. The
 * same rows and types as adminRow + csvText (a unit test compares them), written straight into
 * each file's bytes: a worker converts about a million rows a second here, so no per-row arrays,
 * targets or long-lived strings (what the garbage collector would copy), and the main thread
 * writes the bytes as they come, without copying or encoding them.
 */
export class PieceConverter {
  private readonly parts = new Map<string, PiecePart>();
  private last: PiecePart | undefined;
  private readonly runCell: string;
  private column = 0;

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
      part = {
        key,
        target: bare as AdminTarget,
        types,
        untyped: types.length,
        rows: 0,
        bytes: Buffer.from(new ArrayBuffer(64 * 1024)),
        length: 0,
        pending: "",
      };
      this.parts.set(key, part);
    }
    this.last = part;
    return part;
  }

  /** The part of a node: most rows go where the one before went, so compare before building a key. */
  private nodePart(node: NodeRecord): PiecePart {
    const last = this.last;
    if (last && last.target.kind === "node") {
      const labels = last.target.labels;
      let same = labels.length === node.labels.length;
      for (let i = 0; same && i < labels.length; i++) same = labels[i] === node.labels[i];
      if (same) return last;
    }
    return this.part(node, "node", node.labels.join(":"));
  }

  private relationshipPart(rel: RelationshipRecord): PiecePart {
    const last = this.last;
    if (last && last.target.kind === "relationship" && last.target.type === rel.type) {
      const fixed = this.lastEnds;
      if (fixed && fixed[0] === rel.fromLabel && fixed[1] === rel.toLabel) return last;
    }
    this.lastEnds = [rel.fromLabel, rel.toLabel];
    return this.part(rel, "relationship", `${rel.fromLabel}-[${rel.type}]->${rel.toLabel}`);
  }

  private lastEnds: [string, string] | undefined;

  private values(part: PiecePart, line: string, values: Properties): string {
    let column = this.column;
    for (const key in values) {
      const value = values[key] as PropertyValue | null;
      line += `,${csvCell(cell(value))}`;
      if (part.untyped > 0 && part.types[column] === undefined && value !== null) {
        part.types[column] = typeOf(value, part.target.columns[column] as string);
        part.untyped--;
      }
      column++;
    }
    this.column = column;
    return line;
  }

  add(record: NodeRecord | RelationshipRecord, kind: "node" | "relationship"): void {
    let line: string;
    let part: PiecePart;
    this.column = 0;
    if (kind === "node") {
      const node = record as NodeRecord;
      part = this.nodePart(node);
      line = this.values(part, csvCell(node.id), node.properties);
    } else {
      const rel = record as RelationshipRecord;
      part = this.relationshipPart(rel);
      line = this.values(part, `${csvCell(rel.from)},${csvCell(rel.to)}`, rel.identity);
      line = this.values(part, line, rel.properties);
    }
    part.pending += `${line},${this.runCell}\n`;
    part.rows++;
    // Encoded a few hundred rows at a time: one native call per row cost more than the row's text.
    if (part.pending.length >= PENDING_CHARS) flush(part);
  }

  /**
   * add(toRelationshipRecord(spec, value, fromLabel, toLabel), "relationship") without the record:
   * the same line, written from the validated value (the --bulk path of a validation worker). The
   * record is made only for the first row of each input file, to name its columns; the rows after
   * it take their values by those names, in that order (a file's rows have the same columns).
   */
  addRelationshipValue(
    spec: RelationshipFileSpec,
    value: Record<string, unknown>,
    fromLabel: string,
    toLabel: string,
  ): void {
    if (spec === PART_OF) {
      this.add(toRelationshipRecord(spec, value, fromLabel, toLabel), "relationship");
      return;
    }
    let part = this.last;
    const ends = this.lastEnds;
    if (
      part?.target.kind !== "relationship" ||
      part.target.type !== spec.type ||
      !ends ||
      ends[0] !== fromLabel ||
      ends[1] !== toLabel
    ) {
      part = this.relationshipPart(toRelationshipRecord(spec, value, fromLabel, toLabel));
      part.identities ??= spec.identity.length;
    }
    let line = `${csvCell(cell(value.from as PropertyValue))},${csvCell(cell(value.to as PropertyValue))}`;
    const columns = part.target.columns;
    const identities = part.identities ?? 0;
    for (let column = 0; column < columns.length; column++) {
      const raw = value[columns[column] as string] as PropertyValue | undefined;
      // As the record holds them: identity values as they are, properties with undefined as null.
      const v = column < identities ? (raw as PropertyValue) : (raw ?? null);
      line += `,${csvCell(cell(v))}`;
      if (part.untyped > 0 && part.types[column] === undefined && v !== null) {
        part.types[column] = typeOf(v, columns[column] as string);
        part.untyped--;
      }
    }
    part.pending += `${line},${this.runCell}\n`;
    part.rows++;
    if (part.pending.length >= PENDING_CHARS) flush(part);
  }

  /** The piece's rows per input file; their buffers can be transferred (see transferList). */
  result(): ConvertedPart[] {
    for (const part of this.parts.values()) flush(part);
    return [...this.parts.values()].map((p) => ({
      target: p.target,
      types: p.types,
      rows: p.rows,
      bytes: new Uint8Array(p.bytes.buffer, 0, p.length),
    }));
  }
}

/** The buffers of converted parts, to hand over to the main thread instead of copying them. */
export function transferList(parts: ConvertedPart[] | undefined): ArrayBuffer[] {
  return (parts ?? []).map((p) => p.bytes.buffer as ArrayBuffer);
}
