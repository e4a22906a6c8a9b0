/**
 * Where a GraphQL request's time goes, phase by phase, against the raw query on the same ids
 * (`npx tsx bench/scale/gql-phases.ts [--ids 200] [--seed 1] [--cpu-prof DIR] [--query descendants|lineage|partner]`,
 * with the scale bench's environment). The ids are the ones `npm run bench -- --scale N --queries`
 * draws for the traversal (same seed, same order of draws). The server is bench/scale/phase-server.ts
 * in its own process; it prints its timestamps per request (performance.timeOrigin-based, so both
 * processes share the clock).
 */
import { spawn } from "node:child_process";
import { Agent, request as httpRequest } from "node:http";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { seededRandom } from "../../src/analytics/centrality.js";
import { loadConfig } from "../../src/config/env.js";
import { loadQuery, withDefaults } from "../../src/cypher/library.js";
import { runQuery, toCypherValue } from "../../src/cypher/run-query.js";
import { connect } from "../../src/db/connect.js";
import { freePort, startScriptNodeFlags } from "../load.js";

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const count = Number(flag("--ids") ?? 200);
const seed = Number(flag("--seed") ?? 1);
const which = flag("--query") ?? "descendants";
const profileDir = flag("--cpu-prof");
// CLOCK_MONOTONIC: one clock for every process of the machine (performance.timeOrigin drifts between processes).
const now = () => Number(process.hrtime.bigint()) / 1e6;

const connected = await connect(loadConfig(), { log: () => {} });
const db = connected.db;
const ids: string[] = [];
for (let after = ""; ; ) {
  const rows = await db.read<{ id: string }>(
    `MATCH (o:Organization) WHERE o.id > $after WITH o ORDER BY o.id LIMIT 50000
     RETURN o.id AS id, [l IN labels(o) WHERE l <> 'Organization'][0] AS kind`,
    { after },
  );
  ids.push(...rows.map((r) => r.id));
  const last = rows.at(-1);
  if (!last || rows.length < 50000) break;
  after = last.id;
}
const random = seededRandom(seed);
const sample = () => Array.from({ length: count }, () => ids[Math.floor(random() * ids.length)] as string);
const lineageIds = sample();
const descendantIds = sample();
const partnerIds = sample();
const spec =
  which === "lineage"
    ? {
        query: loadQuery("spin-off-lineage"),
        gql: `query($id: ID!) { spinOffLineage(id: $id) { depth year organization { id name } } }`,
        params: lineageIds.map((id) => ({ id })),
      }
    : which === "partner"
      ? {
          query: loadQuery("partner-dependency"),
          gql: `query($id: ID!) { partnerDependency(id: $id) { allianceCount partnerCount concentration
         partners { partner { id name } share types } dependencyAreas { area allianceCount partnerCount } } }`,
          params: partnerIds.map((id) => ({ id })),
        }
      : {
          query: loadQuery("spin-off-descendants"),
          gql: `query($id: ID!, $maxDepth: Int) { spinOffDescendants(id: $id, maxDepth: $maxDepth) { depth organization { id name } } }`,
          params: descendantIds.map((id) => ({ id, maxDepth: 6 })),
        };

