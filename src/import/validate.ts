import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { DatasetIssue } from "../errors/app-errors.js";
import type { ConvertedPart } from "./admin-rows.js";
import { type CsvRow, readCsv, streamCsv } from "./csv.js";
import { CellRow, type CsvPieces, csvPieces, UncuttableCsvError } from "./csv-chunks.js";
import {
  EXISTING_NODES_FILE,
  existingNodeRow,
  NODE_FILES,
  type NodeFileSpec,
  RELATIONSHIP_FILES,
  type RelationshipFileSpec,
  SOURCES_FILE,
  sourceRow,
} from "./dataset-spec.js";
import { fastParse } from "./fast-row.js";
import { doubled } from "./grow.js";
import { CompactIdTable, type SharedIdTable } from "./id-table.js";
import type { PieceKeys } from "./parallel-protocol.js";
import {
  checkFileInParallel,
  hasCarriageReturn,
  ParallelFallback,
  ValidationPool,
  workerCount,
} from "./parallel-validate.js";
import type { RowSpool } from "./spool.js";

/** A checker's cross-row state, as a validation worker receives it. */
export interface SharedCheckerState {
  ids: SharedIdTable;
  labelSets: string[][];
  files: string[];
  unusable: string[];
  sourceKeys: string[];
  sourcesRead: boolean;
}

export type PropertyValue = string | number | boolean | string[];
export type Properties = Record<string, PropertyValue | null>;

export interface NodeRecord {
  labels: string[];
  id: string;
  properties: Properties;
}

export interface RelationshipRecord {
  type: string;
  fromLabel: string;
  from: string;
  toLabel: string;
  to: string;
  identity: Properties;
  properties: Properties;
}

export interface Dataset {
  sources: Map<string, Record<string, string | undefined>>;
  nodes: NodeRecord[];
  relationships: RelationshipRecord[];
}

/** Regions name their country in a column; the importer writes that as (:Region)-[:PART_OF]->(:Country). */
export const PART_OF: RelationshipFileSpec = {
  kind: "relationship",
  file: "regions.csv",
  type: "PART_OF",
  from: ["Region"],
  to: ["Country"],
  identity: [],
  row: NODE_FILES.find((s) => s.file === "regions.csv")?.row as z.ZodObject,
};

/** Past this many, problems are counted but not kept (a broken million-row file must not exhaust memory). */
export const MAX_ISSUES = 1000;

/** Drops undefined (unknown) values and keeps the rest as properties; null removes a property on re-import. */
function toProperties(value: Record<string, unknown>, omit: readonly string[]): Properties {
  const properties: Properties = {};
  for (const key in value) {
    if (omit.includes(key)) continue;
    const v = value[key];
    properties[key] = v === undefined ? null : (v as PropertyValue);
  }
  return properties;
}

const NODE_OMIT: Record<string, readonly string[]> = {
  "organizations.csv": ["id", "kind"],
  "regions.csv": ["id", "country"],
};

export function nodeLabels(spec: NodeFileSpec, value: Record<string, unknown>): string[] {
  return spec.file === "organizations.csv" ? [...spec.labels, value.kind as string] : [...spec.labels];
}

/** The node a validated row describes (the same conversion for validation and writing). */
export function toNodeRecord(spec: NodeFileSpec, value: Record<string, unknown>): NodeRecord {
  return {
    labels: nodeLabels(spec, value),
    id: value.id as string,
    properties: toProperties(value, NODE_OMIT[spec.file] ?? ["id"]),
  };
}

const RELATIONSHIP_OMIT = new WeakMap<RelationshipFileSpec, readonly string[]>();

/** The columns of a relationship row that are not its properties (computed once per file spec). */
function relationshipOmit(spec: RelationshipFileSpec): readonly string[] {
  let omit = RELATIONSHIP_OMIT.get(spec);
  if (!omit) {
    omit = ["from", "to", ...spec.identity];
    RELATIONSHIP_OMIT.set(spec, omit);
  }
  return omit;
}

export function toRelationshipRecord(
  spec: RelationshipFileSpec,
  value: Record<string, unknown>,
  fromLabel: string,
  toLabel: string,
): RelationshipRecord {
  const identity: Properties = {};
  for (const k of spec.identity) identity[k] = value[k] as PropertyValue;
  const from = value.from as string;
  const to = (spec === PART_OF ? value.country : value.to) as string;
  const properties = spec === PART_OF ? {} : toProperties(value, relationshipOmit(spec));
  return {
    type: spec.type,
    fromLabel,
    from: spec === PART_OF ? (value.id as string) : from,
    toLabel,
    to,
    identity,
    properties,
  };
}

// Duplicate relationships are found without keeping the rows: each row becomes one exact number
// (from index, to index, identity) in a typed array, sorted at the end of the file. 12 bytes a row.
const NODE_BITS = 2 ** 24;
const IDENTITY_SLOTS = 32;

/** Where relationshipRow puts each row's (from, to, identity) key for the duplicate check. */
export interface RelationshipKeySink {
  add(fromIndex: number, toIndex: number, identity: string, line: number): void;
}

