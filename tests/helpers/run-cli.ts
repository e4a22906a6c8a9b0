import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { inject } from "vitest";
import { projectRoot } from "../../src/paths.js";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of our CLIs as a real process, pointed at the test run's database through NEO4J_URI. */
export function runCli(script: string, args: string[]): CliResult {
  const { uri, username, password, database } = inject("neo4j");
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "src", "cli", script), ...args],
    {
      cwd: projectRoot,
      encoding: "utf8",
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USERNAME: username,
        NEO4J_PASSWORD: password,
        NEO4J_DATABASE: database,
        NEO4J_PROVIDER: "remote",
      },
      timeout: 120_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
