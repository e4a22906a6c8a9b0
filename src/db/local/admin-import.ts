import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { AppConfig } from "../../config/env.js";
import { DatabaseUnavailableError } from "../../errors/app-errors.js";
import { resolveClasspath } from "./classpath.js";
import { findJava } from "./java.js";
import { localLayout as L } from "./layout.js";
import { buildProcedures } from "./procedures.js";

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

const STACK_FRAME = /^\s+(at |\.\.\. \d+ more)/;

/** Follows a neo4j-admin process: logs its lines, keeps the last 20 for the error, settles on exit. */
function watchAdmin(child: ChildProcess, log: (line: string) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line.trim() || line === LAUNCHER_READY) continue;
        log(line);
        // A Java stack trace would push the exception's own message out of the last 20 lines.
        if (!STACK_FRAME.test(line)) tail = [...tail.slice(-19), line];
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
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

function adminEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: L.home, NEO4J_CONF: L.conf };
}

/**
 * Runs `neo4j-admin database import full` (org.neo4j.cli.AdminTool from the same jars as the
 * server) against the project's local Neo4j home. The server must be stopped. With a launcher
 * (started earlier, see AdminLauncher), the arguments go to its JVM instead of a new one.
 */
export async function runAdminImport(
  config: AppConfig,
  input: AdminImportInput,
  log: (line: string) => void,
  launcher?: AdminLauncher,
): Promise<void> {
  if (launcher?.usable) return launcher.run(input);
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
  const child = spawn(java, args, { env: adminEnv(), stdio: ["ignore", "pipe", "pipe"] });
  await watchAdmin(child, log);
}

const LAUNCHER_READY = "launcher: ready";
/** The launcher's exit status when it was told to stop (or its stdin closed) before any argument came. */
export const LAUNCHER_ABORTED = 3;

/**
 * neo4j-admin started ahead of time (neo4j-local/procedures/.../AdminLauncher.java): its JVM starts
 * and sets its commands up (~1.5 s of the ~3 s neo4j-admin spends outside the import itself) while
 * --bulk is still validating, then waits for its arguments on stdin. It reads nothing and writes
 * nothing before them: abort() (a dataset with problems, or any failure before the import) leaves
 * the database as it was, and so does this process dying, which closes the launcher's stdin.
 */
export class AdminLauncher {
  private readonly child: ChildProcess;
  private readonly done: Promise<void>;
  private exited = false;
  private sent = false;
  private readonly warm: Promise<void>;

  private constructor(config: AppConfig, log: (line: string) => void) {
    const java = findJava(config.local.javaHome);
    const { classpath } = resolveClasspath(log);
    const jar = buildProcedures(java, classpath, log);
    this.child = spawn(
      java,
      [`-Xmx${config.local.heap}`, "-cp", `${jar}:${classpath}`, "local.ecosystem.launcher.AdminLauncher"],
      { env: adminEnv(), stdio: ["pipe", "pipe", "pipe"] },
    );
    // A launcher that died early only costs the head start: run() then spawns neo4j-admin as usual.
    this.child.stdin?.on("error", () => {});
    this.done = watchAdmin(this.child, log);
    this.done.catch(() => {});
    this.child.on("exit", () => {
      this.exited = true;
    });
    this.warm = new Promise<void>((resolve) => {
      let seen = "";
      const onData = (chunk: Buffer) => {
        seen = (seen + chunk.toString("utf8")).slice(-200);
        if (seen.includes(LAUNCHER_READY)) {
          this.child.stdout?.off("data", onData);
          resolve();
        }
      };
      this.child.stdout?.on("data", onData);
      this.child.once("exit", () => resolve());
    });
  }

  /** Resolves once the JVM has set neo4j-admin up and waits for its arguments (or has exited). */
  ready(): Promise<void> {
    return this.warm;
  }

  static start(config: AppConfig, log: (line: string) => void = () => {}): AdminLauncher {
    return new AdminLauncher(config, log);
  }

  /** Still waiting for its arguments. */
  get usable(): boolean {
    return !this.exited && !this.sent;
  }

  async run(input: AdminImportInput, database = "neo4j"): Promise<void> {
    const args = adminImportArgs(input, database);
    const broken = args.find((a) => a.includes("\n") || a === "");
    if (broken !== undefined)
      throw new DatabaseUnavailableError(
        `neo4j-admin argument cannot be passed on a line: ${JSON.stringify(broken)}`,
      );
    this.sent = true;
    this.child.stdin?.end(`run\n${args.join("\n")}\n\n`);
    await this.done;
  }

  /** Stops the launcher before it imports anything; resolves once its JVM has exited. */
  async abort(): Promise<void> {
    if (this.sent || this.exited) return;
    this.sent = true;
    this.child.stdin?.end("abort\n");
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    // It has not read an argument, so it holds no lock and no file: no need to wait for its warm-up.
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Whether the local `neo4j` database has a store yet (the server ran at least once). */
export function localStoreExists(): boolean {
  const dir = join(L.data, "databases", "neo4j");
  return existsSync(dir) && readdirSync(dir).length > 0;
}
