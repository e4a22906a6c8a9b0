/**
 * Times the deferred index builds one by one on an imported graph (the scale bench's scratch
 * Neo4j): drops every deferrable index, then creates each alone and waits until it is ONLINE; then
 * all of them again as the importer does (one statement each, populating side by side).
 * `npx tsx bench/scale/index-build-times.ts` with NEO4J_URI / NEO4J_PASSWORD of that database.
 */

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { splitStatements } from "../../src/cypher/statements.js";
import { deferrableIndexNames } from "../../src/db/schema.js";
import { cypherDir } from "../../src/paths.js";

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7893",
  neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD ?? "bench-scale-password"),
);
const session = () => driver.session();
const run = async (cypher: string) => {
  const s = session();
  try {
    return await s.run(cypher);
  } finally {
    await s.close();
  }
};

const names = deferrableIndexNames();
const creates = new Map<string, string>();
for (const file of readdirSync(join(cypherDir, "schema"))
  .filter((f) => f.endsWith(".cypher"))
  .sort())
  for (const statement of splitStatements(readFileSync(join(cypherDir, "schema", file), "utf8"))) {
    const name = names.find((n) => new RegExp(`INDEX\\s+${n}\\b`, "i").test(statement));
    if (name) creates.set(name, statement);
  }

async function awaitOnline(): Promise<void> {
  for (;;) {
    const result = await run("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n");
    if (Number(result.records[0]?.get("n")) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
const dropAll = async () => {
  for (const name of names) await run(`DROP INDEX ${name} IF EXISTS`);
};

const only = process.argv.slice(2);
await dropAll();
for (const name of names) {
  if (only.length && !only.includes(name)) continue;
  const started = performance.now();
  await run(creates.get(name) as string);
  await awaitOnline();
  console.log(`${name.padEnd(28)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  await run(`DROP INDEX ${name} IF EXISTS`);
}
if (!only.length) {
  const started = performance.now();
  for (const name of names) await run(creates.get(name) as string);
  await awaitOnline();
  console.log(
    `${"all, one statement each".padEnd(28)} ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
}
await driver.close();
