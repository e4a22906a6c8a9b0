/**
 * `npm run bench -- --scale N`: import at scale, each figure against its baseline on the same data
 * in the same run. It uses its own scratch local Neo4j (never your database):
 *   - the plain driver script (UNWIND + MERGE, 10k rows/tx: bench/scale/plain-driver-import.ts)
 *     vs `npm run import` (online), both into an empty database;
 *   - re-importing the same dataset online (must create nothing);
 *   - `npm run import -- --bulk` vs neo4j-admin run by hand on the same converted files.
 *
 * Options: --data DIR (else a synthetic dataset of N organizations, seed 1, is generated),
 * --skip-plain, --skip-online, --skip-again (no re-import), --skip-bulk, --plain-timeout SECONDS (default 1800),
 * --bulk-pairs N (the --bulk / by-hand pair N times, each ratio and their median; default 1).
 * Before every timed step the previous steps' writes are flushed (sync, then Dirty + Writeback
 * under 32 MiB), so no step pays for another's write-back.
 * Environment: BENCH_SCALE_DIR (default .data/bench-scale), BENCH_BOLT_PORT / BENCH_HTTP_PORT
 * (default 7697 / 7494), BENCH_NEO4J_HEAP (2g), BENCH_NEO4J_PAGECACHE (1500m).
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { type AdminImportInput, adminImportArgs } from "../../src/db/local/admin-import.js";
import { resolveClasspath } from "../../src/db/local/classpath.js";
import { findJava } from "../../src/db/local/java.js";
import { projectRoot } from "../../src/paths.js";

interface Step {
  name: string;
  seconds: number;
  rows: number;
  maxRssMb?: number;
  /** CPU seconds (user + system) of the node process: less sensitive than wall time to a shared machine. */
  cpuSeconds?: number;
  /** CPU seconds the scratch Neo4j used during the step (online imports). */
  neo4jCpuSeconds?: number;
  note?: string;
  finished: boolean;
  /** 1-minute load average when the step ended (the machine may be shared). */
  load?: number;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a live process has used so far, from /proc. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Dirty + under-writeback page cache, in MiB (Linux; 0 elsewhere). */
function unwrittenMb(): number {
  try {
    const info = readFileSync("/proc/meminfo", "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(info)?.[1] ?? 0);
    return (kb("Dirty") + kb("Writeback")) / 1024;
  } catch {
    return 0;
  }
}

/**
 * Lets the previous step's writes reach the disk before a timed step starts. Without it a step
 * pays for its predecessor's write-back (a store of ~1 GB at 1M): neo4j-admin took 38.2 s inside
 * --bulk and 28.4 s by hand a minute later on the same files (session 8).
 */
async function settle(): Promise<void> {
  spawnSync("sync");
  for (let waited = 0; unwrittenMb() > 32 && waited < 60_000; waited += 250) {
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The node flags of `npm run import` (package.json), if any, so the bench runs the importer as a user does. */
function importNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  return (pkg.scripts.import ?? "").split(/\s+/).filter((a) => a.startsWith("--"));
}

/** Runs a node script (tsx) as a child; returns its output, wall time, peak RSS and CPU time. */
async function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutSeconds = 0,
): Promise<{
  output: string;
  seconds: number;
  maxRssMb: number;
  cpuSeconds: number;
  code: number | null;
  timedOut: boolean;
}> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(script === "src/cli/import.ts" ? importNodeFlags() : []),
      "--import",
      "tsx",
      join(projectRoot, script),
      ...args,
    ],
    {
      cwd: projectRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
    process.stderr.write(d);
  });
  let maxRssMb = 0;
  let cpuSeconds = 0;
  const poll = setInterval(() => {
    if (!child.pid) return;
    maxRssMb = Math.max(maxRssMb, rssOf(child.pid));
    cpuSeconds = Math.max(cpuSeconds, cpuOf(child.pid));
  }, 250);
  let timedOut = false;
  const timer =
    timeoutSeconds > 0
      ? setTimeout(() => {
          timedOut = true;
          child.kill("SIGKILL");
        }, timeoutSeconds * 1000)
      : undefined;
  const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
  clearInterval(poll);
  if (timer) clearTimeout(timer);
  return { output, seconds: (performance.now() - started) / 1000, maxRssMb, cpuSeconds, code, timedOut };
}

