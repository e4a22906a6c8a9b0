import { readdirSync } from "node:fs";
import type { z } from "zod";
import type { DatasetIssue } from "../errors/app-errors.js";
import { type CsvFile, readCsv } from "./csv.js";
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

type Parsed = { line: number; value: Record<string, unknown> };
type Rejected = { line: number; cells: Record<string, string> };

function checkHeader(csv: CsvFile, schema: z.ZodObject, issues: DatasetIssue[]): boolean {
  const known = Object.keys(schema.shape);
  let ok = true;
  for (const column of csv.header) {
    if (!known.includes(column)) {
      issues.push({
        file: csv.file,
        line: 1,
        field: column,
        message: `unknown column (expected: ${known.join(", ")})`,
      });
      ok = false;
    }
  }
  for (const column of known) {
    const optional = schema.shape[column]?.safeParse(undefined).success ?? false;
    if (!optional && !csv.header.includes(column)) {
      issues.push({ file: csv.file, line: 1, field: column, message: "required column is missing" });
      ok = false;
    }
  }
  return ok;
}

function parseRows(
  csv: CsvFile,
  schema: z.ZodObject,
  issues: DatasetIssue[],
  rejected: Rejected[] = [],
): Parsed[] {
  if (!checkHeader(csv, schema, issues)) return [];
  const parsed: Parsed[] = [];
  for (const row of csv.rows) {
    const result = schema.safeParse(row.cells);
    if (result.success) {
      parsed.push({ line: row.line, value: result.data as Record<string, unknown> });
    } else {
      rejected.push(row);
      for (const issue of result.error.issues) {
        issues.push({ file: csv.file, line: row.line, field: issue.path.join("."), message: issue.message });
      }
    }
  }
  return parsed;
}

/** Drops undefined (unknown) values and keeps the rest as properties; null removes a property on re-import. */
function toProperties(value: Record<string, unknown>, omit: readonly string[]): Properties {
  const properties: Properties = {};
  for (const [key, v] of Object.entries(value)) {
    if (omit.includes(key)) continue;
    properties[key] = v === undefined ? null : (v as PropertyValue);
  }
  return properties;
}

/**
 * Reads and validates a whole dataset directory. Nothing here touches the database: either the
 * dataset comes back complete and consistent, or every problem found is returned.
 */
