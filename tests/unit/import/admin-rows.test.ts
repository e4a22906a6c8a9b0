import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { csvText } from "../../../src/import/admin-rows.js";

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