export class RelationshipKeys implements RelationshipKeySink {
  private keys = new Float64Array(1 << 16);
  private lines = new Uint32Array(1 << 16);
  private size = 0;
  private readonly identities = new Map<string, number>();
  /** Exact string keys when the numeric packing cannot hold the dataset (> 16.7M nodes or many identities). */
  private fallback: Map<string, number> | undefined;
  private readonly duplicates: { line: number; firstLine: number }[] = [];

  add(fromIndex: number, toIndex: number, identity: string, line: number): void {
    let slot = this.identities.get(identity);
    if (slot === undefined && this.identities.size < IDENTITY_SLOTS) {
      slot = this.identities.size;
      this.identities.set(identity, slot);
    }
    if (this.fallback || slot === undefined || fromIndex >= NODE_BITS || toIndex >= NODE_BITS) {
      this.fallback ??= this.packedToFallback();
      const key = `${fromIndex}|${toIndex}|${identity}`;
      const first = this.fallback.get(key);
      if (first === undefined) this.fallback.set(key, line);
      else this.duplicates.push({ line, firstLine: first });
      return;
    }
    if (this.size === this.keys.length) {
      this.keys = doubled(this.keys);
      this.lines = doubled(this.lines);
    }
    this.keys[this.size] = (fromIndex * NODE_BITS + toIndex) * IDENTITY_SLOTS + slot;
    this.lines[this.size] = line;
    this.size++;
  }

  /** A worker piece's keys, as add() one by one would take them (the identities are looked up once). */
  addAll(k: PieceKeys): void {
    const slots: number[] = [];
    for (const identity of k.identities) {
      let slot = this.identities.get(identity);
      if (slot === undefined && this.identities.size < IDENTITY_SLOTS) {
        slot = this.identities.size;
        this.identities.set(identity, slot);
      }
      if (slot === undefined) break;
      slots.push(slot);
    }
    if (this.fallback || slots.length < k.identities.length) {
      for (let i = 0; i < k.size; i++)
        this.add(
          k.from[i] as number,
          k.to[i] as number,
          k.identities[k.identity[i] as number] as string,
          k.lines[i] as number,
        );
      return;
    }
    if (this.size + k.size > this.keys.length) {
      let length = this.keys.length * 2;
      while (length < this.size + k.size) length *= 2;
      const keys = new Float64Array(length);
      keys.set(this.keys.subarray(0, this.size));
      this.keys = keys;
      const lines = new Uint32Array(length);
      lines.set(this.lines.subarray(0, this.size));
      this.lines = lines;
    }
    const { from, to, identity, lines } = k;
    for (let i = 0; i < k.size; i++) {
      const fromIndex = from[i] as number;
      const toIndex = to[i] as number;
      if (fromIndex >= NODE_BITS || toIndex >= NODE_BITS) {
        // Past the packing's range: the rest goes through add(), which switches to exact keys.
        for (let j = i; j < k.size; j++)
          this.add(
            from[j] as number,
            to[j] as number,
            k.identities[identity[j] as number] as string,
            lines[j] as number,
          );
        return;
      }
      this.keys[this.size] =
        (fromIndex * NODE_BITS + toIndex) * IDENTITY_SLOTS + (slots[identity[i] as number] as number);
      this.lines[this.size] = lines[i] as number;
      this.size++;
    }
  }

  /**
   * Moves the keys packed so far into the exact map, in the order they came, so that a row repeating
   * one of them after the switch is still caught (and repeats among them are found here).
   */
  private packedToFallback(): Map<string, number> {
    const bySlot = [...this.identities.keys()];
    const fallback = new Map<string, number>();
    for (let i = 0; i < this.size; i++) {
      const packed = this.keys[i] as number;
      const slot = packed % IDENTITY_SLOTS;
      const pair = (packed - slot) / IDENTITY_SLOTS;
      const to = pair % NODE_BITS;
      const key = `${(pair - to) / NODE_BITS}|${to}|${bySlot[slot]}`;
      const line = this.lines[i] as number;
      const first = fallback.get(key);
      if (first === undefined) fallback.set(key, line);
      else this.duplicates.push({ line, firstLine: first });
    }
    this.size = 0;
    return fallback;
  }

  /** Lines that repeat an earlier line's relationship, with that earlier line. */
  finish(): { line: number; firstLine: number }[] {
    const keys = this.keys.subarray(0, this.size);
    const sorted = Float64Array.from(keys).sort();
    const repeated = new Set<number>();
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i] as number);
    const out = [...this.duplicates];
    if (repeated.size === 0) return out;
    const first = new Map<number, number>();
    for (let i = 0; i < this.size; i++) {
      const key = keys[i] as number;
      if (!repeated.has(key)) continue;
      const line = this.lines[i] as number;
      const seen = first.get(key);
      if (seen === undefined) first.set(key, line);
      else out.push({ line, firstLine: seen });
    }
    return out;
  }
}

/**
 * The dataset's rules, applied row by row so the same code validates a small dataset in memory and
 * a million-row one streamed from disk. It keeps only what cross-row checks need: the ids seen
 * (with their labels, file and line) and the source keys.
 */