const port = await freePort();
// The server's node gets npm start's flags (unless --no-start-flags), then --node-flags "--trace-gc …".
const flags = [
  ...(argv.includes("--no-start-flags") ? [] : startScriptNodeFlags(process.cwd())),
  ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
  ...(flag("--node-flags") ?? "").split(/\s+/).filter(Boolean),
];
const gcLines: string[] = [];
let measuring = false;
const child = spawn(
  process.execPath,
  [...flags, "--import", "tsx", join(process.cwd(), "bench", "scale", "phase-server.ts")],
  {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", RATE_LIMIT_PER_MINUTE: "1000000" },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const phases: Record<string, number>[] = [];
const loops: Record<string, number>[] = [];
let ready: () => void = () => {};
const started = new Promise<void>((resolve) => {
  ready = resolve;
});
if (!child.stdout) throw new Error("no stdout from the server");
createInterface({ input: child.stdout }).on("line", (line) => {
  if (line.startsWith("PHASES ")) phases.push(JSON.parse(line.slice(7)));
  else if (line.startsWith("LOOP ")) loops.push(JSON.parse(line.slice(5)));
  else if (line.includes("GraphQL API on")) ready();
  else if (measuring && /Scavenge|Mark-Compact|Mark-sweep/i.test(line)) gcLines.push(line);
});
await started;

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let seq = 0;
const send = (text: string) =>
  new Promise<{ seq: string; sent: number; received: number; body: { errors?: unknown[] } }>(
    (resolve, reject) => {
      const sent = now();
      const mine = String(seq + 1);
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          agent,
          headers: {
            "content-type": "application/json",
            "content-length": Buffer.byteLength(text),
            "x-probe-seq": String(++seq),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const received = now();
            resolve({ seq: mine, sent, received, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(text);
    },
  );
const gql = (p: Record<string, unknown>) => send(JSON.stringify({ query: spec.gql, variables: p }));

for (const p of spec.params.slice(0, 5)) {
  await runQuery(db, spec.query, p);
  await gql(p);
}
phases.length = 0;
measuring = true;
child.kill("SIGUSR2");
const results: {
  id: unknown;
  raw: number;
  rawAutoCommit: number;
  rows: number;
  client: { seq: string; sent: number; received: number };
}[] = [];
for (const p of spec.params) {
  const t = performance.now();
  const rows = await runQuery(db, spec.query, p);
  const raw = performance.now() - t;
  const r = await gql(p);
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  // After them, the same statement as one auto-commit read (what the API's direct traversals run).
  const t2 = performance.now();
  await db.readStatement(
    spec.query.text,
    toCypherValue(withDefaults(spec.query, p)) as Record<string, unknown>,
  );
  const rawAutoCommit = performance.now() - t2;
  results.push({ id: p.id, raw, rawAutoCommit, rows: rows.length, client: r });
}
// The fixed cost of the HTTP + GraphQL path: an empty operation.
const empty: { sent: number; received: number }[] = [];
for (let i = 0; i < count; i++) empty.push(await send(JSON.stringify({ query: "{ __typename }" })));
await new Promise((r) => setTimeout(r, 200));
child.kill("SIGUSR2");
await new Promise((r) => setTimeout(r, 200));
agent.destroy();
child.kill("SIGTERM");
await new Promise((r) => child.once("exit", r));
await connected.release();

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] ?? Number.NaN;
};
const rowsOf = results.map((r) => {
  const s = phases.find((x) => String(x.seq) === r.client.seq) as Record<string, number> & {
    received: number;
  };
  const total = r.client.received - r.client.sent;
  return {
    id: r.id,
    rows: r.rows,
    raw: r.raw,
    "raw auto-commit": r.rawAutoCommit,
    gql: total,
    "client->server": s.received - r.client.sent,
    "received->resolver": (s.resolverStart ?? s.received) - s.received,
    "resolver->db": (s.dbStart ?? 0) - (s.resolverStart ?? 0),
    "db.read": (s.dbEnd ?? 0) - (s.dbStart ?? 0),
    "db->resolver end": (s.resolverEnd ?? 0) - (s.dbEnd ?? 0),
    "resolver end->finish": (s.finished ?? 0) - (s.resolverEnd ?? 0),
    "finish->client": r.client.received - (s.finished ?? 0),
    gcMs: s.gcMs,
    // What the request costs on top of its database read (the API's own time, HTTP included).
    "gql - db.read": total - ((s.dbEnd ?? 0) - (s.dbStart ?? 0)),
    "server cpu": s.cpuMs ?? Number.NaN,
    ...Object.fromEntries(
      Object.keys(s)
        .filter((k) => k.startsWith("m"))
        .sort()
        .map((k) => [k, (s[k] as number) - s.received]),
    ),
    "  of it system": s.cpuSystemMs ?? Number.NaN,
  };
});
const keys = Object.keys(rowsOf[0] ?? {}).filter((k) => k !== "id");
console.log(
  `${which}: ${count} ids (seed ${seed}); load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(
  `${"phase".padEnd(22)} ${"p50".padStart(7)} ${"p90".padStart(7)} ${"p99".padStart(7)} ${"max".padStart(7)}`,
);
for (const k of keys) {
  const xs = rowsOf.map((r) => r[k as keyof typeof r] as number);
  console.log(`${k.padEnd(22)} ${[0.5, 0.9, 0.99, 1].map((p) => q(xs, p).toFixed(2).padStart(7)).join(" ")}`);
}
console.log(
  `gql/raw p99 ${(
    q(
      rowsOf.map((r) => r.gql),
      0.99,
    ) /
      q(
        rowsOf.map((r) => r.raw),
        0.99,
      )
  ).toFixed(2)}`,
);
const requestLine = (r: (typeof rowsOf)[number]) =>
  `  ${Object.entries(r)
    .map(([k, v]) => `${k} ${typeof v === "number" ? v.toFixed(2) : v}`)
    .join(", ")}`;
console.log("slowest GraphQL requests:");
for (const r of [...rowsOf].sort((a, b) => b.gql - a.gql).slice(0, 6)) console.log(requestLine(r));
console.log("largest answers:");
for (const r of [...rowsOf].sort((a, b) => b.rows - a.rows).slice(0, 4)) console.log(requestLine(r));
const e = empty.map((x) => x.received - x.sent);
const emptyCpu = (empty as { seq?: string }[]).map(
  (x) => phases.find((p) => String(p.seq) === x.seq)?.cpuMs ?? Number.NaN,
);
console.log(
  `{ __typename } round trip: p50 ${q(e, 0.5).toFixed(2)} p99 ${q(e, 0.99).toFixed(2)} ms; server cpu p50 ${q(emptyCpu, 0.5).toFixed(2)} p99 ${q(emptyCpu, 0.99).toFixed(2)} ms`,
);
console.log(`server GC events while measuring (--trace-gc): ${gcLines.length}`);
for (const line of gcLines.slice(0, 12)) console.log(`  ${line.trim()}`);
console.log(`server event loop delay / GC (traversal part, then empty part): ${JSON.stringify(loops)}`);
