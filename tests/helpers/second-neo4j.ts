import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/paths.js";
import type { DatabaseEnv } from "./import-runs.js";

/** A port the OS has just handed out (so parallel runs of the suite never pick the same one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A second, throw-away local Neo4j of the project (`npm run db:*` with its own data directory and
 * ports, small heap), for tests that kill it, need it empty, or let --bulk stop and start it.
 */
export interface SecondNeo4j {
  /** The environment that points our CLIs at it as the local provider. */
  env: Record<string, string>;
  /** How to reach it over Bolt. */
  target: DatabaseEnv;
  /** `npm run db:<command>` against it (start, stop). */
  dbCli(command: string): string;
  /** A driver on it (close it). */
  connect(): Database;
}

export async function secondNeo4j(home: string, password = "second-test-password"): Promise<SecondNeo4j> {
  const [bolt, http] = [await freePort(), await freePort()];
  const env = {
    ECOSYSTEM_DATA_DIR: home,
    NEO4J_PROVIDER: "local",
    NEO4J_URI: "",
    NEO4J_BOLT_PORT: String(bolt),
    NEO4J_HTTP_PORT: String(http),
    NEO4J_HEAP: "512m",
    NEO4J_PAGECACHE: "128m",
    NEO4J_PASSWORD: password,
  };
  const target = { uri: `bolt://127.0.0.1:${bolt}`, username: "neo4j", password, database: "neo4j" };
  return {
    env,
    target,
    dbCli: (command) =>
      execFileSync(process.execPath, ["--import", "tsx", join(projectRoot, "src", "cli", "db.ts"), command], {
        cwd: projectRoot,
        env: { ...process.env, ...env },
        encoding: "utf8",
        timeout: 600_000,
      }),
    connect: () => new Database({ kind: "remote", ...target, stop: async () => {} }),
  };
}
