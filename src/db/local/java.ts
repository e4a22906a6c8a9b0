import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DatabaseUnavailableError } from "../../errors/app-errors.js";

/** Neo4j 5.26 runs on Java 17 and 21 only. */
const SUPPORTED = new Set([17, 21]);

export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  // Java 8 and older report "1.8.0_…".
  return first === 1 && match[2] ? Number(match[2]) : first;
}

function candidates(javaHome: string | undefined): string[] {
  const list: string[] = [];
  if (javaHome) list.push(join(javaHome, "bin", "java"));
  if (process.env.JAVA_HOME) list.push(join(process.env.JAVA_HOME, "bin", "java"));
  list.push("/usr/lib/jvm/java-17-openjdk-amd64/bin/java", "/usr/lib/jvm/java-21-openjdk-amd64/bin/java");
  list.push("java");
  return list;
}

/** Finds a Java 17 or 21 executable; explains what to install when there is none. */
export function findJava(javaHome: string | undefined): string {
  const seen: string[] = [];
  for (const java of candidates(javaHome)) {
    if (java.includes("/") && !existsSync(java)) continue;
    // `java -version` prints to stderr.
    const result = spawnSync(java, ["-version"], { encoding: "utf8" });
    if (result.error) continue;
    const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
    if (major !== undefined && SUPPORTED.has(major)) return java;
    seen.push(`${java} (Java ${major ?? "of unknown version"})`);
  }
  throw new DatabaseUnavailableError(
    `Neo4j 5.26 needs Java 17 or 21, and none was found${seen.length ? ` (found: ${seen.join(", ")})` : ""}. ` +
      "Install OpenJDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`) or set NEO4J_JAVA_HOME.",
  );
}
