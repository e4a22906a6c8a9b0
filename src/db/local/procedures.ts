import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { DatabaseUnavailableError } from "../../errors/app-errors.js";
import { neo4jLocalDir } from "../../paths.js";

const sourceRoot = join(neo4jLocalDir, "procedures", "src", "main", "java");
const targetDir = join(neo4jLocalDir, "target", "procedures");
/** The project's own procedures (ecosystem.*), loaded by the local server like APOC. */
export const proceduresJar = join(targetDir, "ecosystem-procedures.jar");

function javaSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return javaSources(path);
    return entry.name.endsWith(".java") ? [path] : [];
  });
}

/** The JDK tool next to the java that runs Neo4j (javac, jar), or the one on the PATH. */
function jdkTool(java: string, tool: string): string {
  if (!java.includes("/")) return tool;
  const sibling = join(dirname(java), tool);
  return existsSync(sibling) ? sibling : tool;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.error) {
    throw new DatabaseUnavailableError(
      `Cannot run ${command} to build ${what} (${result.error.message}). Install a JDK 17 (\`apt-get install openjdk-17-jdk-headless\`).`,
    );
  }
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-15).join("\n");
    throw new DatabaseUnavailableError(`Building ${what} failed:\n${output}`);
  }
}

/**
 * Compiles neo4j-local/procedures/ against the server's own jars into one plugin jar, when the jar
 * is missing or older than a source file. A few classes only: javac and jar are enough, no Maven plugins.
 */
export function buildProcedures(
  java: string,
  classpath: string,
  log: (line: string) => void = () => {},
): string {
  const sources = javaSources(sourceRoot);
  const newest = Math.max(...sources.map((file) => statSync(file).mtimeMs));
  if (existsSync(proceduresJar) && statSync(proceduresJar).mtimeMs >= newest) return proceduresJar;
  log("Building the project's Neo4j procedures (neo4j-local/procedures/)…");
  mkdirSync(targetDir, { recursive: true });
  const work = mkdtempSync(join(targetDir, "build-"));
  try {
    const classes = join(work, "classes");
    run(
      jdkTool(java, "javac"),
      ["--release", "17", "-nowarn", "-d", classes, "-cp", classpath, ...sources],
      "the procedures",
    );
    const jar = join(work, "procedures.jar");
    run(jdkTool(java, "jar"), ["--create", "--file", jar, "-C", classes, "."], "the procedures jar");
    // Renamed into place so a server never loads a half-written jar.
    renameSync(jar, proceduresJar);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  log(`Built ${relative(neo4jLocalDir, proceduresJar)}`);
  return proceduresJar;
}
