import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type DatasetIssue, formatIssue } from "../../../src/errors/app-errors.js";
import { MAX_ISSUES, scanDataset, validateDataset } from "../../../src/import/validate.js";
import { seedDir } from "../../../src/paths.js";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "datasets");
const problems = (name: string) => validateDataset(join(fixtures, name)).issues.map(formatIssue);

describe("validateDataset on broken datasets", () => {
  it("accepts the minimal valid dataset and the shipped seed", () => {
    const minimal = validateDataset(join(fixtures, "valid-minimal"));
    expect(minimal.issues).toEqual([]);
    expect(minimal.dataset?.nodes).toHaveLength(5);
    // 2 alliances + 1 spin-off + 1 location + 1 PART_OF from regions.csv
    expect(minimal.dataset?.relationships).toHaveLength(5);
    expect(validateDataset(seedDir).issues).toEqual([]);
  });

  it("names an unknown alliance type", () => {
    expect(problems("unknown-alliance-type")).toEqual([
      "alliances.csv, line 2, type: must be one of LICENSING, CO_DEVELOPMENT, COMMERCIALIZATION, MANUFACTURING, RESEARCH_SERVICES, EQUITY, SUPPLY, STRATEGIC, RESEARCH_COLLABORATION",
    ]);
  });

  it("names a dangling reference", () => {
    expect(problems("dangling-reference")).toEqual([
      "alliances.csv, line 4, to: unknown id 'fixture-nowhere' (dangling reference: no node has this id)",
    ]);
  });

  it("names a duplicate id across files", () => {
    expect(problems("duplicate-id")).toEqual([
      "countries.csv, line 2, id: duplicate id 'fixture-land' (already used in organizations.csv line 5)",
    ]);
  });

  it("names a year out of range", () => {
    expect(problems("year-out-of-range")).toEqual([
      "spin_offs.csv, line 2, year: must be between 1900 and 2100",
    ]);
  });

  it("names a missing required field", () => {
    expect(problems("missing-required-field")).toEqual(["organizations.csv, line 3, name: is required"]);
  });

  it("names a bad slug once, not again at every reference to it", () => {
    expect(problems("bad-slug")).toEqual([
      "organizations.csv, line 4, id: must be a lower-case kebab-case slug such as 'ku-leuven'",
    ]);
  });

  it("names an unknown source key", () => {
    expect(problems("unknown-source")).toEqual([
      "regions.csv, line 2, source: unknown source key 'fixture:unknown' (not in sources.csv)",
    ]);
  });

  it("reports every problem of a dataset at once", () => {
    expect(problems("many-problems")).toEqual([
      "organizations.csv, line 5, id: duplicate id 'fixture-alpha-bio' (already used in organizations.csv line 2)",
      "organizations.csv, line 6, kind: must be one of Firm, University, PharmaCompany, ResearchInstitute, PublicBody, Other",
      "alliances.csv, line 4, to: 'fixture-region' is a Region, but this column needs a Organization",
      "alliances.csv, line 5, milestonePayments: must be true or false",
    ]);
  });

  it("rejects a directory that does not exist", () => {
    expect(problems("no-such-dataset")[0]).toMatch(/no-such-dataset: is not a readable directory/);
  });
});

describe("scanDataset (streamed validation for large datasets)", () => {
  const all = readdirSync(fixtures);

  it("reports exactly what the in-memory validation reports, on every fixture and the seed", async () => {
    for (const name of all) {
      const dir = join(fixtures, name);
      const scan = await scanDataset(dir);
      expect(scan.issues.map(formatIssue), name).toEqual(validateDataset(dir).issues.map(formatIssue));
    }
    const seed = await scanDataset(seedDir);
    expect(seed.issueCount).toBe(0);
    const inMemory = validateDataset(seedDir).dataset;
    expect(seed.nodeCount).toBe(inMemory?.nodes.length);
    expect(seed.relationshipCount).toBe(inMemory?.relationships.length);
  });

  it("keeps the first problems and counts the rest when a file is broken throughout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "many-problems-"));
    try {
      writeFileSync(join(dir, "sources.csv"), "key,title,citation,url,note\nfixture:test,Test data,,,\n");
      const rows = ["id,kind,name,source"];
      for (let i = 0; i < MAX_ISSUES + 500; i++) rows.push(`fixture-${i},Planet,Name ${i},fixture:test`);
      writeFileSync(join(dir, "organizations.csv"), `${rows.join("\n")}\n`);
      const scan = await scanDataset(dir);
      expect(scan.issueCount).toBe(MAX_ISSUES + 500);
      expect(scan.issues).toHaveLength(MAX_ISSUES);
      expect(formatIssue(scan.issues[0] as DatasetIssue)).toBe(
        "organizations.csv, line 2, kind: must be one of Firm, University, PharmaCompany, ResearchInstitute, PublicBody, Other",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
