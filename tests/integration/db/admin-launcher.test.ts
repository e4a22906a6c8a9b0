import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../../src/config/env.js";
import { AdminLauncher, LAUNCHER_ABORTED } from "../../../src/db/local/admin-import.js";
import { resolveClasspath } from "../../../src/db/local/classpath.js";
import { findJava } from "../../../src/db/local/java.js";
import { localLayout } from "../../../src/db/local/layout.js";
import { proceduresJar } from "../../../src/db/local/procedures.js";
import { seedDir } from "../../../src/paths.js";
import { testDatabase } from "../../helpers/database.js";
import { runCli } from "../../helpers/run-cli.js";

const db = testDatabase();
const work = mkdtempSync(join(tmpdir(), "admin-launcher-test-"));
afterAll(async () => {
  rmSync(work, { recursive: true, force: true });
  await db.close();
});

/** Launcher JVMs of this checkout still alive (other worktrees' launchers have their own jar path). */
function liveLaunchers(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        return cmdline.includes("local.ecosystem.launcher.AdminLauncher") && cmdline.includes(proceduresJar);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const databases = () => readdirSync(join(localLayout.data, "databases")).sort();

// The launcher runs neo4j-admin from the project's local Neo4j home: only where the test database is
// that server (the default, and CI).
describe.runIf(inject("neo4j").kind === "local")("neo4j-admin started early (--bulk's AdminLauncher)", () => {
  it("a dataset with problems never starts the import: the database keeps its data and no launcher is left", async () => {
    const bad = join(work, "bad");
    cpSync(seedDir, bad, { recursive: true });
    const organizations = join(bad, "organizations.csv");
    const lines = readFileSync(organizations, "utf8").split("\n");
    lines[2] = lines[2]?.replace(/^[^,]+,Firm,/, "bad-kind-row,Spaceship,") ?? "";
    writeFileSync(organizations, lines.join("\n"));
    const before = databases();

    const result = runCli("import.ts", [bad, "--bulk"], { NEO4J_PROVIDER: "local", NEO4J_URI: "" });
    expect(result.status, result.stderr).not.toBe(0);
    expect(result.stderr).toMatch(/organizations\.csv.*line 3/);
    expect(result.stderr).toMatch(/kind/);
    const [row] = await db.read<{ n: number }>("MATCH (o:Organization {id: 'ablynx'}) RETURN count(o) AS n");
    expect(row?.n).toBe(1);
    expect(databases()).toEqual(before);
    expect(liveLaunchers()).toEqual([]);
  });

  it("a failing neo4j-admin still reports its own error text", async () => {
    const launcher = AdminLauncher.start(loadConfig());
    await launcher.ready();
    const missing = join(work, "missing.csv");
    const input = { nodes: [{ labels: ["Organization"], files: [missing] }], relationships: [] };
    await expect(launcher.run(input, "launchertest")).rejects.toThrow(
      new RegExp(
        `neo4j-admin database import failed \\(exit \\d+\\):\\n(.*\\n)*.*File '${missing}' doesn't exist`,
      ),
    );
    // neo4j-admin itself creates the database's directory before it checks its input (a plain run does too).
    rmSync(join(localLayout.data, "databases", "launchertest"), { recursive: true, force: true });
    rmSync(join(localLayout.data, "transactions", "launchertest"), { recursive: true, force: true });
    expect(liveLaunchers()).toEqual([]);
  });

  it("abort stops the waiting JVM before it reads or writes anything", async () => {
    const before = databases();
    const launcher = AdminLauncher.start(loadConfig());
    expect(liveLaunchers().length).toBe(1);
    await launcher.abort();
    expect(liveLaunchers()).toEqual([]);
    expect(launcher.usable).toBe(false);
    expect(databases()).toEqual(before);
    // Told by its protocol instead of a signal, the launcher exits with its own status.
    const java = spawnSync(
      findJava(undefined),
      ["-cp", `${proceduresJar}:${resolveClasspath().classpath}`, "local.ecosystem.launcher.AdminLauncher"],
      {
        input: "abort\n",
        env: { ...process.env, NEO4J_HOME: localLayout.home, NEO4J_CONF: localLayout.conf },
        timeout: 60_000,
      },
    );
    expect(java.status).toBe(LAUNCHER_ABORTED);
  });
});