/** The import's phase times from its plain progress lines ("validate …, 8.8 s"). */
function phasesOf(output: string): string | undefined {
  const phases = [...output.matchAll(/^(validate|write|build indexes): .*, ([\d.]+) s$/gm)].map(
    (m) => `${m[1]} ${m[2]}`,
  );
  return phases.length ? phases.join(", ") : undefined;
}

export async function runImportScaleBench(args: string[]): Promise<number> {
  const organizations = Number((flag(args, "--scale") ?? "").replaceAll("_", ""));
  if (!Number.isInteger(organizations) || organizations < 20)
    throw new Error("--scale needs a number of organizations (>= 20)");
  const plainTimeout = Number(flag(args, "--plain-timeout") ?? 1800);
  const bulkPairs = Number(flag(args, "--bulk-pairs") ?? 1);
  if (!Number.isInteger(bulkPairs) || bulkPairs < 1)
    throw new Error("--bulk-pairs needs a whole number >= 1");
  const scratch = resolve(process.env.BENCH_SCALE_DIR ?? join(projectRoot, ".data", "bench-scale"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ECOSYSTEM_DATA_DIR: scratch,
    NEO4J_PROVIDER: "local",
    NEO4J_URI: "",
    NEO4J_BOLT_PORT: process.env.BENCH_BOLT_PORT ?? "7697",
    NEO4J_HTTP_PORT: process.env.BENCH_HTTP_PORT ?? "7494",
    NEO4J_HEAP: process.env.BENCH_NEO4J_HEAP ?? "2g",
    NEO4J_PAGECACHE: process.env.BENCH_NEO4J_PAGECACHE ?? "1500m",
    NEO4J_TX_MEMORY: process.env.BENCH_NEO4J_TX_MEMORY ?? "2g",
    NEO4J_PASSWORD: "bench-scale-password",
    CI: "true",
  };
  const remoteEnv = {
    ...env,
    NEO4J_PROVIDER: "remote",
    NEO4J_URI: `bolt://127.0.0.1:${env.NEO4J_BOLT_PORT}`,
  };
  /** CPU seconds the scratch Neo4j's JVM has used so far (0 when it is not running). */
  const neo4jCpu = () => {
    try {
      const { pid } = JSON.parse(readFileSync(join(scratch, "neo4j", "run", "server.json"), "utf8")) as {
        pid: number;
      };
      return cpuOf(pid);
    } catch {
      return 0;
    }
  };
  const db = async (command: "start" | "stop") => {
    const result = await runNode("src/cli/db.ts", [command], env);
    if (result.code !== 0) throw new Error(`db:${command} failed:\n${result.output}`);
  };
  const wipe = async () => {
    await db("stop");
    rmSync(join(scratch, "neo4j", "data"), { recursive: true, force: true });
  };

  let dir = flag(args, "--data");
  if (!dir) {
    dir = join(scratch, `dataset-${organizations}`);
    if (!existsSync(join(dir, "GENERATED.txt"))) {
      const generated = await runNode(
        "src/cli/generate.ts",
        ["--organizations", String(organizations), "--out", dir, "--seed", "1"],
        env,
      );
      if (generated.code !== 0) throw new Error(generated.output);
    }
  }
  dir = resolve(dir);
  const rows = readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .reduce(
      (sum, f) =>
        sum +
        readFileSync(join(dir as string, f), "utf8")
          .split("\n")
          .filter(Boolean).length -
        1,
      0,
    );
  const steps: Step[] = [];
  const record = (step: Step) => steps.push({ ...step, load: loadavg()[0] });
  console.error(
    `scale bench: ${dir}, ${rows} rows; scratch Neo4j in ${scratch} (bolt ${env.NEO4J_BOLT_PORT})`,
  );

  try {
    if (!args.includes("--skip-plain")) {
      await wipe();
      await db("start");
      await settle();
      const plain = await runNode(
        "bench/scale/plain-driver-import.ts",
        [dir, "10000"],
        remoteEnv,
        plainTimeout,
      );
      record({
        name: "plain driver script (UNWIND+MERGE, 10k rows/tx)",
        seconds: plain.seconds,
        rows,
        maxRssMb: plain.maxRssMb,
        cpuSeconds: plain.cpuSeconds,
        finished: plain.code === 0,
        note: plain.timedOut ? `stopped after ${plainTimeout} s` : plain.code === 0 ? undefined : "failed",
      });
    }
    if (!args.includes("--skip-online")) {
      await wipe();
      await db("start");
      await settle();
      const neo4jBefore = neo4jCpu();
      const online = await runNode("src/cli/import.ts", [dir], remoteEnv);
      if (online.code !== 0) throw new Error(`online import failed:\n${online.output.slice(-2000)}`);
      record({
        name: "npm run import (online, empty database)",
        seconds: online.seconds,
        rows,
        maxRssMb: online.maxRssMb,
        cpuSeconds: online.cpuSeconds,
        neo4jCpuSeconds: neo4jCpu() - neo4jBefore,
        finished: true,
        note: phasesOf(online.output),
      });
    }
    if (!args.includes("--skip-online") && !args.includes("--skip-again")) {
      await settle();
      const neo4jBefore = neo4jCpu();
      const again = await runNode("src/cli/import.ts", [dir], remoteEnv);
      if (again.code !== 0) throw new Error(`re-import failed:\n${again.output.slice(-2000)}`);
      const created = /created (\d+) nodes \(sources included\) and (\d+) relationships/.exec(again.output);
      record({
        name: "npm run import again (same data)",
        seconds: again.seconds,
        rows,
        maxRssMb: again.maxRssMb,
        cpuSeconds: again.cpuSeconds,
        neo4jCpuSeconds: neo4jCpu() - neo4jBefore,
        finished: true,
        note: created ? `created ${created[1]} nodes, ${created[2]} relationships` : "counts not found",
      });
    }
    for (let pair = 1; !args.includes("--skip-bulk") && pair <= bulkPairs; pair++) {
      const suffix = bulkPairs > 1 ? ` (pair ${pair})` : "";
      await wipe();
      await settle();
      const bulk = await runNode("src/cli/import.ts", [dir, "--bulk", "--keep-bulk-files"], env);
      if (bulk.code !== 0) throw new Error(`bulk import failed:\n${bulk.output.slice(-2000)}`);
      const phases =
        /validate \+ convert ([\d.]+) s, neo4j-admin ([\d.]+) s, restart \+ schema ([\d.]+) s/.exec(
          bulk.output,
        );
      const filesDir = /neo4j-admin input files kept in (.+)/.exec(bulk.output)?.[1]?.trim();
      const load = phases ? Number(phases[1]) + Number(phases[2]) : bulk.seconds;
      record({
        name: `npm run import -- --bulk (validate+convert+neo4j-admin)${suffix}`,
        seconds: load,
        rows,
        maxRssMb: bulk.maxRssMb,
        cpuSeconds: bulk.cpuSeconds,
        finished: true,
        note: phases
          ? `validate+convert ${phases[1]} s, neo4j-admin ${phases[2]} s; + restart & schema ${phases[3]} s; whole command ${bulk.seconds.toFixed(1)} s`
          : undefined,
      });
      if (filesDir) {
        await wipe();
        await settle();
        // The same neo4j-admin arguments --bulk used, from the manifest it kept with the files.
        const manifest = JSON.parse(
          readFileSync(join(filesDir, "manifest.json"), "utf8"),
        ) as AdminImportInput;
        const { classpath } = resolveClasspath();
        const started = performance.now();
        const java = spawnSync(
          findJava(undefined),
          [
            `-Xmx${env.NEO4J_HEAP}`,
            "-cp",
            classpath,
            "org.neo4j.cli.AdminTool",
            ...adminImportArgs(manifest),
          ],
          {
            env: { ...env, NEO4J_HOME: join(scratch, "neo4j"), NEO4J_CONF: join(scratch, "neo4j", "conf") },
            encoding: "utf8",
          },
        );
        const seconds = (performance.now() - started) / 1000;
        if (java.status !== 0) throw new Error(`neo4j-admin by hand failed:\n${java.stdout}\n${java.stderr}`);
        record({ name: `neo4j-admin database import full, by hand${suffix}`, seconds, rows, finished: true });
        rmSync(filesDir, { recursive: true, force: true });
      }
    }
  } finally {
    await db("stop").catch(() => {});
  }

  const by = (prefix: string) => steps.find((s) => s.name.startsWith(prefix));
  console.log(
    `\nImport at scale: ${organizations.toLocaleString("en-US")} organizations, ${rows.toLocaleString("en-US")} rows (${dir})`,
  );
  console.log(
    "step                                                                seconds     rows/s  max RSS MiB  node CPU s  Neo4j CPU s  load  note",
  );
  for (const s of steps) {
    console.log(
      `${s.name.padEnd(66)} ${(s.finished ? "" : ">") + s.seconds.toFixed(1).padStart(s.finished ? 9 : 8)} ${String(Math.round(s.rows / s.seconds)).padStart(10)} ${s.maxRssMb ? s.maxRssMb.toFixed(0).padStart(12) : "           -"} ${s.cpuSeconds ? s.cpuSeconds.toFixed(1).padStart(11) : "          -"} ${s.neo4jCpuSeconds ? s.neo4jCpuSeconds.toFixed(1).padStart(12) : "           -"} ${(s.load ?? 0).toFixed(1).padStart(5)}  ${s.note ?? ""}`,
    );
  }
  const plain = by("plain");
  const online = by("npm run import (online");
  const again = by("npm run import again");
  const bulk = by("npm run import -- --bulk");
  const hand = by("neo4j-admin");
  console.log("");
  if (plain && online)
    console.log(
      `online vs plain driver script: ${(plain.seconds / online.seconds).toFixed(2)}x ${plain.finished ? "" : "(at least; the script did not finish) "}(target >= 3x)`,
    );
  if (online && again)
    console.log(`re-import / first import: ${(again.seconds / online.seconds).toFixed(2)} (target <= 1.5)`);
  const bulks = steps.filter((s) => s.name.startsWith("npm run import -- --bulk"));
  const hands = steps.filter((s) => s.name.startsWith("neo4j-admin"));
  if (bulk && hand && bulks.length === 1)
    console.log(
      `--bulk speed vs neo4j-admin by hand: ${(hand.seconds / bulk.seconds).toFixed(2)}x (target >= 0.8)`,
    );
  if (bulks.length > 1 && hands.length === bulks.length) {
    const ratios = bulks.map((b, i) => (hands[i] as Step).seconds / b.seconds);
    const median = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return sorted.length % 2
        ? (sorted[mid] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
    };
    console.log(
      `--bulk speed vs neo4j-admin by hand, ${bulks.length} pairs: ${ratios.map((r) => `${r.toFixed(2)}x`).join(", ")}; median ${median(ratios).toFixed(2)}x, ratio of the median times ${(median(hands.map((h) => h.seconds)) / median(bulks.map((b) => b.seconds))).toFixed(2)}x (target >= 0.8)`,
    );
  }
  if (online)
    console.log(
      `online import: ${Math.round(rows / online.seconds)} rows/s (target >= 30,000 rows/s at 1M), node max RSS ${online.maxRssMb?.toFixed(0)} MiB (target <= 500)`,
    );
  return 0;
}
