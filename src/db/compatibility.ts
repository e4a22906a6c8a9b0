import { DatabaseIncompatibleError } from "../errors/app-errors.js";

/** Neo4j 5.26 LTS or a calendar-versioned release (2025.x and later). */
export function isSupportedNeo4jVersion(version: string): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version);
  if (!match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  if (major >= 2025) return true;
  return major === 5 && minor >= 26;
}

export function assertSupportedNeo4j(version: string): void {
  if (!isSupportedNeo4jVersion(version)) {
    throw new DatabaseIncompatibleError(
      `This application needs Neo4j 5.26 or newer (2025.x), but the server is ${version}. ` +
        "Upgrade the server, or unset NEO4J_URI to use the project's own Neo4j 5.26.",
    );
  }
}

export const APOC_MISSING_MESSAGE =
  "APOC core is not installed on this Neo4j server, and the GraphQL layer needs it (apoc.date.*, apoc.util.*). " +
  "Install the APOC core plugin matching the server version (on Aura it is built in; in Docker set NEO4J_PLUGINS='[\"apoc\"]'; " +
  "for a self-managed server copy apoc-<version>-core.jar into its plugins/ folder) and restart it.";
