/**
 * `npm run bench -- --load [--duration 20] [--concurrency 10,50,200] [--cases partner,spin]
 * [--server-root DIR] [--profile]`: a bounded load on 127.0.0.1 only (autocannon), against the real
 * server started as its own process (`src/server.ts` of this checkout, or of DIR to measure another
 * version on the same database in the same run). Three requests (two traversals and a 3-level
 * nested generated query) at concurrency 10, 50 and 200; reports req/s, p50/p99, errors, non-2xx
 * and the server's RSS before and after, against targets. A traversal is also run as its raw Cypher
 * (cypher/queries/*.cypher) with the driver at the same concurrency, just before its HTTP case, so
 * what GraphQL adds is a ratio of p99s measured in the same conditions.
 * --profile runs the server under `node --cpu-prof` and prints where its CPU time went.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { loadConfig } from "../src/config/env.js";
import { loadQuery } from "../src/cypher/library.js";
import { runQuery } from "../src/cypher/run-query.js";
import { connect } from "../src/db/connect.js";
import type { Database } from "../src/db/database.js";
import { projectRoot } from "../src/paths.js";

interface LoadCase {
  name: string;
  query: string;
  /** Targets per concurrency: least req/s, highest p99 (ms). Errors and non-2xx must be 0. */
  minRps: number;
  maxP99Ms: Record<number, number>;
  /** The traversal's library query and parameters, run with the driver for the raw baseline. */
  raw?: { query: string; params: Record<string, unknown> };
}

/** Issue #9: a traversal's GraphQL p99 at most this many times the raw driver's p99. */
const MAX_P99_RATIO = 1.3;

const CASES: LoadCase[] = [
  {
    name: "traversal partnerDependency",
    query: `{ partnerDependency(id: "ablynx") { concentration partners { partner { id name } share } } }`,
    minRps: 150,
    maxP99Ms: { 10: 500, 50: 1_000, 200: 2_500 },
    raw: { query: "partner-dependency", params: { id: "ablynx" } },
  },
  {
    name: "traversal spinOffLineage",
    query: `{ spinOffLineage(id: "oncurious") { depth year organization { id name } } }`,
    minRps: 150,
    maxP99Ms: { 10: 500, 50: 1_000, 200: 2_500 },
    raw: { query: "spin-off-lineage", params: { id: "oncurious" } },
  },
  {
    name: "nested firms>alliances>alliances",
    query: "{ firms(limit: 10) { id name alliances(limit: 5) { id name alliances(limit: 5) { id name } } } }",
    minRps: 100,
    maxP99Ms: { 10: 500, 50: 1_000, 200: 2_500 },
  },
];
const CONCURRENCY = [10, 50, 200];
/** Most the server's RSS may grow over the whole run. */
const MAX_RSS_GROWTH_MB = 300;

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** CPU time (user + system) the process has used so far, in milliseconds. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Math.round(Number(line?.replace(/\D+/g, "") ?? 0) / 1024);
}

/**
 * The node flags `npm start` gives the server (package.json's start script, e.g. the young
 * generation's size), so a server started here runs as `npm start` runs it.
 */
export function startScriptNodeFlags(root: string): string[] {
  const { scripts } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  const words = (scripts?.start ?? "").trim().split(/\s+/);
  return words[0] === "node" ? words.slice(1).filter((w) => w.startsWith("--")) : [];
}

