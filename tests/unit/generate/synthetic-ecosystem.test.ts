import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { generateEcosystem, MAX_SPIN_OFF_DEPTH } from "../../../src/generate/synthetic-ecosystem.js";
import { validateDataset } from "../../../src/import/validate.js";

const root = mkdtempSync(join(tmpdir(), "synthetic-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const rows = (dir: string, file: string) =>
  parse(readFileSync(join(dir, file), "utf8"), { columns: true }) as Record<string, string>[];
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );

describe("npm run generate (synthetic ecosystem)", () => {
  const a = join(root, "a");
  const b = join(root, "b");
  const c = join(root, "c");

  it("writes a valid dataset in the seed format, the same files for the same seed", async () => {
    const written = await generateEcosystem(a, { organizations: 1500, seed: 7 });
    await generateEcosystem(b, { organizations: 1500, seed: 7 });
    await generateEcosystem(c, { organizations: 1500, seed: 8 });
    expect(written.find((f) => f.file === "organizations.csv")?.rows).toBe(1500);
    const { dataset, issues } = validateDataset(a);
    expect(issues).toEqual([]);
    expect(dataset?.nodes.filter((n) => n.labels.includes("Organization"))).toHaveLength(1500);
    expect(filesOf(b)).toEqual(filesOf(a));
    expect(filesOf(c)["alliances.csv"]).not.toEqual(filesOf(a)["alliances.csv"]);
  }, 60_000);

  it("has the kinds in proportion, Zipf hubs, dated alliances, spin-off chains and sources", () => {
    const orgs = rows(a, "organizations.csv");
    const kinds = new Map<string, number>();
    for (const o of orgs) kinds.set(o.kind as string, (kinds.get(o.kind as string) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ PharmaCompany: 225, University: 75, Firm: 1200 });

    const alliances = rows(a, "alliances.csv");
    const degree = new Map<string, number>();
    for (const r of alliances) degree.set(r.to as string, (degree.get(r.to as string) ?? 0) + 1);
    const sorted = [...degree.values()].sort((x, y) => y - x);
    // Zipf: the top hub holds several times the tenth one, and the median partner has few.
    expect(sorted[0]).toBeGreaterThan(4 * (sorted[9] ?? 0));
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(3);
    const years = alliances.map((r) => Number(r.since));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1990);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    const ended = alliances.filter((r) => r.until !== "");
    expect(ended.length).toBeGreaterThan(0);
    for (const r of ended) expect(Number(r.until)).toBeGreaterThan(Number(r.since));

    const parent = new Map(rows(a, "spin_offs.csv").map((r) => [r.from as string, r.to as string]));
    const depth = (id: string) => {
      let d = 0;
      for (let x = parent.get(id); x !== undefined; x = parent.get(x)) d++;
      return d;
    };
    const depths = [...parent.keys()].map(depth);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...depths)).toBeLessThanOrEqual(MAX_SPIN_OFF_DEPTH);

    const acquired = new Set(rows(a, "acquisitions.csv").map((r) => r.to));
    expect(acquired.size).toBeGreaterThan(0);
    for (const o of orgs) expect(o.status === "ACQUIRED").toBe(acquired.has(o.id));

    expect(rows(a, "sources.csv").every((s) => /synthetic/i.test(s.note as string))).toBe(true);
    expect(orgs.every((o) => o.id?.startsWith("syn-"))).toBe(true);
  });
});
