import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../../../src/errors/app-errors.js";
import { generateEcosystem } from "../../../src/generate/synthetic-ecosystem.js";
import { AdminFilesSink } from "../../../src/import/bulk.js";
import { RowSpool } from "../../../src/import/spool.js";
import { PART_OF_SPOOL, type ScanResult, scanDataset } from "../../../src/import/validate.js";
import { WRITE_STEPS } from "../../../src/import/write.js";

// Synthetic test data (npm run generate's generator), cut into 4 KiB pieces so every file of any
// size goes through several workers' pieces.
const root = mkdtempSync(join(tmpdir(), "parallel-validate-"));
const generated = join(root, "generated");
const PARALLEL = { workers: 2, parallelFromBytes: 0, pieceBytes: 4096 };
const SEQUENTIAL = { workers: 0 };

beforeAll(async () => {
  await generateEcosystem(generated, { organizations: 2000, seed: 7 });
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function copyWith(name: string, edit: (file: string, lines: string[]) => string[] | undefined): string {
  const dir = join(root, name);
  cpSync(generated, dir, { recursive: true });
  for (const file of ["organizations.csv", "alliances.csv", "locations.csv", "spin_offs.csv"]) {
    const path = join(dir, file);
    const lines = readFileSync(path, "utf8").split("\n");
    const edited = edit(file, lines);
    if (edited) writeFileSync(path, edited.join("\n"));
  }
  return dir;
}

/** The name of an organization, quoted with a comma, an escaped quote and a line break (valid CSV). */
function quoteName(line: string): string {
  const cells = line.split(",");
  cells[2] = `"${cells[2]}, ""the"" firm\nsecond line"`;
  return cells.join(",");
}

async function spooled(dir: string, options: object): Promise<{ scan: ScanResult; streams: unknown }> {
  const spool = new RowSpool();
  try {
    const scan = await scanDataset(dir, () => {}, undefined, spool, options);
    await spool.close();
    const streams: Record<string, { lines: number[]; records: unknown[] }> = {};
    for (const name of [...new Set(WRITE_STEPS.map((s) => s.file)), PART_OF_SPOOL]) {
      const all = { lines: [] as number[], records: [] as unknown[] };
      for await (const frame of spool.read(name)) {
        all.lines.push(...frame.lines);
        all.records.push(...frame.records);
      }
      streams[name] = all;
    }
    return { scan, streams };
  } finally {
    spool.remove();
  }
}

function summary(scan: ScanResult) {
  return {
    issues: scan.issues.map(formatIssue),
    issueCount: scan.issueCount,
    fingerprint: scan.fingerprint,
    rowCounts: [...scan.rowCounts],
    nodeCount: scan.nodeCount,
    relationshipCount: scan.relationshipCount,
  };
}

describe("parallel validation (worker threads)", () => {
  it("spools the same records, lines and counts as the single-threaded scan, across quoted line breaks", async () => {
    const dir = copyWith("valid", (file, lines) =>
      file === "organizations.csv"
        ? lines.map((line, i) => (i > 0 && i % 97 === 0 ? quoteName(line) : line))
        : undefined,
    );
    const one = await spooled(dir, SEQUENTIAL);
    const many = await spooled(dir, PARALLEL);
    expect(one.scan.issues).toEqual([]);
    expect(one.scan.rowsInWorkers).toBe(0);
    // Every file but the small ones (regions, sources, ...) went through the workers.
    const rows = [...one.scan.rowCounts.values()].reduce((a, b) => a + b, 0);
    expect(many.scan.rowsInWorkers).toBeGreaterThan(rows * 0.9);
    expect(summary(many.scan)).toEqual(summary(one.scan));
    expect(many.streams).toEqual(one.streams);
    // The quoted line breaks moved every later row down a line: the last organization's line shows it.
    const organizations = (one.streams as Record<string, { lines: number[] }>)["organizations.csv"];
    const lines = readFileSync(join(dir, "organizations.csv"), "utf8").trimEnd().split("\n").length;
    expect(organizations?.lines.at(-1)).toBe(lines);
    expect(organizations?.lines.length).toBe(2000);
  });

  it("reports the same problems, with file, line and field, in the same order", async () => {
    const dir = copyWith("broken", (file, lines) => {
      if (file === "organizations.csv") {
        lines[3] = quoteName(lines[3] as string);
        lines[40] = (lines[40] as string).replace(/,(Firm|PharmaCompany|University),/, ",Firmm,");
        lines[900] = `${(lines[12] as string).split(",")[0]},Firm,Copy,,,,,synthetic:registry`;
        lines[1500] = (lines[1500] as string).replace(/synthetic:registry$/, "synthetic:nowhere");
        return lines;
      }
      if (file === "alliances.csv") {
        const [from, to] = (lines[5] as string).split(",");
        lines[5] = `${from},syn-firm-999999,LICENSING,2001,,,synthetic:deals`;
        lines[70] = `${to},${from},LICENSING,2010,2001,,synthetic:deals`;
        lines[300] = `${from},${from},SUPPLY,,,,synthetic:deals`;
        lines[1200] = `${from},syn-platform-001,SUPPLY,,,,synthetic:deals`;
        // A row referring to the organization whose kind is invalid: not reported again.
        const invalid = (
          readFileSync(join(generated, "organizations.csv"), "utf8").split("\n")[40] ?? ""
        ).split(",")[0];
        lines[1300] = `${from},${invalid},SUPPLY,,,,synthetic:deals`;
        lines.splice(lines.length - 1, 0, lines[2] as string);
        return lines;
      }
      if (file === "locations.csv") {
        lines[800] = (lines[800] as string).replace(/synthetic:registry$/, "synthetic:elsewhere");
        return lines;
      }
      return undefined;
    });
    const one = await scanDataset(dir, () => {}, undefined, undefined, SEQUENTIAL);
    const many = await scanDataset(dir, () => {}, undefined, undefined, PARALLEL);
    expect(many.rowsInWorkers).toBeGreaterThan(0);
    const expected = summary(one);
    expect(expected.issues.length).toBeGreaterThanOrEqual(8);
    expect(expected.issues.join("\n")).toMatch(/organizations\.csv, line 42, kind: must be one of/);
    expect(expected.issues.join("\n")).toMatch(/alliances\.csv, line \d+: duplicate ALLIANCE/);
    expect(summary(many)).toEqual(expected);
  });

  it("writes the same neo4j-admin input files for --bulk, converted in the workers", async () => {
    const dir = copyWith("bulk", (file, lines) =>
      file === "organizations.csv"
        ? lines.map((line, i) => (i > 0 && i % 89 === 0 ? quoteName(line) : line))
        : undefined,
    );
    const convert = async (name: string, options: object) => {
      const out = join(root, name);
      mkdirSync(out);
      const sink = new AdminFilesSink(out, "20260101T000000Z-bulk");
      const scan = await scanDataset(dir, () => {}, sink, undefined, options);
      const input = await sink.close();
      const files = Object.fromEntries(
        readdirSync(out)
          .sort()
          .map((f) => [f, readFileSync(join(out, f), "utf8")]),
      );
      return { scan, input: JSON.stringify(input).replaceAll(out, "OUT"), files, counts: sink.counts };
    };
    const one = await convert("admin-one", SEQUENTIAL);
    const many = await convert("admin-many", PARALLEL);
    expect(one.scan.issueCount).toBe(0);
    expect(many.scan.rowsInWorkers).toBeGreaterThan(0);
    expect(Object.keys(many.files).length).toBeGreaterThan(10);
    expect(many.files).toEqual(one.files);
    expect(many.input).toEqual(one.input);
    expect(many.counts).toEqual(one.counts);
  });

  it("falls back to the single-threaded scan on malformed CSV, which names the line", async () => {
    const dir = copyWith("malformed", (file, lines) => {
      if (file !== "alliances.csv") return undefined;
      lines[1700] = `${lines[1700]},extra`;
      return lines;
    });
    const one = await scanDataset(dir, () => {}, undefined, undefined, SEQUENTIAL);
    const many = await scanDataset(dir, () => {}, undefined, undefined, PARALLEL);
    expect(one.issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^alliances\.csv, line 1701: is not valid CSV: Invalid Record Length/),
    ]);
    // The workers met the malformed piece; the answer is the single-threaded scan's.
    expect(many.rowsInWorkers).toBe(0);
    expect(summary(many)).toEqual(summary(one));
  });
});