export async function startServer(
  root: string,
  port: number,
  env: Record<string, string>,
  profileDir?: string,
): Promise<ChildProcess> {
  const flags = [
    ...startScriptNodeFlags(root),
    ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
  ];
  const child = spawn(process.execPath, [...flags, "--import", "tsx", join(root, "src", "server.ts")], {
    cwd: root,
    env: { ...process.env, RATE_LIMIT_PER_MINUTE: "0", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("GraphQL API on")) resolve();
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server exited (${code}):\n${output}`)));
  });
  return child;
}

export async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

interface Row {
  server: string;
  name: string;
  concurrency: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** The raw driver's p99 at the same concurrency, measured just before (traversals only). */
  rawRps?: number;
  rawP99?: number;
  /** The server's CPU time per answered request: what GraphQL costs, whatever else loads the machine. */
  cpuPerRequest: number;
  ok: boolean;
}

/** The library query with the driver, `concurrency` callers in a loop for `seconds`: q/s and p99 (ms). */
async function rawDriverLoad(
  db: Database,
  raw: NonNullable<LoadCase["raw"]>,
  concurrency: number,
  seconds: number,
): Promise<{ rps: number; p99: number }> {
  const query = loadQuery(raw.query);
  for (let i = 0; i < 5; i++) await runQuery(db, query, raw.params);
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        await runQuery(db, query, raw.params);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? 0;
  return { rps: latencies.length / seconds, p99: Math.round(p99) };
}

function summarizeProfile(dir: string): string[] {
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) return ["(no profile written)"];
  const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
    nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
    samples: number[];
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const id of profile.samples) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url } = node.callFrame;
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes("/src/")
        ? `project ${url.slice(url.indexOf("/src/") + 1)}`
        : url
          ? "node internals"
          : "(native/idle)");
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + 1);
    const key = `${functionName || "(anonymous)"} ${pkg}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  // Inclusive time per package: a sample counts once for every package on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes as { id: number; children?: number[] }[]) {
    for (const child of n.children ?? []) parent.set(child, n.id);
  }
  const inclusive = new Map<string, number>();
  for (const id of profile.samples) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? "";
      const pkg =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
        (url.includes("/src/") ? `project ${url.slice(url.indexOf("/src/") + 1)}` : undefined);
      if (pkg) seen.add(pkg);
    }
    for (const pkg of seen) inclusive.set(pkg, (inclusive.get(pkg) ?? 0) + 1);
  }
  const total = profile.samples.length;
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  return [
    `CPU profile ${join(dir, file)} (${total} samples), self time by package:`,
    ...top(byPackage, 15),
    "inclusive time by package or project file (a sample counts for every one on its stack):",
    ...top(inclusive, 25),
    "self time by function:",
    ...top(self, 20),
  ];
}

