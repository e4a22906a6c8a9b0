import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { DatasetIssue } from "../../../src/errors/app-errors.js";
import { type CsvRow, readCsv, streamCsv } from "../../../src/import/csv.js";

const dir = mkdtempSync(join(tmpdir(), "csv-stream-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function streamed(
  file: string,
  chunkRows?: number,
): Promise<{ rows: CsvRow[]; issues: DatasetIssue[] }> {
  const issues: DatasetIssue[] = [];
  const csv = await streamCsv(dir, file, issues, chunkRows);
  const rows: CsvRow[] = [];
  if (csv) for await (const chunk of csv.chunks) rows.push(...chunk);
  return { rows, issues };
}

describe("streamCsv", () => {
  it("numbers rows as the whole-file parser does, across quoted line breaks, empty lines and a BOM", async () => {
    const text = [
      "\uFEFFid,name,note",
      "a-1,One,plain",
      'a-2,"Two, with a comma","a note',
      'over two lines"',
      "",
      "a-3,Three,",
      "",
      "",
      'a-4,"Four ""quoted""","x"',
    ].join("\n");
    writeFileSync(join(dir, "tricky.csv"), `${text}\n`);
    const whole = readCsv(dir, "tricky.csv", []);
    const { rows, issues } = await streamed("tricky.csv");
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 6, 9]);
    expect(rows).toEqual(whole?.rows);
    expect(rows[1]?.cells).toEqual({ id: "a-2", name: "Two, with a comma", note: "a note\nover two lines" });
  });

  it("streams a file larger than the read buffer in order, every line numbered", async () => {
    // ~40 bytes a row: 20,000 rows span a dozen 64 KiB read buffers.
    const lines = ["id,name,note"];
    for (let i = 0; i < 20_000; i++) lines.push(`row-${i},Name ${i},${i % 7 === 0 ? '"multi\nline"' : "n"}`);
    writeFileSync(join(dir, "large.csv"), `${lines.join("\n")}\n`);
    const whole = readCsv(dir, "large.csv", []);
    const { rows } = await streamed("large.csv", 1000);
    expect(rows).toHaveLength(20_000);
    expect(rows).toEqual(whole?.rows);
    expect(rows.at(-1)?.cells.id).toBe("row-19999");
  });

  it("reports a malformed file with the line the parser stopped at", async () => {
    const lines = ["id,name"];
    for (let i = 0; i < 5000; i++) lines.push(`r-${i},n`);
    lines.push("r-x,too,many");
    writeFileSync(join(dir, "broken.csv"), `${lines.join("\n")}\n`);
    const { rows, issues } = await streamed("broken.csv");
    expect(rows.length).toBeLessThanOrEqual(5000);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe("broken.csv");
    expect(issues[0]?.line).toBe(5002);
    expect(issues[0]?.message).toMatch(/is not valid CSV: Invalid Record Length/);
  });
});
