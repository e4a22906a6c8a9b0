import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitStatements } from "../cypher/statements.js";
import { DatabaseUnavailableError } from "../errors/app-errors.js";
import { cypherDir } from "../paths.js";
import type { Database } from "./database.js";

const schemaDir = join(cypherDir, "schema");

/** Applies cypher/schema/*.cypher in file-name order. Every statement is IF NOT EXISTS, so this is idempotent. */
export async function applySchema(db: Database): Promise<number> {
  const files = readdirSync(schemaDir)
    .filter((file) => file.endsWith(".cypher"))
    .sort();
  let count = 0;
  for (const file of files) {
    // Schema statements cannot share a transaction with each other, so each runs on its own.
    for (const statement of splitStatements(readFileSync(join(schemaDir, file), "utf8"))) {
      await db.write(statement);
      count += 1;
    }
  }
  return count;
}

/** A deferrable index: its name, the statement that creates it, and what it covers. */
export interface DeferrableIndex {
  name: string;
  statement: string;
  /** The node labels it indexes (none for a relationship index). */
  labels: string[];
  /** The relationship types it indexes (none for a node index). */
  types: string[];
}

const INDEX_NAME = /^\s*CREATE\s+(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX\s+([A-Za-z_][A-Za-z0-9_]*)/i;
const NODE_PATTERN = /\bFOR\s*\(\s*[A-Za-z_]\w*\s*:\s*([A-Za-z_][\w|]*)\s*\)/i;
const RELATIONSHIP_PATTERN = /\bFOR\s*\(\s*\)\s*-\s*\[\s*[A-Za-z_]\w*\s*:\s*([A-Za-z_][\w|]*)\s*\]/i;

/**
 * Indexes of our schema that only serve reads (not the uniqueness constraints the importer's
 * MATCH seeks on): names, full-text search, relationship property indexes. A first load into an
 * empty database drops them and builds each once, after the last rows it covers are written
 * (see early-indexes.ts), which populates far faster than updating them row by row (the
 * full-text index alone halved node creation when measured).
 */
export function deferrableIndexes(): DeferrableIndex[] {
  const indexes: DeferrableIndex[] = [];
  for (const file of readdirSync(schemaDir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()) {
    for (const statement of splitStatements(readFileSync(join(schemaDir, file), "utf8"))) {
      const name = INDEX_NAME.exec(statement)?.[1];
      if (!name) continue;
      const labels = NODE_PATTERN.exec(statement)?.[1]?.split("|") ?? [];
      const types = RELATIONSHIP_PATTERN.exec(statement)?.[1]?.split("|") ?? [];
      indexes.push({ name, statement, labels, types });
    }
  }
  return indexes;
}

export function deferrableIndexNames(): string[] {
  return deferrableIndexes().map((index) => index.name);
}

/** Drops the deferrable indexes; applySchema() creates them again (IF NOT EXISTS). */
export async function dropDeferrableIndexes(db: Database): Promise<string[]> {
  const names = deferrableIndexNames();
  // Names come from our own schema files (an identifier pattern above), never from input.
  for (const name of names) await db.write(`DROP INDEX ${name} IF EXISTS`);
  return names;
}

/** How far index population has got: indexes online, all indexes, mean population percent. */
export type IndexProgress = (state: { online: number; total: number; percent: number }) => void;

export interface AwaitIndexesOptions {
  timeoutSeconds?: number;
  /** Milliseconds between two looks at SHOW INDEXES. */
  pollMs?: number;
  onProgress?: IndexProgress;
}

/**
 * Waits until every index is online, reporting population as it goes: at 1M organizations the
 * deferred indexes take ~20 s to build, and db.awaitIndexes() says nothing until it returns.
 * A failed index is an error naming it (with Neo4j's reason), not a wait until the timeout.
 */
export async function awaitIndexes(db: Database, options: AwaitIndexesOptions = {}): Promise<void> {
  const timeoutMs = (options.timeoutSeconds ?? 3600) * 1000;
  const pollMs = options.pollMs ?? 1000;
  const started = Date.now();
  for (;;) {
    const indexes = await db.read<{ name: string; state: string; percent: number; failure: string | null }>(
      `SHOW INDEXES YIELD name, state, populationPercent, failureMessage
       RETURN name, state, populationPercent AS percent, failureMessage AS failure`,
    );
    const failed = indexes.find((index) => index.state === "FAILED");
    if (failed)
      throw new DatabaseUnavailableError(
        `Index ${failed.name} failed to build: ${failed.failure ?? "no reason given"}`,
      );
    const online = indexes.filter((index) => index.state === "ONLINE").length;
    const percent = indexes.length
      ? indexes.reduce((sum, index) => sum + (index.state === "ONLINE" ? 100 : Number(index.percent)), 0) /
        indexes.length
      : 100;
    options.onProgress?.({ online, total: indexes.length, percent });
    if (online === indexes.length) return;
    if (Date.now() - started > timeoutMs)
      throw new DatabaseUnavailableError(
        `Indexes still building after ${Math.round(timeoutMs / 1000)} s: ${indexes
          .filter((index) => index.state !== "ONLINE")
          .map((index) => index.name)
          .join(", ")}`,
      );
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** Re-creates whatever the schema lacks and waits until every index is online. */
export async function restoreSchema(db: Database, options: AwaitIndexesOptions = {}): Promise<void> {
  await applySchema(db);
  await awaitIndexes(db, options);
}