export class DatasetChecker {
  private stored: DatasetIssue[] = [];
  issueCount = 0;
  readonly sources = new Map<string, Record<string, string | undefined>>();
  private sourcesRead = false;
  /** id -> node index, with each node's label set, file and line (compact, shareable with workers). */
  private ids: CompactIdTable;
  private readonly labelSets: string[][];
  private readonly labelSetIndex = new Map<string, number>();
  private readonly files: string[];
  /** Ids of rows that are themselves invalid or duplicated: references to them are not reported again. */
  private readonly unusable: Set<string>;
  private readonly regionCountries: { line: number; region: string; country: string }[] = [];
  readonly rowCounts = new Map<string, number>();
  /** Regions whose country is a known Country: each becomes a PART_OF relationship. */
  partOfCount = 0;

  /**
   * A fresh checker, or (in a validation worker) one that checks relationship rows against the
   * node ids, label sets, files, unusable ids and source keys another checker collected.
   */
  constructor(shared?: SharedCheckerState) {
    this.ids = new CompactIdTable(shared?.ids);
    this.labelSets = shared ? shared.labelSets : [];
    this.files = shared ? shared.files : [];
    this.unusable = new Set(shared?.unusable);
    if (shared) {
      for (const key of shared.sourceKeys) this.sources.set(key, {});
      this.sourcesRead = shared.sourcesRead;
    }
  }

  /** What a worker needs to check relationship rows (see the constructor); ids are shared, not copied. */
  shareState(): SharedCheckerState {
    return {
      ids: this.ids.share(),
      labelSets: this.labelSets,
      files: this.files,
      unusable: [...this.unusable],
      sourceKeys: [...this.sources.keys()],
      sourcesRead: this.sourcesRead,
    };
  }

  /** The node index of an id (relationship keys are built from these). */
  indexOf(id: string): number | undefined {
    return this.ids.get(id);
  }

  /** One more than the largest node index (indexOf). */
  get idTableSize(): number {
    return this.ids.size;
  }

  get issues(): DatasetIssue[] {
    return sortIssues(this.stored);
  }

  /** Nodes the dataset defines (ids it only refers to, from EXISTING_NODES_FILE, are not counted). */
  get nodeCount(): number {
    if (this.nodeCountAtRelease !== undefined) return this.nodeCountAtRelease;
    return this.ids.size - this.existingCount;
  }

  private existingCount = 0;

  report(issue: DatasetIssue): void {
    this.issueCount++;
    if (this.stored.length < MAX_ISSUES) this.stored.push(issue);
  }

  /** Issues reported elsewhere (a worker) beyond those passed to report(): counted, not kept. */
  countMore(n: number): void {
    this.issueCount += n;
  }

  /** The issues reported since the last call, in the order found (a worker sends them per piece). */
  takeIssues(): { issues: DatasetIssue[]; count: number } {
    const taken = { issues: this.stored, count: this.issueCount };
    this.stored = [];
    this.issueCount = 0;
    return taken;
  }

  /**
   * Frees the id tables (the largest thing validation keeps: ~100 MB at 1,000,000 organizations)
   * once every check is done; the write pass reads resolved records from the spool (a fresh run
   * keeps the table until its write pass ends, to find relationship ends by node id). Counts and
   * sources stay.
   */
  releaseIds(): void {
    this.nodeCountAtRelease = this.nodeCount;
    this.ids = new CompactIdTable();
    this.unusable.clear();
  }

  private nodeCountAtRelease: number | undefined;

  /** Labels of a known node id, or undefined. */
  labelsOf(id: string): string[] | undefined {
    const index = this.ids.get(id);
    return index === undefined ? undefined : this.labelSets[this.ids.labelSetOf(index)];
  }

  checkHeader(file: string, header: string[], schema: z.ZodObject): boolean {
    const known = Object.keys(schema.shape);
    let ok = true;
    for (const column of header) {
      if (!known.includes(column)) {
        this.report({
          file,
          line: 1,
          field: column,
          message: `unknown column (expected: ${known.join(", ")})`,
        });
        ok = false;
      }
    }
    for (const column of known) {
      const optional = schema.shape[column]?.safeParse(undefined).success ?? false;
      if (!optional && !header.includes(column)) {
        this.report({ file, line: 1, field: column, message: "required column is missing" });
        ok = false;
      }
    }
    return ok;
  }

  private parse(file: string, schema: z.ZodObject, row: CsvRow): Record<string, unknown> | undefined {
    this.rowCounts.set(file, (this.rowCounts.get(file) ?? 0) + 1);
    const fast = row instanceof CellRow ? row.fastParse(schema) : fastParse(schema, row.cells);
    if (fast) return fast;
    const result = schema.safeParse(row.cells);
    if (result.success) return result.data as Record<string, unknown>;
    for (const issue of result.error.issues)
      this.report({ file, line: row.line, field: issue.path.join("."), message: issue.message });
    return undefined;
  }

  /** The last source key found known (most rows of a file cite the one before's source). */
  private knownSource: string | undefined;

  private checkSource(file: string, line: number, value: Record<string, unknown>): void {
    const key = value.source as string;
    if (this.knownSource !== undefined && key === this.knownSource) return;
    if (this.sources.has(key)) this.knownSource = key;
    else if (this.sourcesRead) {
      this.report({
        file,
        line,
        field: "source",
        message: `unknown source key '${key}' (not in ${SOURCES_FILE})`,
      });
    }
  }

