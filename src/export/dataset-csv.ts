import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { NODE_FILES, RELATIONSHIP_FILES, SOURCES_FILE, sourceRow } from "../import/dataset-spec.js";
import type { ExportGraph, Value } from "./read-graph.js";

function cell(value: Value | undefined): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join("|");
  return String(value);
}

/** Two files share a relationship type: connector alliances (with `origin`) and region-in-region PART_OF. */
function fileOf(edge: ExportGraph["edges"][number], countryIds: Set<string>): string | undefined {
  if (edge.relationship === "ALLIANCE")
    return edge.properties.origin ? "sourced_alliances.csv" : "alliances.csv";
  if (edge.relationship === "PART_OF")
    return countryIds.has(edge.target) ? undefined : "region_hierarchy.csv";
  return RELATIONSHIP_FILES.find((spec) => spec.type === edge.relationship)?.file;
}

function write(
  dir: string,
  file: string,
  columns: string[],
  rows: Record<string, Value | undefined>[],
): void {
  writeFileSync(join(dir, file), stringify([columns, ...rows.map((r) => columns.map((c) => cell(r[c])))]));
}

/**
 * Writes the graph in the dataset format of seed/ (same files, same columns), so that
 * `npm run import -- <dir>` re-creates the same graph. Needs the full graph (all node kinds).
 */
export function writeDatasetCsv(graph: ExportGraph, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  write(dir, SOURCES_FILE, Object.keys(sourceRow.shape), graph.sources);
  written.push(SOURCES_FILE);

  const countryIds = new Set(graph.nodes.filter((n) => n.labels.includes("Country")).map((n) => n.id));
  const partOf = new Map(
    graph.edges
      .filter((e) => e.relationship === "PART_OF" && countryIds.has(e.target))
      .map((e) => [e.source, e.target]),
  );
  for (const spec of NODE_FILES) {
    const label = spec.labels[0] as string;
    const rows = graph.nodes
      .filter((n) => n.labels.includes(label))
      .map((n) => ({
        ...n.properties,
        id: n.id,
        ...(label === "Organization" ? { kind: n.kind } : {}),
        ...(label === "Region" ? { country: partOf.get(n.id) ?? null } : {}),
      }));
    write(dir, spec.file, Object.keys(spec.row.shape), rows);
    written.push(spec.file);
  }
  for (const spec of RELATIONSHIP_FILES) {
    const rows = graph.edges
      .filter((e) => e.relationship === spec.type && fileOf(e, countryIds) === spec.file)
      .map((e) => ({ ...e.properties, from: e.source, to: e.target }));
    write(dir, spec.file, Object.keys(spec.row.shape), rows);
    written.push(spec.file);
  }
  return written;
}
