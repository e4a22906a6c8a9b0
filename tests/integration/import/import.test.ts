import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DatasetInvalidError } from "../../../src/errors/app-errors.js";
import { importDataset } from "../../../src/import/import-dataset.js";
import { listRuns } from "../../../src/import/ledger.js";
import { seedDir } from "../../../src/paths.js";
import { testDatabase } from "../../helpers/database.js";
import { graphCounts } from "../../helpers/graph-counts.js";

const db = testDatabase();
const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "datasets");

async function removeFixtureNodes() {
  await db.write(
    "MATCH (n) WHERE n.id STARTS WITH 'fixture-' OR n.key STARTS WITH 'fixture:' DETACH DELETE n",
  );
  // The fixture runs' ledger entries too (a failed one would show as an unfinished import).
  await db.write("MATCH (r:ImportRun) WHERE r.dir STARTS WITH $fixtures DELETE r", { fixtures });
}

afterEach(removeFixtureNodes);
afterAll(() => db.close());

describe("importing datasets into the real database", () => {
  it("imports a dataset, and re-importing it changes no count", async () => {
    const before = await graphCounts(db);
    const first = await importDataset(db, join(fixtures, "valid-minimal"));
    // 5 nodes and the dataset's one Source.
    expect(first.nodes.reduce((sum, n) => sum + n.created, 0)).toBe(6);
    expect(first.relationships.reduce((sum, r) => sum + r.created, 0)).toBe(5);
    const afterFirst = await graphCounts(db);
    expect(afterFirst).toEqual({ nodes: before.nodes + 6, relationships: before.relationships + 5 });

    const second = await importDataset(db, join(fixtures, "valid-minimal"));
    expect(second.nodes.reduce((sum, n) => sum + n.created, 0)).toBe(0);
    expect(second.relationships.reduce((sum, r) => sum + r.created, 0)).toBe(0);
    expect(await graphCounts(db)).toEqual(afterFirst);

    const [alliance] = await db.read<{ types: string[]; milestones: boolean[] }>(
      `MATCH (:Firm {id: 'fixture-alpha-bio'})-[r:ALLIANCE]->(:PharmaCompany {id: 'fixture-big-pharma'})
       WITH r ORDER BY r.type RETURN collect(r.type) AS types, collect(r.milestonePayments) AS milestones`,
    );
    expect(alliance).toEqual({ types: ["LICENSING", "MANUFACTURING"], milestones: [true] });
  });

  it("announces as the write total exactly the rows it writes, the regions' PART_OF rows included", async () => {
    const phases: { label: string; total?: number; done: number }[] = [];
    const progress = {
      phase: (label: string, total?: number) => phases.push({ label, total, done: 0 }),
      increment: (rows: number) => {
        const current = phases.at(-1);
        if (current) current.done += rows;
      },
    };
    const report = await importDataset(db, join(fixtures, "valid-minimal"), { progress });
    const write = phases.find((p) => p.label === "write");
    const written = [...report.nodes, ...report.relationships].reduce((sum, c) => sum + c.rows, 0);
    // valid-minimal's one region names its country: a PART_OF row that no file holds as a row.
    expect(report.relationships.find((c) => c.what.includes("PART_OF"))?.rows).toBe(1);
    expect(write).toEqual({ label: "write", total: written, done: written });
  });

  it("re-importing the seed is idempotent", async () => {
    const before = await graphCounts(db);
    const report = await importDataset(db, seedDir);
    expect(report.nodes.every((n) => n.created === 0)).toBe(true);
    expect(report.relationships.every((r) => r.created === 0)).toBe(true);
    expect(await graphCounts(db)).toEqual(before);
  });

  it("writes nothing when validation fails", async () => {
    const before = await graphCounts(db);
    await expect(importDataset(db, join(fixtures, "many-problems"))).rejects.toBeInstanceOf(
      DatasetInvalidError,
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it("rolls back everything when the database rejects part of a valid dataset", async () => {
    // A real failure half-way: a uniqueness constraint on Country.name that the fixture's country
    // violates, after its organizations have already been written in the same transaction.
    await db.write(
      "MERGE (c:Country {id: 'fixture-clash'}) SET c.name = 'Fixtureland', c.source = 'fixture:paper'",
    );
    await db.write(
      "CREATE CONSTRAINT fixture_country_name IF NOT EXISTS FOR (c:Country) REQUIRE c.name IS UNIQUE",
    );
    try {
      const before = await graphCounts(db);
      await expect(importDataset(db, join(fixtures, "valid-minimal"))).rejects.toMatchObject({
        code: "CONSTRAINT_VIOLATION",
      });
      expect(await graphCounts(db)).toEqual(before);
      const [row] = await db.read<{ n: number }>(
        "MATCH (o:Organization) WHERE o.id STARTS WITH 'fixture-' RETURN count(o) AS n",
      );
      expect(row?.n).toBe(0);
      // The ledger keeps the failed run, with the database's reason.
      const [run] = await listRuns(db, 1);
      expect(run).toMatchObject({ status: "failed", rowsWritten: 0 });
      expect(run?.error).toMatch(/already exists with label `Country`/);
    } finally {
      await db.write("DROP CONSTRAINT fixture_country_name IF EXISTS");
    }
  });
  it("keeps a connector's alliance apart from a curated one of the same pair and type, on re-import too", async () => {
    // valid-minimal plus sourced_alliances.csv (test data): both files give Firm-[ALLIANCE]->PharmaCompany.
    const dir = join(mkdtempSync(join(tmpdir(), "sourced-alliances-")), "dataset");
    cpSync(join(fixtures, "valid-minimal"), dir, { recursive: true });
    writeFileSync(
      join(dir, "sourced_alliances.csv"),
      "from,to,type,origin,since,until,evidence,evidenceCount,source,note\n" +
        "fixture-alpha-bio,fixture-big-pharma,LICENSING,ctgov,2015,,NCT00000001,1,fixture:paper,test data\n",
    );
    const alliances = () =>
      db.read<{ origin: string | null; since: number; evidence: string[] | null }>(
        `MATCH (:Firm {id: 'fixture-alpha-bio'})-[r:ALLIANCE {type: 'LICENSING'}]->(:PharmaCompany {id: 'fixture-big-pharma'})
         RETURN r.origin AS origin, r.since AS since, r.evidence AS evidence
         ORDER BY origin`,
      );
    const expected = [
      { origin: "ctgov", since: 2015, evidence: ["NCT00000001"] },
      { origin: null, since: 2010, evidence: null },
    ];
    try {
      await importDataset(db, dir);
      expect(await alliances()).toEqual(expected);
      // Not fresh any more: each file's rows are matched on that file's identity (type, or type and origin).
      const again = await importDataset(db, dir);
      expect(again.relationships.reduce((sum, r) => sum + r.created, 0)).toBe(0);
      expect(await alliances()).toEqual(expected);
    } finally {
      await db.write("MATCH (r:ImportRun) WHERE r.dir = $dir DELETE r", { dir });
      rmSync(join(dir, ".."), { recursive: true, force: true });
    }
  });
});