  /** Once sources.csv is read, every other row's `source` must be one of its keys. */
  beginSources(): void {
    this.sourcesRead = true;
  }

  /** Checks one row of sources.csv; returns its values when valid. */
  sourceRow(row: CsvRow): Record<string, unknown> | undefined {
    const value = this.parse(SOURCES_FILE, sourceRow, row);
    if (!value) return undefined;
    const key = value.key as string;
    if (this.sources.has(key))
      this.report({
        file: SOURCES_FILE,
        line: row.line,
        field: "key",
        message: `duplicate source key '${key}'`,
      });
    this.sources.set(key, value as Record<string, string | undefined>);
    return value;
  }

  /**
   * A node the dataset refers to without defining it (EXISTING_NODES_FILE): it must already be in
   * the graph, so it is a valid relationship end here and the writer's MATCH finds it (or fails).
   */
  existingNodeRow(row: CsvRow): void {
    const value = this.parse(EXISTING_NODES_FILE, existingNodeRow, row);
    if (!value) return;
    const id = value.id as string;
    if (this.ids.has(id)) {
      this.report({
        file: EXISTING_NODES_FILE,
        line: row.line,
        field: "id",
        message: `duplicate id '${id}'`,
      });
      return;
    }
    const labels = [value.label as string];
    const labelKey = labels.join(":");
    let labelSet = this.labelSetIndex.get(labelKey);
    if (labelSet === undefined) {
      labelSet = this.labelSets.length;
      this.labelSets.push(labels);
      this.labelSetIndex.set(labelKey, labelSet);
    }
    let fileIndex = this.files.indexOf(EXISTING_NODES_FILE);
    if (fileIndex < 0) fileIndex = this.files.push(EXISTING_NODES_FILE) - 1;
    this.ids.add(id, labelSet, fileIndex, row.line);
    this.existingCount++;
  }

  /** Checks one node row; returns its record when valid. */
  nodeRow(spec: NodeFileSpec, row: CsvRow): NodeRecord | undefined {
    const checked = this.checkNodeRow(spec, row);
    if (!checked) return undefined;
    const { value, record } = checked;
    if (!this.registerNode(spec.file, record.id, record.labels, row.line)) return undefined;
    if (spec.file === "regions.csv" && typeof value.country === "string")
      this.regionCountries.push({ line: row.line, region: record.id, country: value.country });
    return record;
  }

  /**
   * The checks of a node row that need no other row (a worker runs them): the row's own values
   * and its source. An invalid row's id is remembered as unusable.
   */
  checkNodeRow(
    spec: NodeFileSpec,
    row: CsvRow,
  ): { value: Record<string, unknown>; record: NodeRecord } | undefined {
    const value = this.parse(spec.file, spec.row, row);
    if (!value) {
      if (row.cells.id) this.unusable.add(row.cells.id);
      return undefined;
    }
    this.checkSource(spec.file, row.line, value);
    return { value, record: toNodeRecord(spec, value) };
  }

  /** Ids of invalid rows found since the last call (a worker sends them with its piece). */
  takeUnusable(): string[] {
    const ids = [...this.unusable];
    this.unusable.clear();
    return ids;
  }

  markUnusable(id: string): void {
    this.unusable.add(id);
  }

  /** Adds a checked node's id, or reports it as a duplicate (then returns false). */
  registerNode(file: string, id: string, labels: string[], line: number): boolean {
    return this.registerNodeAt(file, id, 0, id.length, this.labelSetOf(labels), line);
  }

  /** The index of a label set (registerNodeAt takes it), added when new. */
  labelSetOf(labels: string[]): number {
    const labelKey = labels.join(":");
    let labelSet = this.labelSetIndex.get(labelKey);
    if (labelSet === undefined) {
      labelSet = this.labelSets.length;
      this.labelSets.push(labels);
      this.labelSetIndex.set(labelKey, labelSet);
    }
    return labelSet;
  }

  /**
   * registerNode for the id text[from, to) and a label set index (labelSetOf): a worker's piece
   * sends its ids as one string, so that no string per id is made here unless it is a duplicate.
   */
  registerNodeAt(
    file: string,
    text: string,
    from: number,
    to: number,
    labelSet: number,
    line: number,
  ): boolean {
    let fileIndex = this.files.indexOf(file);
    if (fileIndex < 0) fileIndex = this.files.push(file) - 1;
    const index = this.ids.insert(text, from, to, labelSet, fileIndex, line);
    if (index >= 0) return true;
    const previous = -1 - index;
    const id = text.slice(from, to);
    this.report({
      file,
      line,
      field: "id",
      message: `duplicate id '${id}' (already used in ${this.files[this.ids.fileOf(previous)]} line ${this.ids.lineOf(previous)})`,
    });
    this.unusable.add(id);
    return false;
  }

