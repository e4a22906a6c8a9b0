import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  ACQUISITION_KINDS,
  ALLIANCE_ORIGINS,
  ALLIANCE_TYPES,
  BUSINESS_MODELS,
  EXISTING_NODE_LABELS,
  existingNodeRow,
  IDENTIFIER_SCHEMES,
  NODE_FILES,
  ORGANIZATION_KINDS,
  ORGANIZATION_STATUSES,
  RELATIONSHIP_FILES,
  SPONSOR_ROLES,
  sourceRow,
} from "../../../src/import/dataset-spec.js";
import { fastParse, indexedParser, MEMO_LIMIT } from "../../../src/import/fast-row.js";

// Every row schema the importer runs, with its file name.
const SCHEMAS: [string, z.ZodObject][] = [
  ["sources.csv", sourceRow],
  ["existing_nodes.csv", existingNodeRow],
  ...NODE_FILES.map((s) => [s.file, s.row] as [string, z.ZodObject]),
  ...RELATIONSHIP_FILES.map((s) => [s.file, s.row] as [string, z.ZodObject]),
];

// Valid and invalid cells for every column type of the spec: text, required text, slugs, citation
// keys, NCT numbers, lists, whole numbers in ranges, decimals, booleans and every enum's values.
const CELLS = [
  "",
  " ",
  "  \t ",
  "x",
  " x ",
  "Ku Leuven, Belgium",
  "ku-leuven",
  " ku-leuven ",
  "Ku-Leuven",
  "ku--leuven",
  "-ku",
  "ku_leuven",
  "kü-leuven",
  "syn-firm-000001",
  "segers2015:table1",
  "ctgov:NCT01234567",
  "Segers2015",
  "NCT01234567",
  "NCT0123456",
  " NCT01234567 ",
  "0",
  "1",
  "3",
  "4",
  "-1",
  "999",
  "1000",
  "1899",
  "1900",
  " 1990 ",
  "2024",
  "2100",
  "2101",
  "1990.5",
  "1990.0",
  "1e3",
  "0x10",
  "10000000",
  "10000001",
  "0.25",
  "-0.5",
  ".5",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e400",
  "abc",
  "true",
  "false",
  " true ",
  "TRUE",
  "yes",
  "a|b",
  " a | | b ",
  "|",
  "a",
  ...ORGANIZATION_KINDS,
  ...ALLIANCE_TYPES,
  ...ACQUISITION_KINDS,
  ...BUSINESS_MODELS,
  ...ORGANIZATION_STATUSES,
  ...SPONSOR_ROLES,
  ...ALLIANCE_ORIGINS,
  ...IDENTIFIER_SCHEMES,
  ...EXISTING_NODE_LABELS,
  " Firm",
  "firm",
];

/** A row every column of which is valid (found by asking zod, so the test holds no rule either). */
function validRow(schema: z.ZodObject): Record<string, string> {
  const row: Record<string, string> = {};
  for (const [key, column] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const cell = CELLS.find((c) => c !== "" && column.safeParse(c).success);
    if (cell === undefined) throw new Error(`no valid test cell for column ${key}`);
    row[key] = cell;
  }
  return row;
}

/** fastParse must give zod's data (keys in the same order) or nothing; never a row zod refuses. */
function expectSameAsZod(schema: z.ZodObject, cells: Record<string, string>, mustBeFast: boolean) {
  const zod = schema.safeParse(cells);
  const fast = fastParse(schema, cells);
  // The same answer from the cells by index, whatever the header's column order (and with a column
  // no schema has, which the header check reports before any row is parsed).
  const header = Object.keys(cells);
  for (const order of [header, [...header].reverse(), ["unknown", ...header]]) {
    const indexed = indexedParser(schema, order)?.(order.map((h) => cells[h] ?? "x"));
    expect(indexed, JSON.stringify(cells)).toStrictEqual(fast);
    if (indexed) expect(Object.keys(indexed)).toEqual(Object.keys(fast as object));
  }
  if (fast === undefined) {
    if (mustBeFast) expect(zod.success, JSON.stringify(cells)).toBe(false);
    return zod.success;
  }
  expect(zod.success, JSON.stringify(cells)).toBe(true);
  expect(fast).toStrictEqual(zod.data);
  expect(Object.keys(fast)).toEqual(Object.keys(zod.data as object));
  return true;
}

describe("fastParse (derived from the zod row schemas)", () => {
  it("equals zod's safeParse for every cell of the corpus in every column of every file", () => {
    let valid = 0;
    let invalid = 0;
    for (const [, schema] of SCHEMAS) {
      const base = validRow(schema);
      expectSameAsZod(schema, base, true);
      for (const key of Object.keys(schema.shape)) {
        for (const cell of CELLS) {
          // Twice: the second answer may come from a column's memo.
          for (let i = 0; i < 2; i++) {
            if (expectSameAsZod(schema, { ...base, [key]: cell }, true)) valid++;
            else invalid++;
          }
        }
      }
    }
    // The corpus really exercises both sides.
    expect(valid).toBeGreaterThan(1000);
    expect(invalid).toBeGreaterThan(1000);
    // Tens of thousands of zod parses: ~3 s on a quiet 2-core machine, past vitest's 5 s default under load.
  }, 30_000);

  it("leaves out absent optional columns as zod does, and leaves absent required columns to zod", () => {
    for (const [, schema] of SCHEMAS) {
      const base = validRow(schema);
      for (const key of Object.keys(schema.shape)) {
        const { [key]: _dropped, ...without } = base;
        expectSameAsZod(schema, without, true);
      }
    }
  });

  it("gives each row its own list value, and stays equal to zod past the memo's limit", () => {
    const spec = NODE_FILES.find((s) => s.file === "organizations.csv") as (typeof NODE_FILES)[number];
    const base = validRow(spec.row);
    const a = fastParse(spec.row, { ...base, aliases: "x|y" });
    const b = fastParse(spec.row, { ...base, aliases: "x|y" });
    expect(a?.aliases).toEqual(["x", "y"]);
    expect(a?.aliases).not.toBe(b?.aliases);
    for (let i = 0; i < MEMO_LIMIT + 50; i++) {
      expectSameAsZod(spec.row, { ...base, foundedYear: String(1000 + (i % 1200)), note: `n${i}` }, true);
      expectSameAsZod(spec.row, { ...base, foundedYear: `${i}.5` }, true);
    }
  });
});
