/**
 * What the HTTP layer leaves to the garbage collector (`npm run bench -- --http-gc [--requests N]`):
 * the same GraphQL request (`{ __typename }`, one keep-alive connection, one at a time) sent N times
 * to bench/http-gc-server.ts served three ways, each in its own node with `npm start`'s flags plus
 * `--trace-gc-nvp`. Per request: bytes allocated, bytes that survived a young-generation collection
 * (a scavenge copies them, so its pause follows them), and the scavenges' pauses.
 * No target: it shows why src/api/app.ts serves /graphql outside Express (README "Queries at scale").
 */
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { startScriptNodeFlags } from "./load.js";

interface Collected {
  variant: string;
  scavenges: number;
  pauseMs: number;
  maxPauseMs: number;
  allocated: number;
  survived: number;
}

async function measureVariant(variant: string, requests: number): Promise<Collected> {
  const root = process.cwd();
  const child = spawn(
    process.execPath,
    [
      ...startScriptNodeFlags(root),
      "--trace-gc-nvp",
      "--import",
      "tsx",
      join(root, "bench", "http-gc-server.ts"),
      variant,
    ],
    { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
  );
  const gc: Record<string, number>[] = [];
  let counting = false;
  const port = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the ${variant} server exited (${code})`)));
    if (!child.stdout) throw new Error("no stdout from the server");
    createInterface({ input: child.stdout }).on("line", (line) => {
      const listening = /^LISTENING (\d+)/.exec(line);
      if (listening) resolve(Number(listening[1]));
      else if (counting && line.includes(" gc=s ")) {
        const fields: Record<string, number> = {};
        for (const pair of line.split(/\s+/)) {
          const [key, value] = pair.split("=");
          if (key && value !== undefined && !Number.isNaN(Number(value))) fields[key] = Number(value);
        }
        gc.push(fields);
      }
    });
  });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const body = JSON.stringify({ query: "{ __typename }" });
  const send = () =>
    new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: "127.0.0.1",
          port,
          path: "/graphql",
          method: "POST",
          agent,
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          if (res.statusCode !== 200) reject(new Error(`${variant}: HTTP ${res.statusCode}`));
          res.resume();
          res.on("end", resolve);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  try {
    // Warm-up (JIT, the first collections of start-up), then the counted requests.
    for (let i = 0; i < 2_000; i++) await send();
    counting = true;
    for (let i = 0; i < requests; i++) await send();
    counting = false;
  } finally {
    agent.destroy();
    child.kill();
  }
  const sum = (key: string) => gc.reduce((total, g) => total + (g[key] ?? 0), 0);
  return {
    variant,
    scavenges: gc.length,
    pauseMs: sum("pause"),
    maxPauseMs: Math.max(0, ...gc.map((g) => g.pause ?? 0)),
    allocated: sum("allocated") / requests,
    survived: sum("new_space_survived") / requests,
  };
}

export async function runHttpGcBench(argv: string[]): Promise<number> {
  const at = argv.indexOf("--requests");
  const requests = at >= 0 ? Number(argv[at + 1]) : 20_000;
  if (!Number.isInteger(requests) || requests < 1_000)
    throw new Error("--requests needs a whole number >= 1000");
  const labels: Record<string, string> = {
    node: "node:http + the API's chain + Apollo (now)",
    express: "Express 5 + the same chain + Apollo (before)",
    bare: "node:http, fixed answer (floor)",
  };
  const rows: Collected[] = [];
  for (const variant of ["node", "express", "bare"]) rows.push(await measureVariant(variant, requests));
  console.log(
    `\nHTTP layer and the young generation: ${requests} requests of { __typename } per server, one keep-alive connection; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at the end`,
  );
  console.log(
    "server                                          allocated B/req  survived B/req  scavenges  pause ms (sum / max)",
  );
  for (const r of rows) {
    console.log(
      `${(labels[r.variant] ?? r.variant).padEnd(48)} ${r.allocated.toFixed(0).padStart(15)} ${r.survived.toFixed(0).padStart(15)} ${String(r.scavenges).padStart(10)}  ${r.pauseMs.toFixed(1)} / ${r.maxPauseMs.toFixed(1)}`,
    );
  }
  const [now, before] = rows;
  if (now && before && now.survived > 0)
    console.log(`survived per request, Express / node:http: ${(before.survived / now.survived).toFixed(1)}x`);
  return 0;
}