export async function runLoadBench(argv: string[]): Promise<number> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const duration = Number(arg("--duration") ?? 20);
  const concurrencies = arg("--concurrency")?.split(",").map(Number) ?? CONCURRENCY;
  const wanted = arg("--cases")?.split(",");
  const cases = CASES.filter(
    (c) => !wanted || wanted.some((w) => c.name.toLowerCase().includes(w.toLowerCase())),
  );
  const roots = [projectRoot, ...(arg("--server-root") ? [arg("--server-root") as string] : [])];
  const profile = argv.includes("--profile");
  const config = loadConfig();
  // The database the servers use: the configured one (the local JVM by default), reached by URI.
  const connected = await connect(config, { log: (line) => console.error(line) });
  const { uri, username, password, database } = connected.db.target;
  // The raw baseline runs as the API's transactions do: managed reads with the query timeout.
  const rawDb = connected.db.withTransactionTimeout(config.server.queryTimeoutMs);
  const env = {
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
    NEO4J_PROVIDER: "remote",
  };
  const rows: Row[] = [];
  const memory: string[] = [];
  const profiles: string[] = [];
  let memoryOk = true;
  try {
    // The other checkout first ("before"), then this one ("after").
    for (const root of [...roots].reverse()) {
      const label = root === projectRoot ? "this checkout" : root;
      const port = await freePort();
      const profileDir = profile ? mkdtempSync(join(tmpdir(), "load-profile-")) : undefined;
      const child = await startServer(root, port, env, profileDir);
      const pid = child.pid as number;
      try {
        const before = rssMb(pid);
        for (const c of cases) {
          // Warm-up: the first call of each query compiles its Cypher plan.
          for (let i = 0; i < 5; i++) {
            await fetch(`http://127.0.0.1:${port}/graphql`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: c.query }),
            }).then((r) => r.text());
          }
          for (const concurrency of concurrencies) {
            const raw = c.raw ? await rawDriverLoad(rawDb, c.raw, concurrency, duration) : undefined;
            const cpuBefore = cpuMs(pid);
            const result = await autocannon({
              url: `http://127.0.0.1:${port}/graphql`,
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: c.query }),
              connections: concurrency,
              duration,
            });
            const row = {
              server: label,
              name: c.name,
              concurrency,
              rps: result.requests.average,
              p50: result.latency.p50,
              p99: result.latency.p99,
              errors: result.errors + result.timeouts,
              non2xx: result.non2xx,
              ...(raw ? { rawRps: raw.rps, rawP99: raw.p99 } : {}),
              cpuPerRequest: (cpuMs(pid) - cpuBefore) / Math.max(result.requests.total, 1),
              ok: false,
            };
            row.ok =
              row.errors === 0 &&
              row.non2xx === 0 &&
              row.rps >= c.minRps &&
              row.p99 <= (c.maxP99Ms[concurrency] ?? Number.POSITIVE_INFINITY) &&
              (raw === undefined || row.p99 <= MAX_P99_RATIO * Math.max(raw.p99, 1));
            rows.push(row);
            console.error(
              `${label}: ${c.name} c=${concurrency}: ${row.rps.toFixed(0)} req/s, p99 ${row.p99} ms${raw ? ` (raw driver ${raw.rps.toFixed(0)} q/s, p99 ${raw.p99} ms)` : ""}`,
            );
          }
        }
        const after = rssMb(pid);
        memory.push(
          `${label}: server RSS ${before} MB before, ${after} MB after (target: growth <= ${MAX_RSS_GROWTH_MB} MB) ${after - before <= MAX_RSS_GROWTH_MB ? "yes" : "NO"}`,
        );
        if (after - before > MAX_RSS_GROWTH_MB && root === projectRoot) memoryOk = false;
      } finally {
        await stopServer(child);
      }
      if (profileDir) profiles.push(...summarizeProfile(profileDir));
    }
  } finally {
    await connected.release();
  }
  console.log(
    `load: ${duration} s per case on 127.0.0.1 (autocannon); targets: errors 0, non-2xx 0, req/s and p99 as listed, a traversal's p99 <= ${MAX_P99_RATIO} x the raw driver's (load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")})`,
  );
  console.log(
    "server                case                               conc    req/s   p50 ms   p99 ms  errors  non2xx  raw q/s  raw p99  p99/raw  cpu ms/req  target rps/p99  ok",
  );
  for (const r of rows) {
    const c = CASES.find((x) => x.name === r.name);
    const ratio = r.rawP99 === undefined ? "-" : (r.p99 / Math.max(r.rawP99, 1)).toFixed(2);
    console.log(
      `${r.server.slice(-20).padEnd(20)}  ${r.name.padEnd(34)} ${String(r.concurrency).padStart(4)} ${r.rps.toFixed(0).padStart(8)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(7)} ${String(r.non2xx).padStart(7)} ${(r.rawRps?.toFixed(0) ?? "-").padStart(8)} ${String(r.rawP99 ?? "-").padStart(8)} ${ratio.padStart(8)} ${r.cpuPerRequest.toFixed(2).padStart(11)}  ${`>=${c?.minRps}/<=${c?.maxP99Ms[r.concurrency]}`.padStart(14)}  ${r.ok ? "yes" : "NO"}`,
    );
  }
  for (const line of memory) console.log(line);
  for (const line of profiles) console.log(line);
  return memoryOk && rows.filter((r) => r.server === "this checkout").every((r) => r.ok) ? 0 : 1;
}
