import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { PieceConverter } from "../../../src/import/admin-rows.js";
import type { CsvRow } from "../../../src/import/csv.js";
import { type CsvPiece, eachPieceCells } from "../../../src/import/csv-chunks.js";
import { NODE_FILES, RELATIONSHIP_FILES } from "../../../src/import/dataset-spec.js";
import { DatasetChecker, type RelationshipKeySink } from "../../../src/import/validate.js";

// The --bulk worker's fused path (cells by index -> validated value -> neo4j-admin line, no record)
// against the record path it replaces (cells by name, as the streaming parser gives them -> record
// -> PieceConverter.add): the same
// issues, duplicate-check keys, rows, bytes and column types, on valid and invalid rows of every
// file. Test data, made up here.

const NODES: [string, string[]][] = [
  ["org-a", ["Organization", "Firm"]],
  ["org-b", ["Organization", "PharmaCompany"]],
  ["org-c", ["Organization", "University"]],
  ["region-a", ["Region"]],
  ["region-b", ["Region"]],
  ["country-a", ["Country"]],
  ["platform-a", ["TechnologyPlatform"]],
  ["product-a", ["Product"]],
  ["exchange-a", ["StockExchange"]],
  ["study-a", ["ClinicalStudy"]],
  ["project-a", ["Project"]],
  ["identifier-a", ["Identifier"]],
];

const CELLS = [
  "",
  " ",
  "x",
  " org-a ",
  "org-b",
  "org-c",
  "nope",
  "region-a",
  "LICENSING",
  "SUPPLY",
  "TAKEOVER",
  "LEAD",
  "ctgov",
  "2001",
  " 1999 ",
  "1800",
  "2020.5",
  "abc",
  "true",
  " false",
  "maybe",
  "a|b| c",
  "0.5",
  'A, "quoted" name',
  "ünïcode “x”",
  "src-a",
  "src-unknown",
  " spaced text ",
  "\ttabbed",
  "x\u00a0",
  "Firm",
  "VAT",
  "NCT01234567",
];

function checker(): DatasetChecker {
  const c = new DatasetChecker();
  c.sources.set("src-a", {});
  c.sources.set("src-b", {});
  c.beginSources();
  NODES.forEach(([id, labels], i) => {
    c.registerNode("nodes.csv", id, labels, i + 2);
  });
  return c;
}

class Keys implements RelationshipKeySink {
  readonly added: string[] = [];
  add(from: number, to: number, identity: string, line: number): void {
    this.added.push(`${from}|${to}|${identity}|${line}`);
  }
}

function piece(rows: string[][]): CsvPiece {
  return { bytes: new Uint8Array(Buffer.from(stringify(rows))), firstLine: 2 };
}

/** Rows for a file: a valid one, then each column set to each corpus cell, then repeats and self-ties. */
function rowsFor(header: string[], valid: Record<string, string>): string[][] {
  const base = header.map((h) => valid[h] ?? "");
  const rows = [base];
  for (let c = 0; c < header.length; c++)
    for (const cell of CELLS) rows.push(base.map((v, i) => (i === c ? cell : v)));
  rows.push(
    base,
    base.map((v, i) => (header[i] === "to" ? (valid.from ?? v) : v)),
  );
  return rows;
}

/** The rows as csv.ts's streaming parser gives them (csv-parse, every cell trimmed), one line each. */
function eachStreamedRow(data: CsvPiece, header: string[], onRow: (row: CsvRow) => void): number {
  const records = parse(Buffer.from(data.bytes)) as string[][];
  records.forEach((record, i) => {
    const cells: Record<string, string> = {};
    header.forEach((h, c) => {
      cells[h] = (record[c] ?? "").trim();
    });
    onRow({ line: data.firstLine + i, cells });
  });
  return records.length;
}

