import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../db/database.js";
import { ORGANIZATION_KINDS } from "./dataset-spec.js";
import type { Dataset, NodeRecord, RelationshipRecord } from "./validate.js";

const BATCH = 500;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Labels, relationship types and identity keys come from the dataset spec's constants (validated
 * enums), never from free text; this guard makes that assumption explicit before they enter Cypher.
 */
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing unsafe Cypher identifier '${name}'`);
  return name;
}

export interface WriteCount {
  what: string;
  rows: number;
  created: number;
}

export interface WriteReport {
  nodes: WriteCount[];
  relationships: WriteCount[];
  propertiesSet: number;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function nodeStatement(labels: string[]): string {
  const [primary, ...extra] = labels.map(identifier);
  const kind = extra.find((l) => (ORGANIZATION_KINDS as readonly string[]).includes(l));
  // An organization has exactly one kind label: drop the others in case its kind changed.
  const otherKinds = kind ? ORGANIZATION_KINDS.filter((k) => k !== kind) : [];
  return [
    "UNWIND $rows AS row",
    `MERGE (n:${primary} {id: row.id})`,
    ...(otherKinds.length ? [`REMOVE n:${otherKinds.join(":")}`] : []),
    ...(extra.length ? [`SET n:${extra.join(":")}`] : []),
    "SET n += row.properties",
  ].join("\n");
}

function relationshipStatement(r: RelationshipRecord): string {
  const identity = Object.keys(r.identity)
    .map((k) => `${identifier(k)}: row.identity.${identifier(k)}`)
    .join(", ");
  return [
    "UNWIND $rows AS row",
    `MATCH (a:${identifier(r.fromLabel)} {id: row.from})`,
    `MATCH (b:${identifier(r.toLabel)} {id: row.to})`,
    `MERGE (a)-[r:${identifier(r.type)}${identity ? ` {${identity}}` : ""}]->(b)`,
    "SET r += row.properties",
    "RETURN count(r) AS matched",
  ].join("\n");
}

async function runBatches<T>(
  tx: ManagedTransaction,
  statement: string,
  rows: T[],
  toParam: (row: T) => unknown,
): Promise<{ nodesCreated: number; relationshipsCreated: number; propertiesSet: number; matched: number }> {
  const total = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0, matched: 0 };
  for (const batch of batches(rows)) {
    const result = await tx.run(statement, { rows: batch.map(toParam) });
    const updates = result.summary.counters.updates();
    total.nodesCreated += updates.nodesCreated;
    total.relationshipsCreated += updates.relationshipsCreated;
    total.propertiesSet += updates.propertiesSet;
    total.matched += Number(result.records[0]?.get("matched") ?? batch.length);
  }
  return total;
}

/**
 * Writes a validated dataset in ONE transaction: MERGE on stable ids (nodes) and on
 * (from, to, identity properties) for relationships, so a re-run changes nothing and a failure
 * anywhere leaves the graph as it was.
 */
export async function writeDataset(db: Database, dataset: Dataset): Promise<WriteReport> {
  return db.run("WRITE", async (tx) => {
    const report: WriteReport = { nodes: [], relationships: [], propertiesSet: 0 };
    // The citation list travels with the graph, so an export can re-create sources.csv.
    const sources = [...dataset.sources.values()].map(({ key, ...rest }) => ({
      key,
      properties: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, v ?? null])),
    }));
    const sourceCounts = await runBatches(
      tx,
      "UNWIND $rows AS row MERGE (s:Source {key: row.key}) SET s += row.properties",
      sources,
      (s) => s,
    );
    report.nodes.push({ what: "Source", rows: sources.length, created: sourceCounts.nodesCreated });
    report.propertiesSet += sourceCounts.propertiesSet;
    for (const [key, nodes] of groupBy(dataset.nodes, (n) => n.labels.join(":"))) {
      const counts = await runBatches(tx, nodeStatement(nodes[0]?.labels ?? []), nodes, (n: NodeRecord) => ({
        id: n.id,
        properties: n.properties,
      }));
      report.nodes.push({ what: key, rows: nodes.length, created: counts.nodesCreated });
      report.propertiesSet += counts.propertiesSet;
    }
    const relGroups = groupBy(dataset.relationships, (r) => `${r.fromLabel}-[${r.type}]->${r.toLabel}`);
    for (const [key, rels] of relGroups) {
      const first = rels[0];
      if (!first) continue;
      const counts = await runBatches(tx, relationshipStatement(first), rels, (r) => ({
        from: r.from,
        to: r.to,
        identity: r.identity,
        properties: r.properties,
      }));
      if (counts.matched !== rels.length) {
        // Validation checked every endpoint; a mismatch means the graph lacks a node the dataset
        // expects. Throwing rolls the whole import back.
        throw new Error(`${key}: only ${counts.matched} of ${rels.length} relationships found both ends`);
      }
      report.relationships.push({ what: key, rows: rels.length, created: counts.relationshipsCreated });
      report.propertiesSet += counts.propertiesSet;
    }
    return report;
  });
}
