import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Database } from "../../src/db/database.js";
import { projectRoot } from "../../src/paths.js";

export interface DatabaseEnv {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** Starts `npm run import` as a real process (so it can be killed with SIGKILL). */
export function spawnImport(env: DatabaseEnv, args: string[]): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", join(projectRoot, "src", "cli", "import.ts"), ...args], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: env.uri,
      NEO4J_USERNAME: env.username,
      NEO4J_PASSWORD: env.password,
      NEO4J_DATABASE: env.database,
      NEO4J_PROVIDER: "remote",
      CI: "true",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function exitOf(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; output: string }> {
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, output })));
}

/** Rows the running import of `dir` has committed (0 before it begins). */
export async function rowsWritten(db: Database, dir: string): Promise<number> {
  const [row] = await db.read<{ n: number | null }>(
    "MATCH (r:ImportRun {dir: $dir, status: 'running'}) RETURN max(r.rowsWritten) AS n",
    { dir },
  );
  return row?.n ?? 0;
}

/**
 * Counts and a checksum of every node and relationship whose ids start with `prefix`, properties
 * included (minus the ledger's importRun mark): two graphs with the same checksum are the same.
 */
export async function graphChecksum(
  db: Database,
  prefix: string,
): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const nodes = await db.read<{ line: string }>(
    `MATCH (n) WHERE n.id STARTS WITH $prefix OR n.key STARTS WITH $sourcePrefix
     WITH n, [k IN keys(n) WHERE k <> 'importRun' | [k, n[k]]] AS props
     RETURN apoc.convert.toJson([apoc.coll.sort(labels(n)), coalesce(n.id, n.key), apoc.coll.sortMaps([p IN props | {k: p[0], v: p[1]}], 'k')]) AS line`,
    { prefix, sourcePrefix: "synthetic:" },
  );
  const relationships = await db.read<{ line: string }>(
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix
     WITH a, r, b, [k IN keys(r) WHERE k <> 'importRun' | {k: k, v: r[k]}] AS props
     RETURN apoc.convert.toJson([type(r), a.id, b.id, apoc.coll.sortMaps(props, 'k')]) AS line`,
    { prefix },
  );
  const hash = createHash("sha256");
  for (const line of [...nodes.map((n) => n.line)].sort()) hash.update(`${line}\n`);
  for (const line of [...relationships.map((r) => r.line)].sort()) hash.update(`${line}\n`);
  return { nodes: nodes.length, relationships: relationships.length, checksum: hash.digest("hex") };
}
