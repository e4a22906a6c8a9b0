/**
 * Benchmarks with targets (never timed tests): seed import, each traversal's Cypher, and the
 * GraphQL endpoint over HTTP, against the configured database (same provider as everything else).
 * Run: npm run bench. Exits 1 when a target is missed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { startHttpServer } from "../src/api/app.js";
import { buildGraphQLSchema } from "../src/api/graphql-schema.js";
import { loadConfig } from "../src/config/env.js";
import { loadQuery } from "../src/cypher/library.js";
import { runQuery } from "../src/cypher/run-query.js";
import { connect } from "../src/db/connect.js";
import { applySchema } from "../src/db/schema.js";
import { importDataset } from "../src/import/import-dataset.js";
import { seedDir } from "../src/paths.js";

// `npm run bench -- --load`: the HTTP load figures (bench/load.ts) instead of the default bench.
if (process.argv.includes("--load")) {
  const { runLoadBench } = await import("./load.js");
  process.exit(await runLoadBench(process.argv));
}
// `npm run bench -- --hostile`: how fast hostile requests are refused (bench/hostile.ts).
if (process.argv.includes("--hostile")) {
  const { runHostileBench } = await import("./hostile.js");
  process.exit(await runHostileBench(process.argv));
}
// `npm run bench -- --http-gc`: what the HTTP layer leaves to the young generation (bench/http-gc.ts).
if (process.argv.includes("--http-gc")) {
  const { runHttpGcBench } = await import("./http-gc.js");
  process.exit(await runHttpGcBench(process.argv));
}
// `npm run bench -- --scale N --queries`: queries at scale on the database as it is (bench/queries-at-scale.ts).
if (process.argv.includes("--scale") && process.argv.includes("--queries")) {
  const { runQueryScaleBench } = await import("./queries-at-scale.js");
  process.exit(await runQueryScaleBench(process.argv.slice(2)));
}
// `npm run bench -- --scale N`: import at scale (bench/scale/import-scale.ts) instead of the default bench.
if (process.argv.includes("--scale")) {
  const { runImportScaleBench } = await import("./scale/import-scale.js");
  process.exit(await runImportScaleBench(process.argv));
}

/** A synthetic dataset in the seed format: `firms` firms, each with `alliancesPerFirm` alliances. */
function syntheticDataset(firms: number, alliancesPerFirm: number): string {
  // measure() warms up with min(5, runs) calls: the first import creates, the rest re-run idempotently.
  const dir = mkdtempSync(join(tmpdir(), "bench-dataset-"));
  const pharma = Math.max(10, Math.floor(firms / 20));
  writeFileSync(
    join(dir, "sources.csv"),
    "key,title,citation,url,note\nbench:synthetic,Synthetic benchmark data,,,\n",
  );
  const orgs = [
    "id,kind,name,aliases,businessModel,status,studySample,selfSustaining,foundedYear,source,note",
  ];
  for (let i = 0; i < firms; i++)
    orgs.push(`bench-firm-${i},Firm,Firm ${i},,PLATFORM,INDEPENDENT,,,2000,bench:synthetic,`);
  for (let i = 0; i < pharma; i++)
    orgs.push(`bench-pharma-${i},PharmaCompany,Pharma ${i},,,,,,,bench:synthetic,`);
  writeFileSync(join(dir, "organizations.csv"), `${orgs.join("\n")}\n`);
  const types = ["LICENSING", "CO_DEVELOPMENT", "COMMERCIALIZATION", "MANUFACTURING", "STRATEGIC"];
  const alliances = ["from,to,type,since,until,milestonePayments,source,note"];
  for (let i = 0; i < firms; i++) {
    for (let k = 0; k < alliancesPerFirm; k++) {
      alliances.push(
        `bench-firm-${i},bench-pharma-${(i * 7 + k * 13) % pharma},${types[k % types.length]},${2000 + (k % 15)},,,bench:synthetic,`,
      );
    }
  }
  writeFileSync(join(dir, "alliances.csv"), `${alliances.join("\n")}\n`);
  return dir;
}

interface Result {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  target: number;
}

async function measure(
  name: string,
  runs: number,
  targetP95Ms: number,
  fn: () => Promise<unknown>,
): Promise<Result> {
  for (let i = 0; i < Math.min(5, runs); i++) await fn(); // warm-up: JIT, query plans
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { name, runs, p50: at(0.5), p95: at(0.95), target: targetP95Ms };
}

const config = loadConfig();
const connected = await connect(config, { log: (line) => console.error(line) });
const { db } = connected;
const results: Result[] = [];
try {
  await applySchema(db);
  results.push(await measure("import seed (idempotent re-run)", 5, 3000, () => importDataset(db, seedDir)));
  // Importer throughput on 2,100 organizations and 10,000 alliances (one transaction, batches of 500).
  const synthetic = syntheticDataset(2000, 5);
  try {
    results.push(
      await measure("import 2,100 orgs + 10,000 alliances", 3, 30_000, () => importDataset(db, synthetic)),
    );
  } finally {
    rmSync(synthetic, { recursive: true, force: true });
    await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH 'bench-' DETACH DELETE n");
    await db.write("MATCH (s:Source {key: 'bench:synthetic'}) DELETE s");
  }
  const traversals: [string, Record<string, unknown>][] = [
    ["spin-off-lineage", { id: "oncurious" }],
    ["spin-off-descendants", { id: "ku-leuven" }],
    ["partner-dependency", { id: "ablynx" }],
    ["dependent-firms", { partnerId: "novartis" }],
    ["connection-path", { fromId: "oncurious", toId: "novartis" }],
    ["ecosystem-summary", {}],
    ["region-summary", { regionId: "flanders" }],
  ];
  for (const [name, params] of traversals) {
    const query = loadQuery(name);
    results.push(await measure(`cypher ${name}`, 50, 50, () => runQuery(db, query, params)));
  }
  const schema = await buildGraphQLSchema(db, undefined);
  const server = await startHttpServer(db, schema, { ...config.server, port: 0 });
  const post = (query: string) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    }).then((r) => r.json());
  try {
    results.push(
      await measure("HTTP partnerDependency(ablynx)", 50, 100, () =>
        post(`{ partnerDependency(id: "ablynx") { concentration partners { partner { id } share } } }`),
      ),
    );
    results.push(
      await measure("HTTP generated firms + alliances", 50, 150, () =>
        post(`{ firms(limit: 20) { id alliancesConnection { totalCount edges { node { id } } } } }`),
      ),
    );
  } finally {
    await server.close();
  }
} finally {
  await connected.release();
}

const memory = process.memoryUsage();
console.log("benchmark                                 runs    p50 ms    p95 ms  target p95  ok");
let failed = 0;
for (const r of results) {
  const ok = r.p95 <= r.target;
  if (!ok) failed += 1;
  console.log(
    `${r.name.padEnd(40)} ${String(r.runs).padStart(5)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(9)} ${String(r.target).padStart(11)}  ${ok ? "yes" : "NO"}`,
  );
}
console.log(
  `node heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`,
);
process.exitCode = failed > 0 ? 1 : 0;
