import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import {
  adminRow,
  csvText,
  mergeTypes,
  nodeTarget,
  PieceConverter,
  relationshipTarget,
} from "../../../src/import/admin-rows.js";
import type { NodeRecord, RelationshipRecord } from "../../../src/import/validate.js";

describe("csvText", () => {
  it("writes rows exactly as csv-stringify does, quoting commas, quotes and line breaks", () => {
    const tricky = [
      "",
      "plain",
      "a,b",
      'say "hi"',
      '"',
      "two\nlines",
      "cr\rhere",
      "crlf\r\n",
      " spaced ",
      "x|y|z",
      "=formula",
      "-1",
      "ünïcode, “quoted”",
      "trailing,",
      ",",
      '""',
    ];
    const rows: string[][] = [];
    for (let i = 0; i < tricky.length; i++)
      rows.push([tricky[i] as string, tricky[(i * 7) % tricky.length] as string, `id-${i}`]);
    rows.push([""]);
    rows.push(["", "", ""]);
    expect(csvText(rows)).toBe(stringify(rows));
    expect(csvText([])).toBe(stringify([]));
  });
});

describe("PieceConverter", () => {
  it("writes the rows and column types that adminRow + csvText give, file by file", () => {
    const nodes: NodeRecord[] = [
      {
        labels: ["Organization", "Firm"],
        id: "a",
        properties: { name: 'A, "the" firm', foundedYear: null, aliases: ["x", "y"] },
      },
      {
        labels: ["Organization", "Firm"],
        id: "b",
        properties: { name: "B", foundedYear: 1990, aliases: null },
      },
      {
        labels: ["Organization", "University"],
        id: "u",
        properties: { name: "Ü\nline, “quoted”", foundedYear: 1425, aliases: [] },
      },
      { labels: ["Region"], id: "r", properties: {} },
    ];
    const relationships: RelationshipRecord[] = [
      {
        type: "ALLIANCE",
        fromLabel: "Organization",
        from: "a",
        toLabel: "Organization",
        to: "b",
        identity: { type: "LICENSING" },
        properties: { since: null, until: 2001, milestonePayments: true, dedicatedShare: 0.25 },
      },
      {
        type: "ALLIANCE",
        fromLabel: "Organization",
        from: "b",
        toLabel: "Organization",
        to: "u",
        identity: { type: "SUPPLY" },
        properties: { since: 1999, until: null, milestonePayments: false, dedicatedShare: null },
      },
      {
        type: "LOCATED_IN",
        fromLabel: "Organization",
        from: "a",
        toLabel: "Region",
        to: "r",
        identity: {},
        properties: {},
      },
    ];
    const converter = new PieceConverter("run,1");
    const expected = new Map<string, { rows: string[][]; types: ReturnType<typeof adminRow>["types"] }>();
    const expect1 = (target: ReturnType<typeof nodeTarget> | ReturnType<typeof relationshipTarget>) => {
      const row = adminRow(target.cells, target.values, target.columns, "run,1");
      const part = expected.get(target.key) ?? { rows: [], types: target.columns.map(() => undefined) };
      mergeTypes(part.types, row.types);
      part.rows.push(row.cells);
      expected.set(target.key, part);
    };
    for (const node of nodes) {
      converter.add(node, "node");
      expect1(nodeTarget(node));
    }
    for (const relationship of relationships) {
      converter.add(relationship, "relationship");
      expect1(relationshipTarget(relationship));
    }
    const parts = converter.result();
    expect(parts.map((p) => p.target.key)).toEqual([...expected.keys()]);
    for (const part of parts) {
      const want = expected.get(part.target.key);
      expect(Buffer.from(part.bytes).toString("utf8")).toBe(csvText(want?.rows ?? []));
      expect(part.rows).toBe(want?.rows.length);
      expect(part.types).toEqual(want?.types);
    }
  });
});
