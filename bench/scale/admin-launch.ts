/**
 * `tsx bench/scale/admin-launch.ts DATASET_DIR [--runs N]`: the part of `npm run import -- --bulk`
 * that the 0.8x target counts (validate + convert, then neo4j-admin), without the server restart,
 * with and without starting neo4j-admin early (AdminLauncher), alternating in each run:
 *   - cold: validate + convert, then a fresh `java … AdminTool` (as --bulk did before the launcher);
 *   - early: the launcher starts first and warms up while validate + convert runs; then the arguments.
 * It imports into the project's local Neo4j home (the server must be stopped; its `neo4j` database
 * is overwritten: use a throwaway worktree or the scale bench's scratch home).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadConfig } from "../../src/config/env.js";
import { AdminLauncher, runAdminImport } from "../../src/db/local/admin-import.js";
import { prepareLocalHome, readState } from "../../src/db/local/local-server.js";
import { AdminFilesSink } from "../../src/import/bulk.js";
import { scanDataset } from "../../src/import/validate.js";

const args = process.argv.slice(2);
const dataset = resolve(args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs") ?? "");
const runs = Number(args[args.indexOf("--runs") + 1] ?? 1) || 1;
if (readState()) throw new Error("stop the local Neo4j first (npm run db:stop)");
const config = loadConfig();
prepareLocalHome(config);

async function load(early: boolean): Promise<{ convert: number; admin: number; imported: string }> {
  const out = mkdtempSync(join(tmpdir(), "admin-launch-"));
  let imported = "";
  const log = (line: string) => {
    imported = /IMPORT DONE in (.+)\./.exec(line)?.[1] ?? imported;
  };
  try {
    const started = performance.now();
    const launcher = early ? AdminLauncher.start(config, log) : undefined;
    const sink = new AdminFilesSink(out, "admin-launch");
    const scan = await scanDataset(dataset, () => {}, sink);
    const input = await sink.close();
    if (scan.issueCount > 0) throw new Error(`${scan.issueCount} issues`);
    const converted = performance.now();
    await runAdminImport(config, input, log, launcher);
    const done = performance.now();
    return { convert: (converted - started) / 1000, admin: (done - converted) / 1000, imported };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

for (let run = 0; run < runs; run++) {
  for (const early of [false, true]) {
    const r = await load(early);
    console.log(
      `run ${run + 1} ${early ? "early" : "cold "}: validate+convert ${r.convert.toFixed(2)} s + neo4j-admin ${r.admin.toFixed(2)} s ` +
        `(IMPORT DONE in ${r.imported}) = ${(r.convert + r.admin).toFixed(2)} s, load ${(loadavg()[0] ?? 0).toFixed(1)}`,
    );
  }
}
