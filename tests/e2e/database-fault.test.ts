import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/app.js";
import { Database } from "../../src/db/database.js";
import { processState } from "../../src/os/process-alive.js";
import { projectRoot } from "../../src/paths.js";
import { startTestServer } from "../helpers/api-server.js";
import { freePort } from "../helpers/second-neo4j.js";

// This test owns a second, small local Neo4j (its own data directory and ports, started with the
// project's own `db start`), so it can freeze and kill it without touching the suite's database.
const dataDir = mkdtempSync(join(tmpdir(), "fault-neo4j-"));
// A password of its own, so the test can never talk to another run's database by mistake.
const password = `fault-${randomUUID()}`;
let ports: { bolt: number; http: number };
let db: Database;
let server: RunningServer;

/**
 * A free Bolt/HTTP pair chosen by the OS (ephemeral ports): parallel runs of the suite on one
 * machine (CI, several checkouts) never pick the same pair, as they could from a fixed range.
 */
async function freePorts(): Promise<{ bolt: number; http: number }> {
  return { bolt: await freePort(), http: await freePort() };
}

function dbCli(command: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src", "cli", "db.ts"), command],
      {
        cwd: projectRoot,
        stdio: ["ignore", "inherit", "inherit"],
        env: {
          ...process.env,
          ECOSYSTEM_DATA_DIR: dataDir,
          NEO4J_PROVIDER: "local",
          NEO4J_URI: "",
          NEO4J_PASSWORD: password,
          NEO4J_BOLT_PORT: String(ports.bolt),
          NEO4J_HTTP_PORT: String(ports.http),
          NEO4J_HEAP: "512m",
          NEO4J_PAGECACHE: "64m",
          NEO4J_TX_MEMORY: "256m",
          NEO4J_QUERY_MEMORY: "192m",
        },
      },
    );
    child.once("error", reject);
    child.once("close", resolve);
  });
}

function jvmPid(): number {
  const state = JSON.parse(readFileSync(join(dataDir, "neo4j", "run", "server.json"), "utf8")) as {
    pid: number;
  };
  return state.pid;
}

/**
 * SIGSTOP takes effect when each of the JVM's threads next leaves the kernel: on a busy machine a
 * thread inside a disk write can still answer a request just after the signal. Wait until the
 * whole process shows as stopped, so the request really meets a frozen database.
 */
async function frozen(pid: number): Promise<void> {
  const by = Date.now() + 10_000;
  while (processState(pid) !== "T" && processState(pid) !== "t") {
    if (Date.now() > by)
      throw new Error(`Neo4j (pid ${pid}) is still in state ${processState(pid)} after SIGSTOP`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function signal(pid: number, name: NodeJS.Signals) {
  try {
    process.kill(pid, name);
  } catch {
    // already gone
  }
}

/** The request path must never hang: a fetch that takes longer than this fails the test. */
const DEADLINE_MS = 5_000;
const query = "{ firms(limit: 1) { id } }";

async function ask(
  deadlineMs = DEADLINE_MS,
): Promise<{ status: number; code: string | null; message: string }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(deadlineMs),
  });
  const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return {
    status: res.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    message: body.errors?.[0]?.message ?? "",
  };
}

async function health(deadlineMs = DEADLINE_MS): Promise<{ status: number; reason?: string }> {
  const res = await fetch(`${server.url}/health`, { signal: AbortSignal.timeout(deadlineMs) });
  const body = (await res.json()) as { reason?: string };
  return { status: res.status, ...(body.reason ? { reason: body.reason } : {}) };
}

beforeAll(async () => {
  ports = await freePorts();
  expect(await dbCli("start")).toBe(0);
  db = new Database({
    kind: "local",
    uri: `bolt://127.0.0.1:${ports.bolt}`,
    username: "neo4j",
    password,
    database: "neo4j",
    stop: async () => {},
  });
  server = await startTestServer(db);
  // A JVM that has just started answers its first queries slowly (cold caches, no JIT yet), and
  // /health rightly says 503 "overloaded" then: wait until it is warm before the tests begin.
  const warmBy = Date.now() + 60_000;
  while (Date.now() < warmBy && (await health().catch(() => ({ status: 0 }))).status !== 200) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 240_000);

afterAll(async () => {
  await server?.close();
  await db?.close();
  try {
    const pid = jvmPid();
    signal(pid, "SIGCONT");
    signal(pid, "SIGKILL");
  } catch {
    // never started
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("a database that stalls, dies and comes back", () => {
  it("serves while the database answers", async () => {
    // The first query on a fresh database compiles its plan: no deadline here, only for failures.
    expect(await ask(60_000)).toEqual({ status: 200, code: null, message: "" });
    expect((await health(60_000)).status).toBe(200);
  }, 120_000);

  it("fails requests with DATABASE_UNAVAILABLE and /health with 503 while frozen and after a kill, then recovers without a server restart", async () => {
    const pid = jvmPid();
    signal(pid, "SIGSTOP");
    try {
      await frozen(pid);
      // A request in flight while the database is frozen…
      const inFlight = ask();
      // …does not stop /health from answering: 503 with the reason.
      const stopped = await health();
      expect(stopped.status).toBe(503);
      expect(stopped.reason).toMatch(/did not answer|not answering|refused/);
      const stalled = await inFlight;
      expect(stalled.code).toBe("DATABASE_UNAVAILABLE");

      // Killed mid-request: the request fails cleanly, and so do the next ones.
      const beforeKill = ask();
      await new Promise((resolve) => setTimeout(resolve, 200));
      signal(pid, "SIGKILL");
      const killed = await beforeKill;
      expect(killed.code).toBe("DATABASE_UNAVAILABLE");
      const after = await ask();
      expect(after.status).toBe(200);
      expect(after.code).toBe("DATABASE_UNAVAILABLE");
      for (const answer of [stalled, killed, after]) {
        expect(answer.message).toBe("The database is unavailable or not answering; try again shortly.");
        expect(answer.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|:\d{4}/);
      }
      expect((await health()).status).toBe(503);
    } finally {
      signal(pid, "SIGCONT");
    }

    // The database comes back on the same address; the same HTTP server serves again.
    expect(await dbCli("start")).toBe(0);
    let recovered: Awaited<ReturnType<typeof ask>> | undefined;
    for (let attempt = 0; attempt < 60; attempt++) {
      recovered = await ask(60_000);
      if (recovered.code === null) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered).toEqual({ status: 200, code: null, message: "" });
    expect((await health(60_000)).status).toBe(200);
  }, 240_000);
});
