import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../../src/paths.js";
import { testDatabaseEnv } from "../../helpers/run-cli.js";

interface Probe {
  rows: { n: number }[];
  read: { s: string }[];
  entries: [string, unknown][];
  ownSymbols: string[];
  forOf: unknown[];
  error: { name: string; code: string } | null;
  patched: string[];
  loadedBefore: number;
}

/** The probe in its own process: a fresh module cache, the driver loaded through Database. */
function runProbe(): Probe {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "tests", "helpers", "driver-generators-probe.ts")],
    {
      cwd: projectRoot,
      encoding: "utf8",
      env: testDatabaseEnv(),
      timeout: 60_000,
    },
  );
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout.trim().split("\n").pop() ?? "") as Probe;
}

describe("the driver's generator helper, rewritten as it loads (src/db/driver-generators.ts)", () => {
  it("is rewritten in the driver files that Database loads, and queries, records and errors are unchanged", () => {
    const probe = runProbe();
    expect(probe.loadedBefore).toBe(0);
    // The files whose async methods every query goes through.
    expect(probe.patched).toEqual(
      expect.arrayContaining([
        "/neo4j-driver-core/lib/session.js",
        "/neo4j-driver-core/lib/internal/connection-holder.js",
        "/neo4j-driver-core/lib/internal/pool/pool.js",
        "/neo4j-driver-bolt-connection/lib/connection-provider/connection-provider-direct.js",
      ]),
    );
    // The per-call [Symbol.iterator] is gone from the generator objects; iteration still works.
    expect(probe.ownSymbols).toEqual([]);
    expect(probe.entries).toEqual([
      ["a", 1],
      ["b", "two"],
    ]);
    expect(probe.forOf).toEqual([1, "two"]);
    expect(probe.rows).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(probe.read).toEqual([{ s: "managed!" }]);
    expect(probe.error).toEqual({ name: "QueryError", code: "CYPHER_ERROR" });
  });
});