function convertBothWays(file: string, header: string[], rows: string[][]) {
  const data = piece(rows);
  const out = [];
  for (const fused of [false, true]) {
    const c = checker();
    const keys = new Keys();
    const converter = new PieceConverter("run-1");
    const nodeSpec = NODE_FILES.find((s) => s.file === file);
    const relationshipSpec = RELATIONSHIP_FILES.find((s) => s.file === file);
    const copy = { bytes: data.bytes.slice(), firstLine: data.firstLine };
    let valid = 0;
    const seen = fused
      ? eachPieceCells(copy, header, (row) => {
          if (nodeSpec) {
            const checked = c.checkNodeRow(nodeSpec, row);
            if (checked) converter.add(checked.record, "node");
            return;
          }
          if (!relationshipSpec) throw new Error(file);
          const value = c.relationshipValue(relationshipSpec, row, keys);
          if (!value) return;
          valid++;
          converter.addRelationshipValue(relationshipSpec, value, c.ends.fromLabel, c.ends.toLabel);
        })
      : eachStreamedRow(copy, header, (row) => {
          if (nodeSpec) {
            const checked = c.checkNodeRow(nodeSpec, row);
            if (checked) converter.add(checked.record, "node");
            return;
          }
          if (!relationshipSpec) throw new Error(file);
          const record = c.relationshipRow(relationshipSpec, row, keys);
          if (!record) return;
          valid++;
          converter.add(record, "relationship");
        });
    const parts = converter.result().map((p) => ({
      key: p.target.key,
      columns: p.target.columns,
      rows: p.rows,
      types: p.types,
      text: Buffer.from(p.bytes).toString("utf8"),
    }));
    out.push({ seen, valid, issues: c.takeIssues(), unusable: c.takeUnusable(), keys: keys.added, parts });
  }
  return out as [(typeof out)[number], (typeof out)[number]];
}

describe("the --bulk worker's fused conversion", () => {
  it("gives the record path's issues, keys, rows, bytes and types for every relationship file", () => {
    for (const spec of RELATIONSHIP_FILES) {
      const header = Object.keys(spec.row.shape);
      const from = NODES.find(([, labels]) => spec.from.some((l) => labels.includes(l)))?.[0] as string;
      const to = NODES.findLast(([, labels]) => spec.to.some((l) => labels.includes(l)))?.[0] as string;
      const valid: Record<string, string> = { from, to, source: "src-a" };
      for (const key of header) {
        if (key in valid) continue;
        const column = spec.row.shape[key] as { safeParse: (v: unknown) => { success: boolean } };
        valid[key] = CELLS.find((c) => c !== "" && column.safeParse(c).success) ?? "";
      }
      // Plain pieces (the cutting by index) and quoted ones (csv-parse), with a column order of the file's own.
      const plain = rowsFor(header, valid).map((r) => r.map((c) => c.replaceAll(/[",]/g, "")));
      for (const [h, rows] of [
        [header, plain],
        [header, rowsFor(header, valid)],
        [[...header].reverse(), plain.map((r) => [...r].reverse())],
      ] as [string[], string[][]][]) {
        const [record, fused] = convertBothWays(spec.file, h, rows);
        expect(fused, spec.file).toStrictEqual(record);
        expect(record.valid, spec.file).toBeGreaterThan(10);
        expect(record.issues.count, spec.file).toBeGreaterThan(10);
      }
    }
  });

  it("cuts node rows by index with the same checks and records as by name", () => {
    for (const spec of NODE_FILES) {
      const header = Object.keys(spec.row.shape);
      const valid: Record<string, string> = { id: "new-node", source: "src-a" };
      for (const key of header) {
        if (key in valid) continue;
        const column = spec.row.shape[key] as { safeParse: (v: unknown) => { success: boolean } };
        valid[key] = CELLS.find((c) => c !== "" && column.safeParse(c).success) ?? "";
      }
      const [record, fused] = convertBothWays(spec.file, header, rowsFor(header, valid));
      expect(fused, spec.file).toStrictEqual(record);
      expect(record.parts.length, spec.file).toBeGreaterThan(0);
    }
  });
});
