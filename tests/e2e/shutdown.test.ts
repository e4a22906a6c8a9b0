import { type ChildProcess, spawn } from "node:child_process";
import { type ClientRequest, request } from "node:http";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.js";
import { testDatabaseEnv } from "../helpers/run-cli.js";
import { freePort } from "../helpers/second-neo4j.js";

// The real `npm start` entry point (src/server.ts) as a process, on the suite's database.
let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

async function startServer(port: number): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src", "server.ts")], {
    cwd: projectRoot,
    env: {
      ...testDatabaseEnv(),
      PORT: String(port),
      SEED_ON_EMPTY: "false",
      DRAIN_TIMEOUT_MS: "20000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("GraphQL API on")) resolve();
    };
    proc.stdout?.on("data", onData);
    proc.stderr?.on("data", onData);
    proc.once("exit", (code) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return proc;
}

/** A request whose body arrives in two parts: in flight from its headers until `finish()`. */
function slowRequest(port: number, query: string) {
  const body = JSON.stringify({ query });
  let req: ClientRequest | undefined;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        agent: false,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    req.write(body.slice(0, 10));
  });
  return { response, finish: () => req?.end(body.slice(10)) };
}

describe("SIGTERM", () => {
  it("stops accepting, lets in-flight requests finish, then exits 0", async () => {
    const port = await freePort();
    child = await startServer(port);
    const exited = new Promise<number | null>((resolve) => child?.once("exit", resolve));
    const inFlight = [1, 2, 3].map(() =>
      slowRequest(port, '{ firms(where: { id: { eq: "ablynx" } }) { name } }'),
    );
    // Let the server see the three requests' headers before the signal.
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    // A new connection is refused while the old ones drain.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    for (const r of inFlight) r.finish();
    const answers = await Promise.all(inFlight.map((r) => r.response));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ data: { firms: [{ name: "Ablynx" }] } });
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
