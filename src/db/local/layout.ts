import { join } from "node:path";
import { dataDir } from "../../paths.js";

/** Where the project-managed Neo4j keeps its files (git-ignored, survives restarts). */
export const localLayout = {
  home: join(dataDir, "neo4j"),
  conf: join(dataDir, "neo4j", "conf"),
  data: join(dataDir, "neo4j", "data"),
  logs: join(dataDir, "neo4j", "logs"),
  plugins: join(dataDir, "neo4j", "plugins"),
  run: join(dataDir, "neo4j", "run"),
  import: join(dataDir, "neo4j", "import"),
  /** stdout/stderr of the JVM (Neo4j's own logs go to logs/neo4j.log). */
  consoleLog: join(dataDir, "neo4j", "logs", "console.log"),
  /** JSON describing the running server: pid and ports. */
  stateFile: join(dataDir, "neo4j", "run", "server.json"),
  passwordFile: join(dataDir, "neo4j-password"),
} as const;