  /** `index` is the id's node index when the caller has looked it up already (see relationshipRow). */
  private endpoint(
    file: string,
    line: number,
    field: "from" | "to",
    id: string,
    allowed: readonly string[],
    index: number | undefined = this.ids.get(id),
  ): string | undefined {
    if (this.unusable.size > 0 && this.unusable.has(id)) return undefined;
    const labels = index === undefined ? undefined : this.labelSets[this.ids.labelSetOf(index)];
    if (!labels) {
      this.report({
        file,
        line,
        field,
        message: `unknown id '${id}' (dangling reference: no node has this id)`,
      });
      return undefined;
    }
    const label = this.allowedLabel(allowed, index as number);
    if (!label) {
      this.report({
        file,
        line,
        field,
        message: `'${id}' is a ${labels.join(":")}, but this column needs a ${allowed.join(" or ")}`,
      });
    }
    return label;
  }

  /** Per column's allowed labels, per label set: the first allowed label the set has (null: none). */
  private readonly allowedLabels = new Map<readonly string[], (string | null | undefined)[]>();

  /** `allowed.find((l) => labels.includes(l))` for the labels of node `index`, remembered per label set. */
  private allowedLabel(allowed: readonly string[], index: number): string | undefined {
    let byLabelSet = this.allowedLabels.get(allowed);
    if (!byLabelSet) {
      byLabelSet = [];
      this.allowedLabels.set(allowed, byLabelSet);
    }
    const labelSet = this.ids.labelSetOf(index);
    let label = byLabelSet[labelSet];
    if (label === undefined) {
      const labels = this.labelSets[labelSet] as string[];
      label = allowed.find((l) => labels.includes(l)) ?? null;
      byLabelSet[labelSet] = label;
    }
    return label ?? undefined;
  }

  /** After all node files: each region's country must be a known Country. */
  finishNodes(onPartOf?: (record: RelationshipRecord, line: number) => void): void {
    for (const { line, region, country } of this.regionCountries) {
      if (!this.endpoint("regions.csv", line, "to", country, ["Country"])) continue;
      this.partOfCount++;
      onPartOf?.(
        {
          type: "PART_OF",
          fromLabel: "Region",
          from: region,
          toLabel: "Country",
          to: country,
          identity: {},
          properties: {},
        },
        line,
      );
    }
    this.regionCountries.length = 0;
  }

  newRelationshipFile(): RelationshipKeys {
    return new RelationshipKeys();
  }

  /** Checks one relationship row; returns its record when valid. */
  relationshipRow(
    spec: RelationshipFileSpec,
    row: CsvRow,
    keys: RelationshipKeySink,
  ): RelationshipRecord | undefined {
    const value = this.relationshipValue(spec, row, keys);
    if (!value) return undefined;
    return toRelationshipRecord(spec, value, this.ends.fromLabel, this.ends.toLabel);
  }

  /** The labels relationshipValue found for the ends of the row it last accepted. */
  readonly ends = { fromLabel: "", toLabel: "" };

  /**
   * relationshipRow without the record: the row's validated value when it is valid (its ends'
   * labels are then in `ends`), for the --bulk conversion to write without a record in between.
   */
  relationshipValue(
    spec: RelationshipFileSpec,
    row: CsvRow,
    keys: RelationshipKeySink,
  ): Record<string, unknown> | undefined {
    const value = this.parse(spec.file, spec.row, row);
    if (!value) return undefined;
    const { line } = row;
    this.checkSource(spec.file, line, value);
    const from = value.from as string;
    const to = value.to as string;
    const fromIndex = this.ids.get(from);
    const toIndex = this.ids.get(to);
    const fromLabel = this.endpoint(spec.file, line, "from", from, spec.from, fromIndex);
    const toLabel = this.endpoint(spec.file, line, "to", to, spec.to, toIndex);
    if (spec.type === "ALLIANCE" && typeof value.since === "number" && typeof value.until === "number") {
      if (value.until < value.since) {
        this.report({
          file: spec.file,
          line,
          field: "until",
          message: `ends (${value.until}) before it starts (${value.since})`,
        });
      }
    }
    if (from === to)
      this.report({ file: spec.file, line, field: "to", message: `'${from}' cannot relate to itself` });
    if (fromIndex !== undefined && toIndex !== undefined) {
      const identity = spec.identity;
      keys.add(
        fromIndex,
        toIndex,
        identity.length === 0
          ? ""
          : identity.length === 1
            ? String(value[identity[0] as string])
            : identity.map((k) => String(value[k])).join("\u0000"),
        line,
      );
    }
    if (!fromLabel || !toLabel || from === to) return undefined;
    this.ends.fromLabel = fromLabel;
    this.ends.toLabel = toLabel;
    return value;
  }

  /** After a relationship file: report rows that repeat an earlier row's relationship. */
  finishRelationshipFile(
    spec: RelationshipFileSpec,
    duplicates: { line: number; firstLine: number }[],
    cellsOf: (line: number) => Record<string, unknown>,
  ): void {
    for (const d of duplicates) {
      this.report({
        file: spec.file,
        line: d.line,
        message: `duplicate ${spec.type} ${describeRelationship(spec, cellsOf(d.line))}, already on line ${d.firstLine}`,
      });
    }
  }
}

