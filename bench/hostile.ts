/**
 * `npm run bench -- --hostile [--runs 30]`: how fast the server refuses the requests of issue #10's
 * cases 1-3 and 10 (target: under 50 ms each, with the database untouched). The real server runs as
 * its own process on 127.0.0.1 (as in the load bench); each request is sent `--runs` times (at
 * least 20) one after another, and its p50/p99 are set beside `{ __typename }` measured in the same
 * run. Each answer must have the expected status and code, and Neo4j's transaction counter
 * (src/db/transaction-counter.ts) must not move for the refused requests.
 */
import { loadavg } from "node:os";
import { loadConfig } from "../src/config/env.js";
import { connect } from "../src/db/connect.js";
import { transactionNumber } from "../src/db/transaction-counter.js";
import { projectRoot } from "../src/paths.js";
import { freePort, startServer, stopServer } from "./load.js";

/** Issue #10: "Cases 1-3 and 10 must be refused in under 50 ms, with the database untouched." */
const MAX_REFUSAL_MS = 50;

interface HostileCase {
  name: string;
  body: unknown;
  status: number;
  /** Expected extensions.code of the first error; null for the baseline. */
  code: string | null;
}

const repeat = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join(" ");
const nestedNot = (n: number) => `${"{ NOT: ".repeat(n)}{ id: { eq: "x" } }${" }".repeat(n)}`;

const BASELINE: HostileCase = {
  name: "baseline { __typename }",
  body: { query: "{ __typename }" },
  status: 200,
  code: null,
};

const CASES: HostileCase[] = [
  {
    name: "40 aliases of networkMetrics (case 1)",
    body: { query: `{ ${repeat(40, (i) => `a${i}: networkMetrics { nodeCount }`)} }` },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "5,000 OR terms inline, 117 KB (case 2)",
    body: { query: `{ firms(where: { OR: [${repeat(5000, (i) => `{ id: { eq: "x${i}" } }`)}] }) { id } }` },
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
  },
  {
    name: "5,000 OR terms in a variable (case 2)",
    body: {
      query: "query($w: FirmWhere) { firms(where: $w) { id } }",
      variables: { w: { OR: Array.from({ length: 5000 }, (_, i) => ({ id: { eq: `x${i}` } })) } },
    },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "1,000 aliases of partnerDependency (case 3)",
    body: { query: `{ ${repeat(1000, (i) => `a${i}: partnerDependency(id: "ablynx") { concentration }`)} }` },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "399 aliases of connectionPath(maxHops: 10) (case 3)",
    body: {
      query: `{ ${repeat(399, (i) => `a${i}: connectionPath(fromId: "oncurious", toId: "novartis", maxHops: 10) { via }`)} }`,
    },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "1,000 nested NOT (case 10)",
    body: { query: `{ firms(where: ${nestedNot(1000)}) { id } }` },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

export async function runHostileBench(argv: string[]): Promise<number> {
  const i = argv.indexOf("--runs");
  const runs = Math.max(20, Number(i >= 0 ? argv[i + 1] : 30));
  const config = loadConfig();
  const connected = await connect(config, { log: (line) => console.error(line) });
  const { uri, username, password, database } = connected.db.target;
  const port = await freePort();
  const child = await startServer(projectRoot, port, {
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
    NEO4J_PROVIDER: "remote",
  });
  const lines: string[] = [];
  let ok = true;
  try {
    const send = async (c: HostileCase) => {
      const body = JSON.stringify(c.body);
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const text = await res.text();
      const ms = performance.now() - started;
      const code =
        (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions
          ?.code ?? null;
      if (res.status !== c.status || code !== c.code) {
        throw new Error(
          `${c.name}: expected ${c.status} ${c.code}, got ${res.status} ${code}: ${text.slice(0, 200)}`,
        );
      }
      return { ms, bytes: body.length };
    };
    let baselineP50 = 0;
    for (const c of [BASELINE, ...CASES]) {
      for (let w = 0; w < 3; w++) await send(c);
      const times: number[] = [];
      let bytes = 0;
      const before = await transactionNumber(connected.db);
      for (let r = 0; r < runs; r++) {
        const result = await send(c);
        times.push(result.ms);
        bytes = result.bytes;
      }
      // Every reading is one transaction: untouched = only the second reading in between.
      const transactions = (await transactionNumber(connected.db)) - before - 1;
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 0.5);
      const p99 = percentile(times, 0.99);
      if (c === BASELINE) baselineP50 = p50;
      const pass = c === BASELINE || (p99 < MAX_REFUSAL_MS && transactions === 0);
      if (!pass) ok = false;
      lines.push(
        `${c.name.padEnd(52)} ${String(Math.round(bytes / 1024)).padStart(5)} ${String(c.code ?? "-").padEnd(22)} ${p50.toFixed(1).padStart(7)} ${p99.toFixed(1).padStart(7)} ${(p50 / Math.max(baselineP50, 0.01)).toFixed(1).padStart(9)} ${String(transactions).padStart(6)}  ${c === BASELINE ? "-" : pass ? "yes" : "NO"}`,
      );
    }
  } finally {
    await stopServer(child);
    await connected.release();
  }
  console.log(
    `hostile: ${runs} runs per request, one at a time, on 127.0.0.1; target: p99 < ${MAX_REFUSAL_MS} ms and no database transaction (load average: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")})`,
  );
  console.log(
    `${"request".padEnd(52)} ${"KB".padStart(5)} ${"code".padEnd(22)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"p50/base".padStart(9)} ${"db tx".padStart(6)}  ok`,
  );
  for (const line of lines) console.log(line);
  return ok ? 0 : 1;
}
