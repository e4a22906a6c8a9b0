import type { AppConfig } from "../config/env.js";
import { ConfigError } from "../errors/app-errors.js";
import { isDockerAvailable, startDockerNeo4j } from "./docker.js";
import { startLocalNeo4j } from "./local/local-server.js";
import type { DatabaseTarget, ProviderKind } from "./target.js";

/**
 * The selection rule, kept pure so it can be tested on its own: an explicit NEO4J_PROVIDER wins;
 * otherwise NEO4J_URI, then Docker, then the project's local JVM Neo4j.
 */
export function chooseProvider(config: AppConfig, dockerAvailable: boolean): ProviderKind {
  const forced = config.neo4j.provider;
  if (forced === "remote" && !config.neo4j.uri)
    throw new ConfigError("NEO4J_PROVIDER=remote needs NEO4J_URI.");
  if (forced !== "auto") return forced;
  if (config.neo4j.uri) return "remote";
  return dockerAvailable ? "docker" : "local";
}

export interface ObtainOptions {
  /** For the local provider: leave the JVM running after this process exits. */
  detached?: boolean;
  log?: (line: string) => void;
}

/** Obtains the database every entry point (server, CLIs, tests) works against. */
export async function obtainDatabase(
  config: AppConfig,
  options: ObtainOptions = {},
): Promise<DatabaseTarget> {
  const log = options.log ?? (() => {});
  const needsDockerProbe = config.neo4j.provider === "auto" && !config.neo4j.uri;
  const kind = chooseProvider(config, needsDockerProbe ? await isDockerAvailable() : false);
  switch (kind) {
    case "remote": {
      const { uri, username, password, database } = config.neo4j;
      if (!uri || !password)
        throw new ConfigError("NEO4J_URI and NEO4J_PASSWORD are required for a remote Neo4j.");
      log(`Using the Neo4j at ${uri} (database ${database}).`);
      return { kind, uri, username, password, database, stop: async () => {} };
    }
    case "docker":
      return startDockerNeo4j(config, log);
    case "local":
      return startLocalNeo4j(config, { detached: options.detached ?? false, log });
  }
}
