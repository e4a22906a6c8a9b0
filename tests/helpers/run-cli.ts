import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { inject } from "vitest";
import { projectRoot } from "../../src/paths.js";

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** This process's environment, pointed at the test run's database (for the processes a test starts). */
export function testDatabaseEnv(): NodeJS.ProcessEnv {
  const { uri, username, password, database } = inject("neo4j");
  return {
    ...process.env,
    NEO4J_URI: uri,
    NEO4J_USERNAME: username,
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: database,
    NEO4J_PROVIDER: "remote",
  };
}

/** Runs one of our CLIs as a real process, pointed at the test run's database through NEO4J_URI. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(projectRoot, "src", "cli", script), ...args],
    { cwd: projectRoot, encoding: "utf8", env: { ...testDatabaseEnv(), ...env }, timeout: 120_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The same, without blocking the event loop. Use it in tests that also talk HTTP: while
 * spawnSync blocks, the test server closes the idle keep-alive connection (after 5 s), the client
 * never sees it, and its next request on that socket fails with ECONNRESET.
 */
export function runCliAsync(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 120_000,
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(projectRoot, "src", "cli", script), ...args],
      {
        cwd: projectRoot,
        env: { ...testDatabaseEnv(), ...env },
        timeout: timeoutMs,
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}