export interface ScanResult {
  checker: DatasetChecker;
  issues: DatasetIssue[];
  issueCount: number;
  /** SHA-256 over the files' names and contents: an interrupted run resumes only on the same data. */
  fingerprint: string;
  /** Data rows per file. */
  rowCounts: Map<string, number>;
  nodeCount: number;
  relationshipCount: number;
  /** Rows checked by worker threads (0: the whole scan ran on the calling thread). */
  rowsInWorkers: number;
}

function listFiles(dir: string, checker: DatasetChecker): string[] | undefined {
  let present: string[];
  try {
    present = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  } catch {
    checker.report({ file: dir, message: "is not a readable directory" });
    return undefined;
  }
  const knownFiles = new Set([
    SOURCES_FILE,
    EXISTING_NODES_FILE,
    ...NODE_FILES.map((s) => s.file),
    ...RELATIONSHIP_FILES.map((s) => s.file),
  ]);
  for (const file of present) {
    if (!knownFiles.has(file))
      checker.report({ file, message: `unknown file (expected one of: ${[...knownFiles].join(", ")})` });
  }
  return present;
}

/** Receives every valid record as validation meets it (the bulk path converts files in the same pass). */
export interface RecordSink {
  source(value: Record<string, unknown>): void;
  node(record: NodeRecord): void;
  relationship(record: RelationshipRecord): void;
  /** Awaited after each chunk of rows: backpressure for a sink that writes files. */
  drain(): Promise<void>;
  /**
   * A sink that takes rows validation workers converted themselves (see admin-rows.ts) names the
   * run they are for; without it, validation stays on one thread.
   */
  readonly runId?: string;
  converted?(parts: ConvertedPart[]): void;
}

/** The spool stream of the PART_OF relationships that regions.csv's `country` column gives. */
export const PART_OF_SPOOL = "regions.csv:PART_OF";

/**
 * Validates a dataset directory by streaming every file once: every problem is reported (file,
 * line, field), nothing touches the database, and memory holds the ids, not the rows.
 * With a spool, every valid row is also kept there (sources as values, nodes and relationships as
 * records, under their file's name; PART_OF under PART_OF_SPOOL), so the writer never parses the
 * CSV files again. The caller closes the spool.
 */
export async function scanDataset(
  dir: string,
  onRows: (n: number) => void = () => {},
  sink?: RecordSink,
  spool?: RowSpool,
  options: ScanOptions = {},
): Promise<ScanResult> {
  const workers = sink && !sink.converted ? 0 : workerCount(options.workers);
  const minBytes = options.parallelFromBytes ?? PARALLEL_FROM_BYTES;
  if (workers === 0 || relationshipBytes(dir) < minBytes) return scan(dir, onRows, sink, spool);
  const pool = new ValidationPool(workers);
  try {
    return await scan(dir, onRows, sink, spool, { pool, pieceBytes: options.pieceBytes ?? PIECE_BYTES });
  } catch (error) {
    if (!(error instanceof ParallelFallback)) throw error;
    // A piece that does not parse on its own is malformed CSV, which the single-threaded scan
    // reports exactly (file, line, message); a worker that failed leaves the work to this thread.
    // Either way the scan starts over, with an empty spool.
    if (!sink) {
      spool?.clear();
      return await scan(dir, onRows, undefined, spool);
    }
    // A sink's files cannot be taken back: report the problems, or refuse to go on.
    const again = await scan(dir, () => {}, undefined, undefined);
    if (again.issueCount === 0)
      throw new Error(`Validation workers failed (${error.message}); nothing was loaded`);
    return again;
  } finally {
    await pool.close();
  }
}

export interface ScanOptions {
  /** Validation worker threads for relationship files (default: the cores, at most 4; 0: none). */
  workers?: number;
  /** Relationship files smaller than this in all are checked on the main thread (workers cost a start-up). */
  parallelFromBytes?: number;
  /** Bytes of CSV per piece sent to a worker (default 1 MiB); files under a quarter of it stay on the main thread. */
  pieceBytes?: number;
}

/** Below this many bytes of relationship files, starting workers costs more than it saves. */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

function relationshipBytes(dir: string): number {
  let bytes = 0;
  for (const spec of RELATIONSHIP_FILES) {
    try {
      bytes += statSync(join(dir, spec.file)).size;
    } catch {
      // absent
    }
  }
  return bytes;
}