export function validateDataset(dir: string): { dataset?: Dataset; issues: DatasetIssue[] } {
  const issues: DatasetIssue[] = [];
  let present: string[];
  try {
    present = readdirSync(dir).filter((f) => f.endsWith(".csv"));
  } catch {
    return { issues: [{ file: dir, message: "is not a readable directory" }] };
  }
  const knownFiles = new Set([
    SOURCES_FILE,
    EXISTING_NODES_FILE,
    ...NODE_FILES.map((s) => s.file),
    ...RELATIONSHIP_FILES.map((s) => s.file),
  ]);
  for (const file of present) {
    if (!knownFiles.has(file))
      issues.push({ file, message: `unknown file (expected one of: ${[...knownFiles].join(", ")})` });
  }

  // Sources first: every other row's `source` must resolve to one of these keys.
  const sources = new Map<string, Record<string, string | undefined>>();
  const sourcesCsv = readCsv(dir, SOURCES_FILE, issues);
  if (!sourcesCsv) {
    if (present.includes(SOURCES_FILE) === false)
      issues.push({ file: SOURCES_FILE, message: "is missing (every fact needs a source)" });
  } else {
    for (const { line, value } of parseRows(sourcesCsv, sourceRow, issues)) {
      const key = value.key as string;
      if (sources.has(key))
        issues.push({ file: SOURCES_FILE, line, field: "key", message: `duplicate source key '${key}'` });
      sources.set(key, value as Record<string, string | undefined>);
    }
  }
  const checkSource = (file: string, line: number, value: Record<string, unknown>) => {
    const key = value.source as string;
    if (sourcesCsv && !sources.has(key)) {
      issues.push({
        file,
        line,
        field: "source",
        message: `unknown source key '${key}' (not in ${SOURCES_FILE})`,
      });
    }
  };

  // Nodes: ids unique across the whole graph, whatever the file.
  const labelsById = new Map<string, { labels: string[]; file: string; line: number }>();
  // Ids of rows that are themselves invalid or duplicated: references to them are not reported
  // again as dangling, so one mistake yields one message.
  const unusable = new Set<string>();
  const nodes: NodeRecord[] = [];
  const regionCountries: { line: number; region: string; country: string }[] = [];
  readExistingNodes(dir, issues, labelsById);
  for (const spec of NODE_FILES) {
    const csv = readCsv(dir, spec.file, issues);
    if (!csv) {
      if (spec.required && !present.includes(spec.file))
        issues.push({ file: spec.file, message: "is missing (required)" });
      continue;
    }
    const rejected: Rejected[] = [];
    const parsedRows = parseRows(csv, spec.row, issues, rejected);
    for (const row of rejected) if (row.cells.id) unusable.add(row.cells.id);
    for (const { line, value } of parsedRows) {
      checkSource(spec.file, line, value);
      const id = value.id as string;
      const labels = nodeLabels(spec, value);
      const previous = labelsById.get(id);
      if (previous) {
        issues.push({
          file: spec.file,
          line,
          field: "id",
          message: `duplicate id '${id}' (already used in ${previous.file} line ${previous.line})`,
        });
        unusable.add(id);
        continue;
      }
      labelsById.set(id, { labels, file: spec.file, line });
      const omit =
        spec.file === "organizations.csv"
          ? ["id", "kind"]
          : spec.file === "regions.csv"
            ? ["id", "country"]
            : ["id"];
      nodes.push({ labels, id, properties: toProperties(value, omit) });
      if (spec.file === "regions.csv" && typeof value.country === "string") {
        regionCountries.push({ line, region: id, country: value.country });
      }
    }
  }

  const relationships: RelationshipRecord[] = [];
  const endpoint = (
    file: string,
    line: number,
    field: "from" | "to",
    id: string,
    allowed: readonly string[],
  ): string | undefined => {
    if (unusable.has(id)) return undefined;
    const node = labelsById.get(id);
    if (!node) {
      issues.push({
        file,
        line,
        field,
        message: `unknown id '${id}' (dangling reference: no node has this id)`,
      });
      return undefined;
    }
    const label = allowed.find((l) => node.labels.includes(l));
    if (!label) {
      issues.push({
        file,
        line,
        field,
        message: `'${id}' is a ${node.labels.join(":")}, but this column needs a ${allowed.join(" or ")}`,
      });
    }
    return label;
  };

  for (const { line, region, country } of regionCountries) {
    const toLabel = endpoint("regions.csv", line, "to", country, ["Country"]);
    if (toLabel) {
      relationships.push({
        type: "PART_OF",
        fromLabel: "Region",
        from: region,
        toLabel,
        to: country,
        identity: {},
        properties: {},
      });
    }
  }

  for (const spec of RELATIONSHIP_FILES) {
    const csv = readCsv(dir, spec.file, issues);
    if (!csv) continue;
    const seen = new Map<string, number>();
    for (const { line, value } of parseRows(csv, spec.row, issues)) {
      checkSource(spec.file, line, value);
      const from = value.from as string;
      const to = value.to as string;
      const fromLabel = endpoint(spec.file, line, "from", from, spec.from);
      const toLabel = endpoint(spec.file, line, "to", to, spec.to);
      checkRelationshipRules(spec, line, value, issues);
      const identity = Object.fromEntries(spec.identity.map((k) => [k, value[k] as PropertyValue]));
      const key = JSON.stringify([from, to, identity]);
      const duplicateOf = seen.get(key);
      if (duplicateOf !== undefined) {
        issues.push({
          file: spec.file,
          line,
          message: `duplicate ${spec.type} ${from} -> ${to}${spec.identity.length ? ` (${JSON.stringify(identity)})` : ""}, already on line ${duplicateOf}`,
        });
        continue;
      }
      seen.set(key, line);
      if (from === to)
        issues.push({ file: spec.file, line, field: "to", message: `'${from}' cannot relate to itself` });
      if (!fromLabel || !toLabel) continue;
      relationships.push({
        type: spec.type,
        fromLabel,
        from,
        toLabel,
        to,
        identity,
        properties: toProperties(value, ["from", "to", ...spec.identity]),
      });
    }
  }

  if (issues.length > 0) return { issues: sortIssues(issues) };
  return { dataset: { sources, nodes, relationships }, issues };
}

/** Ids the dataset refers to but does not define (see EXISTING_NODES_FILE): valid relationship ends. */
function readExistingNodes(
  dir: string,
  issues: DatasetIssue[],
  labelsById: Map<string, { labels: string[]; file: string; line: number }>,
): void {
  const csv = readCsv(dir, EXISTING_NODES_FILE, issues);
  if (!csv) return;
  for (const { line, value } of parseRows(csv, existingNodeRow, issues)) {
    const id = value.id as string;
    if (labelsById.has(id)) {
      issues.push({ file: EXISTING_NODES_FILE, line, field: "id", message: `duplicate id '${id}'` });
      continue;
    }
    labelsById.set(id, { labels: [value.label as string], file: EXISTING_NODES_FILE, line });
  }
}

function nodeLabels(spec: NodeFileSpec, value: Record<string, unknown>): string[] {
  return spec.file === "organizations.csv" ? [...spec.labels, value.kind as string] : [...spec.labels];
}

function checkRelationshipRules(
  spec: RelationshipFileSpec,
  line: number,
  value: Record<string, unknown>,
  issues: DatasetIssue[],
): void {
  if (spec.type === "ALLIANCE" && typeof value.since === "number" && typeof value.until === "number") {
    if (value.until < value.since) {
      issues.push({
        file: spec.file,
        line,
        field: "until",
        message: `ends (${value.until}) before it starts (${value.since})`,
      });
    }
  }
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
