import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { DatabaseUnavailableError } from "../../errors/app-errors.js";
import { neo4jLocalDir } from "../../paths.js";

const pom = join(neo4jLocalDir, "pom.xml");
const classpathFile = join(neo4jLocalDir, "target", "classpath.txt");

export interface ResolvedClasspath {
  classpath: string;
  /** APOC and GDS jars: Neo4j registers procedures only from jars in the plugins directory. */
  pluginJars: string[];
}

function isStale(): boolean {
  if (!existsSync(classpathFile)) return true;
  return statSync(classpathFile).mtimeMs < statSync(pom).mtimeMs;
}

/**
 * Resolves the Neo4j server, APOC and Neo4j Browser from Maven Central (cached in ~/.m2) and returns
 * the classpath. Maven runs only when the pom changed or nothing was resolved yet.
 */
export function resolveClasspath(log: (line: string) => void = () => {}): ResolvedClasspath {
  if (isStale()) {
    log(
      "Resolving Neo4j 5.26 Community + APOC from Maven Central (first run only; this can take a few minutes)…",
    );
    const result = spawnSync(
      "mvn",
      ["-B", "-q", "-f", pom, "dependency:build-classpath", `-Dmdep.outputFile=${classpathFile}`],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    if (result.error) {
      throw new DatabaseUnavailableError(
        `Cannot run Maven (${result.error.message}). Install Maven (\`apt-get install maven\`) or set NEO4J_URI to use another Neo4j.`,
      );
    }
    if (result.status !== 0 || !existsSync(classpathFile)) {
      const output = `${result.stdout}\n${result.stderr}`.trim().split("\n").slice(-15).join("\n");
      throw new DatabaseUnavailableError(`Maven could not resolve Neo4j from ${pom}:\n${output}`);
    }
  }
  const classpath = readFileSync(classpathFile, "utf8").trim();
  const jars = classpath.split(":");
  const apoc = jars.filter((jar) => /^apoc-(core|common)-/.test(basename(jar)));
  const gds = jars.filter((jar) => jar.includes("/org/neo4j/gds/"));
  const pluginJars = [...apoc, ...gds];
  if (apoc.length < 2) {
    throw new DatabaseUnavailableError(
      `APOC core/common are missing from the resolved classpath (${classpathFile}).`,
    );
  }
  return { classpath, pluginJars };
}