async function scan(
  dir: string,
  onRows: (n: number) => void,
  sink: RecordSink | undefined,
  spool: RowSpool | undefined,
  parallel?: { pool: ValidationPool; pieceBytes: number },
): Promise<ScanResult> {
  const pool = parallel?.pool;
  const openPieces = async (file: string) =>
    parallel ? openPiecesOf(join(dir, file), parallel.pieceBytes) : undefined;
  const checker = new DatasetChecker();
  const fileDigests: string[] = [];
  let relationshipCount = 0;
  let rowsInWorkers = 0;
  const inWorkers = (n: number) => {
    rowsInWorkers += n;
    onRows(n);
  };
  const present = listFiles(dir, checker);
  const finish = (): ScanResult => ({
    checker,
    issues: checker.issues,
    issueCount: checker.issueCount,
    fingerprint: fileDigests.join(","),
    rowCounts: checker.rowCounts,
    nodeCount: checker.nodeCount,
    relationshipCount,
    rowsInWorkers,
  });
  if (!present) return finish();
  const issues: DatasetIssue[] = [];
  const flushIssues = () => {
    for (const issue of issues.splice(0)) checker.report(issue);
  };

  const sources = await streamCsv(dir, SOURCES_FILE, issues);
  flushIssues();
  if (!sources) {
    if (!present.includes(SOURCES_FILE))
      checker.report({ file: SOURCES_FILE, message: "is missing (every fact needs a source)" });
  } else if (checker.checkHeader(SOURCES_FILE, sources.header, sourceRow)) {
    checker.beginSources();
    for await (const chunk of sources.chunks) {
      for (const row of chunk) {
        const value = checker.sourceRow(row);
        if (value) spool?.add(SOURCES_FILE, row.line, value);
      }
      onRows(chunk.length);
    }
    for (const value of checker.sources.values()) sink?.source(value);
    flushIssues();
    fileDigests.push(`${SOURCES_FILE}:${sources.digest()}`);
  }

  const existing = await streamCsv(dir, EXISTING_NODES_FILE, issues);
  flushIssues();
  if (existing && checker.checkHeader(EXISTING_NODES_FILE, existing.header, existingNodeRow)) {
    for await (const chunk of existing.chunks) for (const row of chunk) checker.existingNodeRow(row);
    flushIssues();
    fileDigests.push(`${EXISTING_NODES_FILE}:${existing.digest()}`);
  }

  const poolReady = pool ? await pool.ready() : false;
  // Workers check node rows against the sources; regions stay here (their countries become PART_OF).
  if (pool && poolReady) pool.share(checker.shareState());
  for (const spec of NODE_FILES) {
    const pieces = poolReady && spec.file !== "regions.csv" ? await openPieces(spec.file) : undefined;
    if (pool && pieces) {
      if (!checker.checkHeader(spec.file, pieces.header, spec.row)) {
        await pieces.pieces.return(undefined);
        continue;
      }
      await checkFileInParallel(pool, pieces, spec.file, checker, undefined, spool, sink, inWorkers);
      fileDigests.push(`${spec.file}:${pieces.digest()}`);
      continue;
    }
    const csv = await streamCsv(dir, spec.file, issues);
    flushIssues();
    if (!csv) {
      if (spec.required && !present.includes(spec.file))
        checker.report({ file: spec.file, message: "is missing (required)" });
      continue;
    }
    if (!checker.checkHeader(spec.file, csv.header, spec.row)) continue;
    for await (const chunk of csv.chunks) {
      for (const row of chunk) {
        const record = checker.nodeRow(spec, row);
        if (!record) continue;
        sink?.node(record);
        spool?.add(spec.file, row.line, record);
      }
      onRows(chunk.length);
      await sink?.drain();
      await spool?.drain();
    }
    flushIssues();
    fileDigests.push(`${spec.file}:${csv.digest()}`);
  }
  checker.finishNodes((record, line) => {
    sink?.relationship(record);
    spool?.add(PART_OF_SPOOL, line, record);
  });

  let stateShared = false;
  for (const spec of RELATIONSHIP_FILES) {
    const pieces = poolReady ? await openPieces(spec.file) : undefined;
    if (pool && pieces) {
      if (!checker.checkHeader(spec.file, pieces.header, spec.row)) {
        await pieces.pieces.return(undefined);
        continue;
      }
      if (!stateShared) {
        pool.share(checker.shareState());
        stateShared = true;
      }
      const keys = checker.newRelationshipFile();
      relationshipCount += await checkFileInParallel(
        pool,
        pieces,
        spec.file,
        checker,
        keys,
        spool,
        sink,
        inWorkers,
      );
      fileDigests.push(`${spec.file}:${pieces.digest()}`);
      await reportDuplicates(dir, spec, checker, keys);
      continue;
    }
    const csv = await streamCsv(dir, spec.file, issues);
    flushIssues();
    if (!csv) continue;
    if (!checker.checkHeader(spec.file, csv.header, spec.row)) continue;
    const keys = checker.newRelationshipFile();
    for await (const chunk of csv.chunks) {
      for (const row of chunk) {
        const record = checker.relationshipRow(spec, row, keys);
        if (!record) continue;
        relationshipCount++;
        sink?.relationship(record);
        spool?.add(spec.file, row.line, record);
      }
      onRows(chunk.length);
      await sink?.drain();
      await spool?.drain();
    }
    flushIssues();
    fileDigests.push(`${spec.file}:${csv.digest()}`);
    await reportDuplicates(dir, spec, checker, keys);
  }
  relationshipCount += checker.partOfCount;
  return finish();
}

/** A large relationship file cut into pieces for the workers, or undefined (then it is streamed here). */
async function openPiecesOf(path: string, pieceBytes: number): Promise<CsvPieces | undefined> {
  if (!existsSync(path) || statSync(path).size < pieceBytes / 4 || (await hasCarriageReturn(path)))
    return undefined;
  try {
    return await csvPieces(path, pieceBytes);
  } catch (error) {
    if (error instanceof UncuttableCsvError) return undefined;
    throw error;
  }
}

