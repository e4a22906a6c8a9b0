/**
 * The baseline the online importer is measured against: what a developer writes by hand with the
 * plain driver. It streams each CSV, converts cells with the dataset's own zod rows (so both
 * graphs are identical), and sends UNWIND + MERGE statements of `rowsPerTx` rows, one transaction
 * each. No validation pass, no ledger, no CREATE shortcut.
 *
 *   npx tsx bench/scale/plain-driver-import.ts DIR [rowsPerTx]   (NEO4J_URI / NEO4J_PASSWORD …)
 */
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse";
import type { Database } from "../../src/db/database.js";
import { NODE_FILES, RELATIONSHIP_FILES, SOURCES_FILE, sourceRow } from "../../src/import/dataset-spec.js";
import { toNodeRecord, toRelationshipRecord } from "../../src/import/validate.js";

async function* rowsOf(dir: string, file: string): AsyncGenerator<Record<string, string>> {
  if (!existsSync(join(dir, file))) return;
  for await (const row of createReadStream(join(dir, file)).pipe(parse({ columns: true, bom: true })))
    yield row as Record<string, string>;
}

export async function plainDriverImport(db: Database, dir: string, rowsPerTx = 10_000): Promise<number> {
  let total = 0;
  const send = async (cypher: string, rows: unknown[]) => {
    if (rows.length === 0) return;
    await db.write(cypher, { rows });
    total += rows.length;
  };
  const batched = async (file: string, toParam: (cells: Record<string, string>) => [string, unknown]) => {
    const pending = new Map<string, unknown[]>();
    for await (const cells of rowsOf(dir, file)) {
      const [cypher, param] = toParam(cells);
      const rows = pending.get(cypher) ?? [];
      rows.push(param);
      pending.set(cypher, rows);
      if (rows.length >= rowsPerTx) {
        await send(cypher, rows);
        pending.set(cypher, []);
      }
    }
    for (const [cypher, rows] of pending) await send(cypher, rows);
  };

  await batched(SOURCES_FILE, (cells) => {
    const { key, ...properties } = sourceRow.parse(cells);
    return [
      "UNWIND $rows AS row MERGE (s:Source {key: row.key}) SET s += row.properties",
      { key, properties },
    ];
  });
  for (const spec of NODE_FILES) {
    await batched(spec.file, (cells) => {
      const node = toNodeRecord(spec, spec.row.parse(cells) as Record<string, unknown>);
      const [primary, ...extra] = node.labels;
      return [
        `UNWIND $rows AS row MERGE (n:${primary} {id: row.id}) ${extra.length ? `SET n:${extra.join(":")}` : ""} SET n += row.properties`,
        { id: node.id, properties: node.properties },
      ];
    });
  }
  await batched("regions.csv", (cells) => [
    "UNWIND $rows AS row MATCH (a:Region {id: row.from}) MATCH (b:Country {id: row.to}) MERGE (a)-[:PART_OF]->(b)",
    { from: cells.id, to: cells.country },
  ]);
  for (const spec of RELATIONSHIP_FILES) {
    const from = spec.from[0] as string;
    const to = spec.to[0] as string;
    const identity = spec.identity.map((k) => `${k}: row.identity.${k}`).join(", ");
    const cypher = `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
      MERGE (a)-[r:${spec.type}${identity ? ` {${identity}}` : ""}]->(b) SET r += row.properties`;
    await batched(spec.file, (cells) => {
      const r = toRelationshipRecord(spec, spec.row.parse(cells) as Record<string, unknown>, from, to);
      return [cypher, { from: r.from, to: r.to, identity: r.identity, properties: r.properties }];
    });
  }
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { loadConfig } = await import("../../src/config/env.js");
  const { connect } = await import("../../src/db/connect.js");
  const [dir, perTx] = process.argv.slice(2);
  if (!dir) throw new Error("usage: plain-driver-import.ts DIR [rowsPerTx]");
  const connected = await connect(loadConfig());
  try {
    const started = performance.now();
    const rows = await plainDriverImport(connected.db, dir, Number(perTx ?? 10_000));
    const seconds = (performance.now() - started) / 1000;
    console.log(`${rows} rows in ${seconds.toFixed(1)} s, ${Math.round(rows / seconds)} rows/s`);
  } finally {
    await connected.release();
  }
}
