import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitStatements } from "../cypher/statements.js";
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
