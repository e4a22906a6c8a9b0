import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// The same code runs from src/ (tsx, vitest) and from dist/ (npm start): find the project root by
// walking up to package.json rather than hard-coding a depth.
function findProjectRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "schema.graphql"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the project root above ${start}`);
    dir = parent;
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const schemaFile = join(projectRoot, "schema.graphql");
export const cypherDir = join(projectRoot, "cypher");
export const seedDir = join(projectRoot, "seed");
export const dataDir = resolve(process.env.ECOSYSTEM_DATA_DIR ?? join(projectRoot, ".data"));
export const neo4jLocalDir = join(projectRoot, "neo4j-local");
