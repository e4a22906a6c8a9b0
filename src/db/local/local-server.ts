import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import neo4j from "neo4j-driver";
import type { AppConfig } from "../../config/env.js";
import { DatabaseUnavailableError } from "../../errors/app-errors.js";
import { isProcessAlive } from "../../os/process-alive.js";
import { dataDir } from "../../paths.js";
import type { DatabaseTarget } from "../target.js";
import { resolveClasspath } from "./classpath.js";
import { findJava } from "./java.js";
import { localLayout as L } from "./layout.js";
import { renderNeo4jConf } from "./neo4j-conf.js";
import { buildProcedures } from "./procedures.js";

interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  startedAt: string;
}

// The module-opening flags of Neo4j's own launcher script; the server needs them on Java 17+.
const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "-XX:-OmitStackTraceInFastThrow",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dfile.encoding=UTF-8",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/java.net=ALL-UNNAMED",
  "--enable-native-access=ALL-UNNAMED",
];

export function readState(): ServerState | undefined {
  if (!existsSync(L.stateFile)) return undefined;
  try {
    const state = JSON.parse(readFileSync(L.stateFile, "utf8")) as ServerState;
    return isProcessAlive(state.pid) ? state : undefined;
  } catch {
    return undefined;
  }
}

/** The password of the local server: NEO4J_PASSWORD, or one generated on first use and kept in .data/. */
export function localPassword(config: AppConfig): string {
  if (config.neo4j.password) return config.neo4j.password;
  if (existsSync(L.passwordFile)) return readFileSync(L.passwordFile, "utf8").trim();
  restrictDataDir();
  const generated = randomBytes(18).toString("base64url");
  writeFileSync(L.passwordFile, `${generated}\n`, { mode: 0o600 });
  return generated;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port, "127.0.0.1");
  });
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

/**
 * .data/ holds the database files and the generated password: only the owner may read it (0700),
 * and the password and Neo4j's auth file are 0600 even if an older version created them wider.
 */
export function restrictDataDir(): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const file of [L.passwordFile, join(L.data, "dbms", "auth.ini"), join(L.data, "dbms", "auth")]) {
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}

function prepareHome(config: AppConfig, java: string, log: (line: string) => void): string {
  restrictDataDir();
  const { classpath, pluginJars } = resolveClasspath(log);
  for (const dir of [L.conf, L.data, L.logs, L.plugins, L.run, L.import]) mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(L.conf, "neo4j.conf"),
    renderNeo4jConf({
      boltPort: config.local.boltPort,
      httpPort: config.local.httpPort,
      pageCache: config.local.pageCache,
      txMemory: config.local.txMemory,
      queryMemory: config.local.queryMemory,
      txTimeout: config.local.txTimeout,
      dirs: { data: L.data, logs: L.logs, plugins: L.plugins, run: L.run, import: L.import },
    }),
  );
  // The plugins folder mirrors the pom: stale jars from an older version would load too.
  for (const stale of readdirSync(L.plugins)) if (stale.endsWith(".jar")) rmSync(join(L.plugins, stale));
  for (const jar of [...pluginJars, buildProcedures(java, classpath, log)]) {
    copyFileSync(jar, join(L.plugins, basename(jar)));
  }

  // Auth is on; the initial password must be set before the very first start.
  if (!existsSync(join(L.data, "databases", "system"))) {
    const result = spawnSync(
      java,
      ["-cp", classpath, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", localPassword(config)],
      { encoding: "utf8", env: { ...process.env, NEO4J_HOME: L.home, NEO4J_CONF: L.conf } },
    );
    if (result.status !== 0) {
      throw new DatabaseUnavailableError(
        `Setting the initial Neo4j password failed:\n${result.stderr || result.stdout}`,
      );
    }
    restrictDataDir();
  }
  return classpath;
}

/** Writes neo4j.conf, plugins and the initial password without starting the server (neo4j-admin needs them). */
export function prepareLocalHome(config: AppConfig, log: (line: string) => void = () => {}): void {
  prepareHome(config, findJava(config.local.javaHome), log);
}

