/**
 * The GraphQL server of `npm start` (src/server.ts), with per-request phase timestamps for
 * bench/scale/gql-phases.ts: one JSON line per POST /graphql on stdout. Probe only: the timing hooks
 * wrap the Database handle and the root resolvers from outside, the product code is unchanged.
 */
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import type { GraphQLFieldResolver } from "graphql";
import { startHttpServer } from "../../src/api/app.js";
import { buildGraphQLSchema } from "../../src/api/graphql-schema.js";
import { loadConfig } from "../../src/config/env.js";
import { connect } from "../../src/db/connect.js";

// CLOCK_MONOTONIC: one clock for every process of the machine (performance.timeOrigin drifts between processes).
const now = () => Number(process.hrtime.bigint()) / 1e6;
interface Phases {
  received: number;
  seq?: string;
  resolverStart?: number;
  dbStart?: number;
  dbEnd?: number;
  resolverEnd?: number;
  finished?: number;
  rows?: number;
  gcMs: number;
  /** The server's CPU time (user + system) from the request's arrival to its last byte, ms. */
  cpuMs?: number;
  cpuSystemMs?: number;
  cpuStart?: NodeJS.CpuUsage;
}
let current: Phases | undefined;
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ["gc"] });
const loop = monitorEventLoopDelay({ resolution: 1 });
loop.enable();

subscribe("http.server.request.start", (message) => {
  const { request } = message as { request: IncomingMessage };
  if (request.method === "POST")
    current = {
      received: now(),
      gcMs,
      seq: String(request.headers["x-probe-seq"] ?? ""),
      cpuStart: process.cpuUsage(),
    };
});
subscribe("http.server.response.finish", (message) => {
  const { request } = message as { request: IncomingMessage; response: ServerResponse };
  if (request.method !== "POST" || !current) return;
  current.finished = now();
  current.gcMs = gcMs - current.gcMs;
  const cpu = process.cpuUsage(current.cpuStart);
  current.cpuMs = (cpu.user + cpu.system) / 1000;
  current.cpuSystemMs = cpu.system / 1000;
  current.cpuStart = undefined;
  process.stdout.write(`PHASES ${JSON.stringify(current)}\n`);
  current = undefined;
});

(globalThis as unknown as { __phase?: (n: string) => void }).__phase = (name) => {
  if (current) (current as unknown as Record<string, number>)[name] = now();
};
const config = loadConfig();
const connected = await connect(config, { log: () => {} });
const apiDb = connected.db.withTransactionTimeout(config.server.queryTimeoutMs);
// Both ways the API reads (managed transaction, auto-commit statement) are timed.
for (const method of ["read", "readStatement"] as const) {
  const inner = apiDb[method].bind(apiDb);
  apiDb[method] = (async (cypher: string, params?: Record<string, unknown>) => {
    if (current) current.dbStart = now();
    const rows = await inner(cypher, params);
    if (current) {
      current.dbEnd = now();
      current.rows = rows.length;
    }
    return rows;
  }) as typeof apiDb.read;
}
const schema = await buildGraphQLSchema(apiDb, config.server.jwtSecret);
const server = await startHttpServer(apiDb, schema, config.server);
// Outermost wrapper (after the guards startHttpServer installs).
for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
  const inner = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
  if (!inner) continue;
  field.resolve = async (...args) => {
    if (current) current.resolverStart = now();
    try {
      return await inner(...args);
    } finally {
      if (current) current.resolverEnd = now();
    }
  };
}
process.on("SIGUSR2", () => {
  process.stdout.write(
    `LOOP ${JSON.stringify({ p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6, gcMs })}\n`,
  );
  loop.reset();
});
console.log(`GraphQL API on ${server.url}/graphql`);
process.once("SIGTERM", () => {
  void server
    .close()
    .then(() => connected.release())
    .then(() => process.exit(0));
});
