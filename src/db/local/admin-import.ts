import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { AppConfig } from "../../config/env.js";
import { DatabaseUnavailableError } from "../../errors/app-errors.js";
import { resolveClasspath } from "./classpath.js";
import { findJava } from "./java.js";
import { localLayout as L } from "./layout.js";

export interface AdminImportInput {
  /** `Label1:Label2=header.csv,data.csv` style groups, as neo4j-admin takes them. */
  nodes: { labels: string[]; files: string[] }[];
  relationships: { type: string; files: string[] }[];
}

/** The neo4j-admin command line for a full import into the local server's `neo4j` database. */
export function adminImportArgs(input: AdminImportInput, database = "neo4j"): string[] {
  return [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination=true",
    "--id-type=string",
    "--array-delimiter=|",
    "--high-parallel-io=off",
    ...input.nodes.map((n) => `--nodes=${n.labels.join(":")}=${n.files.join(",")}`),
    ...input.relationships.map((r) => `--relationships=${r.type}=${r.files.join(",")}`),
  ];
}

/**
 * Runs `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the same jars as the
 * server) against the project's local Neo4j home. The server must be stopped.
 */
export async function runAdminImport(
  config: AppConfig,
  input: AdminImportInput,
  log: (line: string) => void,
): Promise<void> {
  const java = findJava(config.local.javaHome);
  const { classpath } = resolveClasspath(log);
  // The import tool's own heap; the page cache setting is read from neo4j.conf.
  const args = [
    `-Xmx${config.local.heap}`,
    "-cp",
    classpath,
    "org.neo4j.cli.AdminTool",
    ...adminImportArgs(input),
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(java, args, {
      env: { ...process.env, NEO4J_HOME: L.home, NEO4J_CONF: L.conf },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line.trim()) continue;
        tail = [...tail.slice(-19), line];
        log(line);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", (error) =>
      reject(new DatabaseUnavailableError(`Cannot run neo4j-admin: ${error.message}`)),
    );
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else
        reject(
          new DatabaseUnavailableError(
            `neo4j-admin database import failed (exit ${code}):\n${tail.join("\n")}`,
          ),
        );
    });
  });
}

/** Whether the local `neo4j` database has a store yet (the server ran at least once). */
export function localStoreExists(): boolean {
  const dir = join(L.data, "databases", "neo4j");
  return existsSync(dir) && readdirSync(dir).length > 0;
}