const PIECE_BYTES = 1 << 20;

/** After a relationship file: rows that repeat an earlier row's relationship. */
async function reportDuplicates(
  dir: string,
  spec: RelationshipFileSpec,
  checker: DatasetChecker,
  keys: RelationshipKeys,
): Promise<void> {
  // Duplicates are rare (an error path): read the file again only for their lines' cells.
  const duplicates = keys.finish();
  const wanted = new Set(duplicates.map((d) => d.line));
  const cells = new Map<number, Record<string, unknown>>();
  const again = wanted.size ? await streamCsv(dir, spec.file, []) : undefined;
  if (again)
    for await (const chunk of again.chunks)
      for (const row of chunk) if (wanted.has(row.line)) cells.set(row.line, parsedCells(spec, row.cells));
  checker.finishRelationshipFile(spec, duplicates, (line) => cells.get(line) ?? {});
}

/**
 * Reads and validates a whole (small) dataset directory into memory, with the same rules as
 * scanDataset. Either the dataset comes back complete and consistent, or every problem found is.
 */
export function validateDataset(dir: string): { dataset?: Dataset; issues: DatasetIssue[] } {
  const checker = new DatasetChecker();
  const present = listFiles(dir, checker);
  if (!present) return { issues: checker.issues };
  const read = (file: string) => {
    const issues: DatasetIssue[] = [];
    const csv = readCsv(dir, file, issues);
    for (const issue of issues) checker.report(issue);
    return csv;
  };
  const sourcesCsv = read(SOURCES_FILE);
  if (!sourcesCsv) {
    if (!present.includes(SOURCES_FILE))
      checker.report({ file: SOURCES_FILE, message: "is missing (every fact needs a source)" });
  } else if (checker.checkHeader(SOURCES_FILE, sourcesCsv.header, sourceRow)) {
    checker.beginSources();
    for (const row of sourcesCsv.rows) checker.sourceRow(row);
  }
  const existingCsv = read(EXISTING_NODES_FILE);
  if (existingCsv && checker.checkHeader(EXISTING_NODES_FILE, existingCsv.header, existingNodeRow))
    for (const row of existingCsv.rows) checker.existingNodeRow(row);
  const nodes: NodeRecord[] = [];
  const regionRows: { value: CsvRow; record: NodeRecord }[] = [];
  for (const spec of NODE_FILES) {
    const csv = read(spec.file);
    if (!csv) {
      if (spec.required && !present.includes(spec.file))
        checker.report({ file: spec.file, message: "is missing (required)" });
      continue;
    }
    if (!checker.checkHeader(spec.file, csv.header, spec.row)) continue;
    for (const row of csv.rows) {
      const record = checker.nodeRow(spec, row);
      if (!record) continue;
      nodes.push(record);
      if (spec.file === "regions.csv") regionRows.push({ value: row, record });
    }
  }
  checker.finishNodes();
  const relationships: RelationshipRecord[] = [];
  for (const { value } of regionRows) {
    const country = value.cells.country;
    const labels = country ? checker.labelsOf(country) : undefined;
    if (country && labels?.includes("Country")) {
      relationships.push({
        type: "PART_OF",
        fromLabel: "Region",
        from: value.cells.id as string,
        toLabel: "Country",
        to: country,
        identity: {},
        properties: {},
      });
    }
  }
  for (const spec of RELATIONSHIP_FILES) {
    const csv = read(spec.file);
    if (!csv) continue;
    if (!checker.checkHeader(spec.file, csv.header, spec.row)) continue;
    const keys = checker.newRelationshipFile();
    const byLine = new Map<number, Record<string, string>>();
    for (const row of csv.rows) {
      byLine.set(row.line, row.cells);
      const record = checker.relationshipRow(spec, row, keys);
      if (record) relationships.push(record);
    }
    checker.finishRelationshipFile(spec, keys.finish(), (line) => parsedCells(spec, byLine.get(line) ?? {}));
  }
  if (checker.issueCount > 0) return { issues: checker.issues };
  return { dataset: { sources: checker.sources, nodes, relationships }, issues: [] };
}

/** A row's values as validated (so identity values print as typed), or its raw cells. */
function parsedCells(spec: RelationshipFileSpec, cells: Record<string, string>): Record<string, unknown> {
  const parsed = spec.row.safeParse(cells);
  return parsed.success ? (parsed.data as Record<string, unknown>) : cells;
}

function describeRelationship(spec: RelationshipFileSpec, v: Record<string, unknown>): string {
  return spec.identity.length
    ? `${v.from} -> ${v.to} (${JSON.stringify(Object.fromEntries(spec.identity.map((k) => [k, v[k]])))})`
    : `${v.from} -> ${v.to}`;
}

/** File by file in the order first met, then by line: the order a person fixes them in. */
function sortIssues(issues: DatasetIssue[]): DatasetIssue[] {
  const fileOrder = new Map<string, number>();
  for (const issue of issues) if (!fileOrder.has(issue.file)) fileOrder.set(issue.file, fileOrder.size);
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        (fileOrder.get(a.issue.file) ?? 0) - (fileOrder.get(b.issue.file) ?? 0) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}
