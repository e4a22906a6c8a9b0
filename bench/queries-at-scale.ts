/**
 * Queries at scale (opt-in: `npm run bench -- --scale N --queries`): against the configured database, which
 * must already hold a large ecosystem (e.g. `npm run generate` + `npm run import`), this measures
 *
 * - every single-entity traversal over >= 200 random ids, raw Cypher (the same .cypher file the
 *   resolver runs, through the application's driver) and GraphQL over HTTP, back to back per id in
 *   the same run: p50 / p99 and the GraphQL / raw ratio. The server runs as its own process
 *   (`src/server.ts`, as `npm start` runs it) unless `--in-process`; the client is node:http with a
 *   keep-alive agent, and what an HTTP round trip itself costs is reported next to it (an empty
 *   `{ __typename }` request through this client and through fetch);
 * - pages of dependentFirms for the partner whose dependents are closest to 13,000 (half as many
 *   pages as ids, at least 100), in both orders;
 * - the global measures: ecosystem summary (whole graph and a region), networkMetrics of a region,
 *   and the analytics with each engine (time and memory).
 *
 * Targets (issue 9): traversal p99 <= 50 ms raw and GraphQL p99 <= 1.3 x raw; a page <= 50 ms.
 */
import { Agent, request as httpRequest } from "node:http";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { seededRandom } from "../src/analytics/centrality.js";
import { startHttpServer } from "../src/api/app.js";
import { buildGraphQLSchema } from "../src/api/graphql-schema.js";
import { withoutComments } from "../src/api/traversals/direct.js";
import { loadConfig } from "../src/config/env.js";
import { type CypherQuery, loadQuery } from "../src/cypher/library.js";
import { runQuery } from "../src/cypher/run-query.js";
import { connect } from "../src/db/connect.js";
import type { Database } from "../src/db/database.js";
import { freePort, startServer, stopServer } from "./load.js";

export interface ScaleOptions {
  /** Organizations the database is expected to hold (a label for the report; checked loosely). */
  organizations: number;
  /** Random ids per traversal (at least 200). */
  ids: number;
  /**
   * Requests per traversal, through each path, on other random ids, before any timed one: the
   * server's and the client's code reach their steady (optimized) state, as in a server that has run
   * for a while. The timed ids are drawn as without warm-up (a random stream of their own).
   */
  warm: number;
  /** Also time `analyze` over the whole graph with each engine (minutes at a million). */
  wholeGraphAnalytics: boolean;
  seed: number;
  /** Serve GraphQL from this process (the bench's own event loop) instead of a server process. */
  inProcess: boolean;
}

interface Row {
  name: string;
  runs: number;
  rawP50: number;
  rawP99: number;
  gqlP50: number;
  gqlP99: number;
  ok: boolean;
}

/** A query as the API sends it (src/api/traversals/direct.ts): without the file's header comments. */
function compact(query: CypherQuery): CypherQuery {
  return { ...query, text: withoutComments(query.text) };
}

