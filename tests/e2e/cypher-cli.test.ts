import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabase } from "../helpers/database.js";
import { runCli } from "../helpers/run-cli.js";

const db = testDatabase();
const tmp = mkdtempSync(join(tmpdir(), "cypher-cli-"));
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await db.close();
});

describe("npm run cypher", () => {
  it("runs a library query by name and prints an aligned table", () => {
    const { status, stdout } = runCli("cypher.ts", ["spin-off-lineage"]);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^depth \| year \| id\s+\| name\s+\| kind\s+\| organization$/);
    expect(lines[1]).toMatch(/^-+(-\+-+)+$/);
    expect(lines.slice(2, 5).map((l) => l.split("|")[2]?.trim())).toEqual([
      "oncurious",
      "thrombogenics",
      "ku-leuven",
    ]);
    expect(lines.at(-1)).toBe("(3 rows)");
  });

  it("takes typed parameters and prints JSON rows with plain numbers", () => {
    const { status, stdout } = runCli("cypher.ts", [
      "dependent-firms",
      "--param",
      "partnerId=novartis",
      "--format",
      "json",
    ]);
    expect(status).toBe(0);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r.firmId, r.allianceCount, r.firmAllianceCount])).toEqual([
      ["thrombogenics", 1, 3],
      ["ablynx", 1, 10],
    ]);
  });

  it("prints CSV with a header", () => {
    const { stdout } = runCli("cypher.ts", ["partner-dependency", "-p", "id=thrombogenics", "-f", "csv"]);
    const rows = parse(stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.partnerId)).toEqual(["alcon", "bioinvent", "novartis"]);
    expect(JSON.parse(rows[0]?.areas ?? "")).toEqual([{ area: "MARKETING", alliances: 1 }]);
  });

  it("runs inline Cypher and renders nodes, relationships and paths readably", () => {
    const { status, stdout } = runCli("cypher.ts", [
      "-e",
      "MATCH p = (:Firm {id: 'oncurious'})-[:SPUN_OFF_FROM]->(t) RETURN p, t.id AS id, 2 AS n",
      "--wide",
    ]);
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /\(:Organization:Firm \{.*id: 'oncurious'.*\}\)-\[:SPUN_OFF_FROM \{.*\}\]->\(:Organization:Firm \{.*id: 'thrombogenics'/,
    );
    expect(stdout).not.toMatch(/low: \d/);
    expect(stdout).toMatch(/\| 2\s*$/m);
  });

  it("runs any .cypher file with its header defaults", () => {
    const file = join(tmp, "count.cypher");
    writeFileSync(
      file,
      "// @title Count firms\n// @param kind = 'Firm' -- label\nMATCH (o:Organization) WHERE $kind IN labels(o) RETURN count(o) AS n;\n",
    );
    const { status, stdout } = runCli("cypher.ts", [file, "-f", "json"]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)[0].n).toBeGreaterThan(17);
  });

  it("refuses a write by default (exit 4) and writes nothing", async () => {
    const { status, stderr } = runCli("cypher.ts", [
      "-e",
      "CREATE (:Organization:Firm {id: 'test-cli-write', name: 'x'})",
    ]);
    expect(status).toBe(4);
    expect(stderr).toMatch(/WRITE_NOT_ALLOWED.*--write/);
    const [row] = await db.read<{ n: number }>("MATCH (o {id: 'test-cli-write'}) RETURN count(o) AS n");
    expect(row?.n).toBe(0);
  });

  it("allows a write with --write", async () => {
    const { status } = runCli("cypher.ts", [
      "--write",
      "-e",
      "CREATE (:Organization:Firm {id: 'test-cli-write2', name: 'x'})",
    ]);
    try {
      expect(status).toBe(0);
      const [row] = await db.read<{ n: number }>("MATCH (o {id: 'test-cli-write2'}) RETURN count(o) AS n");
      expect(row?.n).toBe(1);
    } finally {
      await db.write("MATCH (o {id: 'test-cli-write2'}) DETACH DELETE o");
    }
  });

  it("reports a Cypher error with the file and position, exit 3", () => {
    const file = join(tmp, "broken.cypher");
    writeFileSync(file, "MATCH (n RETURN n;\n");
    const { status, stderr } = runCli("cypher.ts", [file]);
    expect(status).toBe(3);
    expect(stderr).toContain(file);
    expect(stderr).toMatch(/line 1, column \d+/);
  });

  it("rejects an unknown query or parameter with exit 2", () => {
    expect(runCli("cypher.ts", ["no-such-query"]).status).toBe(2);
    const { status, stderr } = runCli("cypher.ts", ["spin-off-lineage", "-p", "nope=1"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/no parameter nope/);
  });

  it("lists the library with purposes and parameters", () => {
    const { status, stdout } = runCli("cypher.ts", ["--list"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^partner-dependency: Partner dependency of a firm$/m);
    expect(stdout).toContain("--param id=ablynx");
  });
});

describe("npm run export", () => {
  it("writes GraphML to the chosen folder", () => {
    const out = join(tmp, "graphml");
    const { status, stdout } = runCli("export.ts", [
      "--format",
      "graphml",
      "--with",
      "regions,platforms",
      "--out",
      out,
    ]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Exported \d+ nodes and \d+ relationships/);
  });

  it("rejects a bad --as-of and an unknown kind", () => {
    expect(runCli("export.ts", ["--as-of", "1800", "--out", tmp]).status).toBe(2);
    expect(runCli("export.ts", ["--with", "planets", "--out", tmp]).status).toBe(2);
  });
});
