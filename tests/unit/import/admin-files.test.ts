import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { AdminFilesSink } from "../../../src/import/bulk.js";
import { scanDataset } from "../../../src/import/validate.js";
import { seedDir } from "../../../src/paths.js";

// The seed plus one connector-style alliance (test data, marked in its note): alliances.csv and
// sourced_alliances.csv both give Organization-[ALLIANCE]->Organization records, with different columns.
const root = mkdtempSync(join(tmpdir(), "admin-files-"));
const dataset = join(root, "dataset");
cpSync(seedDir, dataset, { recursive: true });
rmSync(join(dataset, "README.md"), { force: true });
writeFileSync(
  join(dataset, "sourced_alliances.csv"),
  "from,to,type,origin,since,until,evidence,evidenceCount,source,note\n" +
    "thrombogenics,novartis,CO_DEVELOPMENT,ctgov,2010,,NCT00000001|NCT00000002,2,segers2015:table1,test data (not from the source)\n",
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("--bulk's neo4j-admin files", () => {
  for (const [name, options] of [
    ["one thread", { workers: 0 }],
    ["workers", { workers: 2, parallelFromBytes: 0, pieceBytes: 1024 }],
  ] as const) {
    it(`keep each dataset file's columns apart, every row matching its header (${name})`, async () => {
      const out = join(root, name);
      mkdirSync(out);
      const sink = new AdminFilesSink(out, "20260101T000000Z-bulk");
      const scan = await scanDataset(dataset, () => {}, sink, undefined, options);
      const input = await sink.close();
      expect(scan.issueCount).toBe(0);
      const groups = [...input.nodes, ...input.relationships];
      for (const { files } of groups) {
        const [headerFile, dataFile] = files as [string, string];
        const [header] = parse(readFileSync(headerFile)) as string[][];
        const rows = parse(readFileSync(dataFile), { relax_column_count: true }) as string[][];
        for (const row of rows) expect(row.length, `${dataFile}: ${row.join(",")}`).toBe(header?.length);
      }
      const sourced = readdirSync(out).filter(
        (f) =>
          f.startsWith("relationships-") &&
          !f.endsWith("-header.csv") &&
          readFileSync(join(out, f), "utf8").includes("ctgov"),
      );
      expect(sourced).toHaveLength(1);
      const sourcedHeader = readFileSync(
        join(out, (sourced[0] as string).replace(".csv", "-header.csv")),
        "utf8",
      );
      expect(sourcedHeader).toContain("origin:string");
      expect(sourcedHeader).toContain("evidence:string[]");
      // The hand-curated alliances keep their own header (no connector columns).
      const curated = readdirSync(out).filter(
        (f) => f.endsWith("-header.csv") && readFileSync(join(out, f), "utf8").includes("milestonePayments"),
      );
      expect(curated.length).toBeGreaterThan(0);
      for (const f of curated) expect(readFileSync(join(out, f), "utf8")).not.toContain("origin");
    });
  }
});