function quantile(times: number[], q: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

/** Every organization id with its kind, read page by page (no single result holds them all). */
async function allIds(db: Database): Promise<{ id: string; kind: string }[]> {
  const out: { id: string; kind: string }[] = [];
  let after = "";
  for (;;) {
    const rows = await db.read<{ id: string; kind: string }>(
      `MATCH (o:Organization) WHERE o.id > $after
       WITH o ORDER BY o.id LIMIT 50000
       RETURN o.id AS id, [l IN labels(o) WHERE l <> 'Organization'][0] AS kind`,
      { after },
    );
    out.push(...rows);
    const last = rows.at(-1);
    if (!last || rows.length < 50000) return out;
    after = last.id;
  }
}

export async function queryScaleBench(db: Database, options: ScaleOptions): Promise<{ failed: number }> {
  const config = loadConfig();
  const random = seededRandom(options.seed);
  // Warm-up ids come from a stream of their own, so the timed ids do not depend on --warm.
  const warmRandom = seededRandom(options.seed + 7919);
  const log = (line: string) => console.error(`[scale queries] ${line}`);
  log("reading the organization ids");
  const ids = await allIds(db);
  if (ids.length < options.organizations * 0.5)
    throw new Error(
      `The database holds ${ids.length} organizations; --scale ${options.organizations} expects about that many. Import a dataset of that size first (npm run generate, npm run import).`,
    );
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const partners = ids.filter((o) => o.kind !== "Firm");
  const sample = (list: { id: string }[]) => Array.from({ length: options.ids }, () => pick(list).id);
  const warmPick = <T>(list: T[]): T => list[Math.floor(warmRandom() * list.length)] as T;

  // The rate limiter stays in the request path, with a budget this single client never reaches.
  const rateLimitPerMinute = 1_000_000;
  let server: { url: string; close(): Promise<void> };
  if (options.inProcess) {
    const schema = await buildGraphQLSchema(db, undefined);
    server = await startHttpServer(db, schema, { ...config.server, port: 0, rateLimitPerMinute });
  } else {
    const port = await freePort();
    const child = await startServer(process.cwd(), port, {
      RATE_LIMIT_PER_MINUTE: String(rateLimitPerMinute),
      SEED_ON_EMPTY: "false",
    });
    server = { url: `http://127.0.0.1:${port}`, close: () => stopServer(child) };
  }
  log(`GraphQL server ${options.inProcess ? "in this process" : "in its own process"} at ${server.url}`);
  const endpoint = new URL(`${server.url}/graphql`);
  // One connection kept open, as a browser or an app's HTTP client does.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const send = (text: string) =>
    new Promise<{ errors?: { message: string }[] }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: endpoint.hostname,
          port: endpoint.port,
          path: endpoint.pathname,
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(text) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")));
            } catch (error) {
              reject(error);
            }
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(text);
    });
  const post = async (query: string, variables: Record<string, unknown>) => {
    const body = await send(JSON.stringify({ query, variables }));
    if (body.errors) throw new Error(`GraphQL error: ${body.errors[0]?.message}`);
    return body;
  };
  const viaFetch = async (text: string) =>
    (
      await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json" }, body: text })
    ).json();
  const floor = { http: [] as number[], fetch: [] as number[] };

  const rows: Row[] = [];
  // A traversal's raw query against another query answering the same (e.g. connection-path
  // against its plain-Cypher fallback), same ids, interleaved in the same run.
  const baselines: { name: string; query: string; baseline: string; raw: number[]; base: number[] }[] = [];
  const traverse = async (
    name: string,
    query: string,
    gql: string,
    params: Record<string, unknown>[],
    target = 50,
    baseline?: string,
    warmParams: (params: Record<string, unknown>[]) => Record<string, unknown>[] = otherIds,
  ) => {
    // Both sides send the statement without its header comments (1-3 Bolt chunks fewer).
    const cypher = compact(loadQuery(query));
    const raw: number[] = [];
    const viaHttp: number[] = [];
    const base = baseline
      ? { query: compact(loadQuery(baseline)), raw: [] as number[], times: [] as number[] }
      : undefined;
    // Warm-up (plans, JIT) on --warm other ids, then the timed ids back to back: raw, then GraphQL.
    for (const p of warmParams(params)) {
      await runQuery(db, cypher, p);
      await post(gql, p);
    }
    for (const p of params) {
      raw.push((await timed(() => runQuery(db, cypher, p)))[0]);
      viaHttp.push((await timed(() => post(gql, p)))[0]);
      if (base) {
        base.raw.push((await timed(() => runQuery(db, cypher, p)))[0]);
        base.times.push((await timed(() => runQuery(db, base.query, p)))[0]);
      }
    }
    if (base && baseline) baselines.push({ name, query, baseline, raw: base.raw, base: base.times });
    const row = {
      name,
      runs: params.length,
      rawP50: quantile(raw, 0.5),
      rawP99: quantile(raw, 0.99),
      gqlP50: quantile(viaHttp, 0.5),
      gqlP99: quantile(viaHttp, 0.99),
      ok: false,
    };
    row.ok = row.rawP99 <= target && row.gqlP99 <= 1.3 * row.rawP99;
    rows.push(row);
    log(`${name}: raw p99 ${row.rawP99.toFixed(1)} ms, GraphQL p99 ${row.gqlP99.toFixed(1)} ms`);
  };

  const globals: { name: string; ms: number; note: string }[] = [];
  /**
   * Parameters for the warm-up: each timed parameter set with its ids replaced by other drawn ids of
   * the same population (organizations; partners for dependentFirms).
   */
  const otherIds = (params: Record<string, unknown>[]): Record<string, unknown>[] =>
    Array.from({ length: options.warm }, (_, k) => {
      const p = { ...(params[k % params.length] as Record<string, unknown>) };
      for (const key of ["id", "fromId", "toId"]) if (key in p) p[key] = warmPick(ids).id;
      if ("partnerId" in p) p.partnerId = warmPick(partners).id;
      return p;
    });
  try {
    const orgIds = sample(ids);
    await traverse(
      "spinOffLineage",
      "spin-off-lineage",
      `query($id: ID!) { spinOffLineage(id: $id) { depth year organization { id name } } }`,
      orgIds.map((id) => ({ id })),
    );
    await traverse(
      "spinOffDescendants (maxDepth 6)",
      "spin-off-descendants",
      `query($id: ID!, $maxDepth: Int) { spinOffDescendants(id: $id, maxDepth: $maxDepth) { depth organization { id name } } }`,
      sample(ids).map((id) => ({ id, maxDepth: 6 })),
    );
    await traverse(
      "partnerDependency",
      "partner-dependency",
      `query($id: ID!) { partnerDependency(id: $id) { allianceCount partnerCount concentration
         partners { partner { id name } share types } dependencyAreas { area allianceCount partnerCount } } }`,
      sample(ids).map((id) => ({ id })),
    );
    await traverse(
      "dependentFirms (first page of 50)",
      "dependent-firms",
      `query($partnerId: ID!, $order: DependentFirmOrder) { dependentFirms(partnerId: $partnerId, limit: 50, order: $order) {
         totalCount hasMore firms { firm { id name } allianceCount share types } } }`,
      sample(partners).map((partnerId) => ({ partnerId, limit: 50, offset: 0, order: "STORED" })),
    );
    await traverse(
      "connectionPath (maxHops 6)",
      "connection-path",
      `query($fromId: ID!, $toId: ID!) { connectionPath(fromId: $fromId, toId: $toId, maxHops: 6) {
         organization { id name } via direction } }`,
      sample(ids).map((fromId) => ({ fromId, toId: pick(ids).id, maxHops: 6 })),
      50,
      "connection-path-fallback",
    );

    // The partner whose number of allied organizations is closest to 13,000, paged through.
    const [hub] = await db.read<{ id: string; allies: number }>(
      `MATCH (p:PharmaCompany) WITH p, COUNT { (p)-[:ALLIANCE]-() } AS allies
       RETURN p.id AS id, allies ORDER BY abs(allies - 13000) LIMIT 1`,
    );
    if (hub) {
      // Pages spread over the whole list; enough of them (half the ids, at least 100) that the p99
      // is not simply the slowest page.
      const pages = Math.max(100, Math.round(options.ids / 2));
      const offsets = Array.from({ length: pages }, (_, k) => Math.floor((k / pages) * hub.allies));
      // The default order (STORED), then the order by share, which needs every ally's degree.
      for (const order of ["STORED", "SHARE"]) {
        await traverse(
          `dependentFirms ${order} page of 50, hub with ${hub.allies} alliances`,
          "dependent-firms",
          `query($partnerId: ID!, $offset: Int, $order: DependentFirmOrder) {
             dependentFirms(partnerId: $partnerId, limit: 50, offset: $offset, order: $order) {
               totalCount firms { firm { id name } share } } }`,
          offsets.map((offset) => ({ partnerId: hub.id, limit: 50, offset, order })),
          50,
          undefined,
          // The same hub, other pages: half a page past each timed offset.
          (params) =>
            Array.from({ length: options.warm }, (_, k) => {
              const p = params[k % params.length] as { offset: number };
              return { ...p, offset: (p.offset + 25) % hub.allies };
            }),
        );
      }
    }

    // What the HTTP round trip itself costs: an empty request, through this client and through fetch.
    const empty = JSON.stringify({ query: "{ __typename }" });
    for (let i = 0; i < options.ids + 5; i++) {
      const [httpMs] = await timed(() => send(empty));
      const [fetchMs] = await timed(() => viaFetch(empty));
      if (i >= 5) {
        floor.http.push(httpMs);
        floor.fetch.push(fetchMs);
      }
    }

    // Global measures: one timed run each (they are not per-request work).
    const summary = loadQuery("ecosystem-summary");
    const [summaryMs] = await timed(() => runQuery(db, summary, { top: 5 }));
    globals.push({ name: "ecosystem summary, whole graph", ms: summaryMs, note: "streamed aggregates" });
    const [region] = await db.read<{ id: string; organizations: number }>(
      `MATCH (r:Region) WITH r, COUNT { (r)<-[:LOCATED_IN]-() } AS organizations
       RETURN r.id AS id, organizations ORDER BY organizations DESC, id LIMIT 1`,
    );
    if (region) {
      const [regionMs] = await timed(() =>
        runQuery(db, loadQuery("region-summary"), { regionId: region.id, top: 5 }),
      );
      globals.push({
        name: `ecosystem summary, region (${region.organizations} orgs)`,
        ms: regionMs,
        note: region.id,
      });
      // A region above the on-demand limit is served from stored results: store them (what
      // `npm run analytics -- --write --region` does), then time the request.
      const { analyze } = await import("../src/analytics/analyze.js");
      const { storeNetworkSummary, summarize } = await import("../src/analytics/stored-metrics.js");
      const [storeMs] = await timed(async () => {
        const analysis = await analyze(db, { regionId: region.id, asOf: null });
        await storeNetworkSummary(db, { regionId: region.id, asOf: null }, summarize(analysis));
      });
      globals.push({
        name: `analytics --write --region (${region.organizations} orgs)`,
        ms: storeMs,
        note: "network-level results stored",
      });
      const metricsQuery = `query($r: ID) { networkMetrics(regionId: $r) { nodeCount edgeCount engine computedAt topByDegree { score } } }`;
      const [servedMs] = await timed(() => post(metricsQuery, { r: region.id }));
      globals.push({
        name: `networkMetrics, region (${region.organizations} orgs)`,
        ms: servedMs,
        note: "served from stored results",
      });
      const [small] = await db.read<{ id: string; organizations: number }>(
        `MATCH (r:Region) WITH r, COUNT { (r)<-[:LOCATED_IN]-() } AS organizations
         WHERE organizations <= $limit
         RETURN r.id AS id, organizations ORDER BY organizations DESC, id LIMIT 1`,
        { limit: 5_000 },
      );
      if (small) {
        const [onDemandMs] = await timed(() => post(metricsQuery, { r: small.id }));
        globals.push({
          name: `networkMetrics, region (${small.organizations} orgs)`,
          ms: onDemandMs,
          note: `computed on demand (${small.id})`,
        });
      }
    }
    if (options.wholeGraphAnalytics) {
      const { analyze } = await import("../src/analytics/analyze.js");
      for (const engine of ["typescript", "gds"] as const) {
        const before = process.memoryUsage().rss;
        const [ms, result] = await timed(() => analyze(db, { engine }));
        globals.push({
          name: `analytics, whole graph, engine ${engine}`,
          ms,
          note: `${result.network.nodeCount} nodes, ${result.network.edgeCount} edges; rss +${((process.memoryUsage().rss - before) / 2 ** 20).toFixed(0)} MiB${result.network.pathsSampled ? "; paths sampled" : ""}`,
        });
      }
    }
  } finally {
    agent.destroy();
    await server.close();
  }

  console.log(
    `\nQueries at scale: ${ids.length} organizations, ${options.ids} random ids per traversal, after ${options.warm} warm-up requests on other ids`,
  );
  console.log(
    `GraphQL server ${options.inProcess ? "in the bench's process (--in-process)" : "in its own process (src/server.ts)"}; client node:http, keep-alive; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at the end`,
  );
  console.log(
    "traversal                                             runs  raw p50  raw p99  gql p50  gql p99  p99 ratio  ok",
  );
  let failed = 0;
  for (const r of rows) {
    if (!r.ok) failed++;
    console.log(
      `${r.name.padEnd(52)} ${String(r.runs).padStart(5)} ${r.rawP50.toFixed(1).padStart(8)} ${r.rawP99.toFixed(1).padStart(8)} ${r.gqlP50.toFixed(1).padStart(8)} ${r.gqlP99.toFixed(1).padStart(8)} ${(r.gqlP99 / r.rawP99).toFixed(2).padStart(10)}  ${r.ok ? "yes" : "NO"}`,
    );
  }
  for (const b of baselines) {
    const f = (xs: number[]) =>
      `p50 ${quantile(xs, 0.5).toFixed(1)} ms, p99 ${quantile(xs, 0.99).toFixed(1)} ms`;
    console.log(
      `\n${b.name}, raw, same ids again, each next to its baseline: ${b.query} ${f(b.raw)}; ${b.baseline} ${f(b.base)}; p99 ratio ${(quantile(b.raw, 0.99) / quantile(b.base, 0.99)).toFixed(2)}, p50 ratio ${(quantile(b.raw, 0.5) / quantile(b.base, 0.5)).toFixed(2)}`,
    );
  }
  if (floor.http.length) {
    const f = (xs: number[]) =>
      `p50 ${quantile(xs, 0.5).toFixed(1)} ms, p99 ${quantile(xs, 0.99).toFixed(1)} ms`;
    console.log(
      `\nHTTP round trip of { __typename }: node:http keep-alive ${f(floor.http)}; fetch ${f(floor.fetch)}`,
    );
  }
  console.log("\nglobal measure                                          ms  note");
  for (const g of globals) console.log(`${g.name.padEnd(52)} ${g.ms.toFixed(0).padStart(8)}  ${g.note}`);
  return { failed };
}

/** Entry from bench/run.ts: `--scale N --queries [--ids K] [--warm W] [--whole-graph-analytics] [--seed S] [--in-process]`. */
export async function runQueryScaleBench(argv: string[]): Promise<number> {
  const value = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    const parsed = at >= 0 ? Number(argv[at + 1]) : fallback;
    if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${flag} needs a positive whole number`);
    return parsed;
  };
  const options: ScaleOptions = {
    organizations: value("--scale", 1_000_000),
    ids: Math.max(200, value("--ids", 200)),
    warm: argv.includes("--warm") ? value("--warm", 100) : 100,
    wholeGraphAnalytics: argv.includes("--whole-graph-analytics"),
    seed: value("--seed", 1),
    inProcess: argv.includes("--in-process"),
  };
  const connected = await connect(loadConfig(), { log: (line) => console.error(line) });
  try {
    const { failed } = await queryScaleBench(connected.db, options);
    return failed > 0 ? 1 : 0;
  } finally {
    await connected.release();
  }
}
