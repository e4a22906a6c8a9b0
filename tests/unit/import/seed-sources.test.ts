import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { seedDir } from "../../../src/paths.js";

// A citation names the published work, never a copy on someone's disk.
const LOCAL_PATH = /(^|[\s(`'"])(\/(work|home|tmp|Users|mnt|var)\/|~\/|[A-Za-z]:\\|file:)/;

describe("seed/sources.csv provenance", () => {
  const rows = parse(readFileSync(join(seedDir, "sources.csv"), "utf8"), { columns: true }) as Record<
    string,
    string
  >[];

  it("points at no local file", () => {
    for (const row of rows)
      for (const [column, value] of Object.entries(row))
        expect(LOCAL_PATH.test(value), `${row.key} ${column}: ${value}`).toBe(false);
    expect(LOCAL_PATH.test(readFileSync(join(seedDir, "README.md"), "utf8"))).toBe(false);
  });

  it("names the published paper: its DOI and its EconStor handle", () => {
    for (const row of rows) {
      expect(row.url).toBe("https://doi.org/10.1186/s40497-015-0034-7");
      expect(row.note).toContain("hdl:10419/161775");
    }
  });
});
