/**
 * `tsx bench/scale/validate-convert.ts DIR [--runs N] [--workers N] [--check]`: validation + the
 * --bulk conversion alone (no database), as `npm run import -- DIR --bulk` runs it before
 * neo4j-admin. Prints wall and CPU seconds (all threads of this process) per run, so changes to
 * validation can be measured at 100k in seconds, alternating builds in the same minute.
 * --check: validation only (no conversion), as `npm run import -- DIR --check`.
 * --spool: validation with the spool and no conversion, as the online import's first pass.
 * --keep DIR: keep the last run's neo4j-admin files in DIR, with manifest.json (the input groups), to
 *   compare two builds' output or run neo4j-admin on them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { AdminFilesSink } from "../../src/import/bulk.js";
import { RowSpool } from "../../src/import/spool.js";
import { scanDataset } from "../../src/import/validate.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "");
const runs = Number(flag("--runs") ?? 1);
const workers = flag("--workers") === undefined ? undefined : Number(flag("--workers"));
const checkOnly = args.includes("--check");
const keep = flag("--keep");
const spooled = args.includes("--spool");

for (let run = 0; run < runs; run++) {
  const out = keep && run === runs - 1 ? resolve(keep) : mkdtempSync(join(tmpdir(), "validate-convert-"));
  mkdirSync(out, { recursive: true });
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    const sink = checkOnly || spooled ? undefined : new AdminFilesSink(out, "bench-run");
    const spool = spooled ? new RowSpool() : undefined;
    let rows = 0;
    const scan = await scanDataset(dir, (n) => (rows += n), sink, spool, { workers });
    const input = await sink?.close();
    if (input && keep && run === runs - 1)
      writeFileSync(join(out, "manifest.json"), JSON.stringify(input, null, 2));
    await spool?.close();
    spool?.remove();
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    console.log(
      `${checkOnly ? "validate" : spooled ? "validate+spool" : "validate+convert"} ${dir}: ${rows} rows, ${scan.issueCount} issues, ` +
        `${seconds.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} CPU s, ` +
        `${((used.user + used.system) / Math.max(rows, 1)).toFixed(2)} CPU us/row, workers ${scan.rowsInWorkers} rows, load ${(loadavg()[0] ?? 0).toFixed(1)}`,
    );
  } finally {
    if (out !== (keep && resolve(keep))) rmSync(out, { recursive: true, force: true });
  }
}