async function waitForBolt(
  uri: string,
  password: string,
  child: ChildProcess,
  timeoutSeconds: number,
): Promise<void> {
  let exited: number | null | undefined;
  child.once("exit", (code) => {
    exited = code;
  });
  const deadline = Date.now() + timeoutSeconds * 1000;
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password), { connectionTimeout: 2000 });
  try {
    for (;;) {
      if (exited !== undefined) {
        throw new DatabaseUnavailableError(
          `Neo4j exited during start-up (code ${exited}). Last lines of ${join(L.logs, "neo4j.log")}:\n${tail(join(L.logs, "neo4j.log"))}\n${tail(L.consoleLog, 10)}`,
        );
      }
      try {
        // Bolt answers before the default database is online: after an unclean stop (kill -9) it
        // first replays its transaction log, and queries fail with DatabaseUnavailable meanwhile.
        await driver.executeQuery("RETURN 1", {}, { database: "neo4j" });
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? "";
        if (code.startsWith("Neo.ClientError.Security")) {
          throw new DatabaseUnavailableError(
            `The local Neo4j refused the password. It was initialised with another one: set NEO4J_PASSWORD to it, or wipe the local database with \`npm run db:reset -- --yes\`.`,
          );
        }
      }
      if (Date.now() > deadline) {
        throw new DatabaseUnavailableError(
          `Neo4j (its database "neo4j") did not answer on ${uri} within ${timeoutSeconds}s (raise NEO4J_START_TIMEOUT). Last log lines:\n${tail(join(L.logs, "neo4j.log"))}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await driver.close();
  }
}

export interface StartOptions {
  /** Keep running after this process exits (db:start); otherwise the JVM is this process's child. */
  detached: boolean;
  log?: (line: string) => void;
}

/**
 * Starts (or reuses) the project's local Neo4j and returns how to reach it. A server this call
 * started is stopped by `target.stop()`; one that was already running is left alone.
 */
export async function startLocalNeo4j(config: AppConfig, options: StartOptions): Promise<DatabaseTarget> {
  const log = options.log ?? (() => {});
  restrictDataDir();
  const password = localPassword(config);
  const running = readState();
  if (running) {
    const uri = `bolt://127.0.0.1:${running.boltPort}`;
    log(`Using the local Neo4j already running (pid ${running.pid}) on ${uri}.`);
    return { kind: "local", uri, username: "neo4j", password, database: "neo4j", stop: async () => {} };
  }

  const { boltPort, httpPort } = config.local;
  for (const [name, port] of [
    ["Bolt", boltPort],
    ["HTTP", httpPort],
  ] as const) {
    if (!(await portIsFree(port))) {
      throw new DatabaseUnavailableError(
        `Port ${port} (${name}) on 127.0.0.1 is already taken by another program, so the local Neo4j cannot start. ` +
          `Stop that program, choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT, or point NEO4J_URI at the Neo4j already there.`,
      );
    }
  }

  const java = findJava(config.local.javaHome);
  const classpath = prepareHome(config, java, log);
  const out = openSync(L.consoleLog, "a");
  const child = spawn(
    java,
    [
      `-Xms${config.local.heap}`,
      `-Xmx${config.local.heap}`,
      ...JVM_FLAGS,
      "-cp",
      classpath,
      "org.neo4j.server.CommunityEntryPoint",
      `--home-dir=${L.home}`,
      `--config-dir=${L.conf}`,
    ],
    { detached: options.detached, stdio: ["ignore", out, out], env: { ...process.env, NEO4J_HOME: L.home } },
  );
  if (child.pid === undefined) throw new DatabaseUnavailableError(`Could not start ${java}.`);
  const pid = child.pid;
  const state: ServerState = { pid, boltPort, httpPort, startedAt: new Date().toISOString() };
  writeFileSync(L.stateFile, JSON.stringify(state, null, 2));

  // A foreground server must not outlive us, even when we exit without a clean shutdown.
  const killOnExit = () => {
    if (isProcessAlive(pid)) process.kill(pid, "SIGTERM");
  };
  if (options.detached) child.unref();
  else process.once("exit", killOnExit);

  const uri = `bolt://127.0.0.1:${boltPort}`;
  log(
    `Starting Neo4j 5.26 (pid ${pid}, heap ${config.local.heap}, page cache ${config.local.pageCache}); logs in ${L.logs}`,
  );
  try {
    await waitForBolt(uri, password, child, config.local.startTimeoutSeconds);
  } catch (error) {
    await stopProcess(pid);
    throw error;
  }
  restrictDataDir();
  log(`Neo4j is up: Bolt ${uri}, Neo4j Browser http://127.0.0.1:${httpPort}/browser/`);
  return {
    kind: "local",
    uri,
    username: "neo4j",
    password,
    database: "neo4j",
    stop: async () => {
      process.removeListener("exit", killOnExit);
      await stopProcess(pid);
    },
  };
}

async function stopProcess(pid: number, timeoutMs = 60_000): Promise<void> {
  if (isProcessAlive(pid)) process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 200));
  if (isProcessAlive(pid)) process.kill(pid, "SIGKILL");
  const state = existsSync(L.stateFile)
    ? (JSON.parse(readFileSync(L.stateFile, "utf8")) as ServerState)
    : undefined;
  if (state?.pid === pid) rmSync(L.stateFile, { force: true });
}

/** Stops the local server recorded in the state file; false when none was running. */
export async function stopLocalNeo4j(): Promise<boolean> {
  const state = readState();
  if (!state) {
    rmSync(L.stateFile, { force: true });
    return false;
  }
  await stopProcess(state.pid);
  return true;
}

/** Deletes the local database files (the server must be stopped). */
export function wipeLocalData(): void {
  rmSync(L.data, { recursive: true, force: true });
  rmSync(L.logs, { recursive: true, force: true });
}
