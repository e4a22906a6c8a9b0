import neo4j from "neo4j-driver";
import type { Database, ExplicitWrite } from "../db/database.js";
import {
  INTEGER_PROPERTIES,
  NODE_FILES,
  type NodeFileSpec,
  ORGANIZATION_KINDS,
  RELATIONSHIP_FILES,
  type RelationshipFileSpec,
  SOURCES_FILE,
} from "./dataset-spec.js";
import { checkpoint, type ImportRun, RUN_PROPERTY, runMark } from "./ledger.js";
import type { RowSpool } from "./spool.js";
import { type NodeRecord, PART_OF, PART_OF_SPOOL, type RelationshipRecord } from "./validate.js";

export const DEFAULT_BATCH_SIZE = 10_000;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Labels, relationship types and identity keys come from the dataset spec's constants (validated
 * enums), never from free text; this guard makes that assumption explicit before they enter Cypher.
 */
export function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Refusing unsafe Cypher identifier '${name}'`);
  return name;
}

/** One file's rows, written in file order; the checkpoint is (step index, last line written). */
export type WriteStep =
  | { kind: "sources"; file: string }
  | { kind: "node"; file: string; spec: NodeFileSpec }
  | { kind: "relationship"; file: string; spec: RelationshipFileSpec };

/** The fixed order of a write: sources, nodes, then relationships (each needs both ends). */
export const WRITE_STEPS: readonly WriteStep[] = [
  { kind: "sources", file: SOURCES_FILE },
  ...NODE_FILES.map((spec) => ({ kind: "node" as const, file: spec.file, spec })),
  { kind: "relationship", file: PART_OF.file, spec: PART_OF },
  ...RELATIONSHIP_FILES.map((spec) => ({ kind: "relationship" as const, file: spec.file, spec })),
];

/** Node labels and relationship types a dataset can write (for rollback). */
export const WRITTEN_LABELS = [...new Set(NODE_FILES.map((s) => s.labels[0] as string))];
export const WRITTEN_TYPES = [
  ...new Set(WRITE_STEPS.flatMap((s) => (s.kind === "relationship" ? [s.spec.type] : []))),
];

interface Statement {
  key: string;
  cypher: string;
  /**
   * Set on a fresh run: the batch is sent as one array per property ("columns") instead of one map
   * per row. A list of maps costs the driver and the server a map header and every key string per
   * row; columns send each key once, which measured several times faster to encode and decode.
   */
  columns?: string[];
  /** Writes relationships (which need the nodes of earlier batches committed). */
  relationship?: boolean;
  /**
   * The same relationships with both ends found by internal node id (fresh runs): used for a batch
   * whose endpoints were all created by this writer, which knows their ids (see NodeIds).
   */
  byNodeIds?: string;
}

/**
 * The internal ids of the nodes this writer created, by the validation's node index. On a fresh
 * run the relationship pass then finds both ends by id (NodeByIdSeek: a record read) instead of a
 * uniqueness-index seek, which takes an index-entry lock per end and was the largest single cost
 * of a relationship row in the server's profile. 8 bytes a node; ids of nodes written by an earlier
 * (interrupted) process are unknown, and their batches use the index seek.
 */
class NodeIds {
  private readonly ids: Float64Array;

  constructor(
    private readonly indexOf: (id: string) => number | undefined,
    size: number,
  ) {
    this.ids = new Float64Array(size).fill(-1);
  }

  set(id: string, nodeId: number): void {
    const index = this.indexOf(id);
    if (index !== undefined && index < this.ids.length) this.ids[index] = nodeId;
  }

  /** Internal ids of these node ids in order, or undefined when one of them is unknown. */
  all(ids: unknown[]): number[] | undefined {
    const out = new Array<number>(ids.length);
    for (let i = 0; i < ids.length; i++) {
      const index = this.indexOf(ids[i] as string);
      const nodeId = index === undefined ? -1 : (this.ids[index] ?? -1);
      if (nodeId < 0) return undefined;
      out[i] = nodeId;
    }
    return out;
  }
}

/** Organization kinds are matched through :Organization, the label whose uniqueness constraint is always there. */
function matchLabel(label: string): string {
  return (ORGANIZATION_KINDS as readonly string[]).includes(label) ? "Organization" : label;
}

const column = (key: string) => `$p_${identifier(key)}[i]`;

function freshNodeStatement(labels: string[], keys: string[]): Statement {
  const properties = [
    "id: $c_id[i]",
    ...keys.map((k) => `${identifier(k)}: ${column(k)}`),
    `${RUN_PROPERTY}: $run`,
  ];
  return {
    key: labels.join(":"),
    columns: keys,
    // A null in a CREATE map sets nothing, exactly like an absent value.
    // In row order (UNWIND keeps it): the writer keeps them for the relationship pass (NodeIds).
    cypher: `UNWIND range(0, size($c_id) - 1) AS i CREATE (n:${labels.map(identifier).join(":")} {${properties.join(", ")}}) RETURN collect(id(n)) AS created`,
  };
}

export function freshRelationshipStatement(
  spec: RelationshipFileSpec,
  fromLabel: string,
  toLabel: string,
  keys: string[],
): Statement {
  const properties = [...keys.map((k) => `${identifier(k)}: ${column(k)}`), `${RUN_PROPERTY}: $run`];
  const create = `CREATE (a)-[:${identifier(spec.type)} {${properties.join(", ")}}]->(b)`;
  return {
    key: `${fromLabel}-[${spec.type}]->${toLabel}`,
    columns: keys,
    relationship: true,
    cypher: [
      "UNWIND range(0, size($c_from) - 1) AS i",
      `MATCH (a:${identifier(matchLabel(fromLabel))} {id: $c_from[i]})`,
      `MATCH (b:${identifier(matchLabel(toLabel))} {id: $c_to[i]})`,
      create,
      "RETURN count(*) AS matched",
    ].join("\n"),
    // id() is deprecated in Neo4j 5 in favour of elementId(), but still supported; it takes a
    // number (8 bytes here, a few on the wire) where an element id is a ~45-character string.
    byNodeIds: [
      "UNWIND range(0, size($c_from) - 1) AS i",
      "MATCH (a) WHERE id(a) = $c_from[i]",
      "MATCH (b) WHERE id(b) = $c_to[i]",
      create,
      "RETURN count(*) AS matched",
    ].join("\n"),
  };
}

/** Whole-number columns go to the driver as integers (a JavaScript number would be stored as a float). */
function withIntegers<T extends Record<string, unknown>>(values: T): T {
  for (const key in values) {
    const value = values[key];
    if (typeof value === "number" && INTEGER_PROPERTIES.has(key))
      (values as Record<string, unknown>)[key] = neo4j.int(value);
  }
  return values;
}

/** The parameters of one statement's rows: a list of row maps, or columns on a fresh run. */
function parametersOf(statement: Statement, rows: unknown[]): Record<string, unknown> {
  if (!statement.columns) return { rows };
  const params: Record<string, unknown[]> = {};
  const first = rows[0] as Record<string, unknown>;
  for (const fixed of ["id", "from", "to"]) if (fixed in first) params[`c_${fixed}`] = [];
  for (const key of statement.columns) params[`p_${key}`] = [];
  for (const row of rows as Record<string, unknown>[]) {
    for (const fixed of ["id", "from", "to"]) params[`c_${fixed}`]?.push(row[fixed]);
    const values = row.values as Record<string, unknown>;
    for (const key of statement.columns) (params[`p_${key}`] as unknown[]).push(values[key] ?? null);
  }
  return params;
}

function sourceStatement(fresh: boolean): Statement {
  return {
    key: "Source",
    cypher: fresh
      ? `UNWIND $rows AS row CREATE (s:Source {key: row.key}) SET s += row.properties, s.${RUN_PROPERTY} = $run`
      : `UNWIND $rows AS row MERGE (s:Source {key: row.key}) ON CREATE SET s.${RUN_PROPERTY} = $run SET s += row.properties`,
  };
}

/** A node row onto a graph that may hold it already (not a fresh run). */
function nodeStatement(labels: string[]): Statement {
  const [primary, ...extra] = labels.map(identifier);
  const key = labels.join(":");
  const kind = extra.find((l) => (ORGANIZATION_KINDS as readonly string[]).includes(l));
  // An organization has exactly one kind label: drop the others in case its kind changed.
  const otherKinds = kind ? ORGANIZATION_KINDS.filter((k) => k !== kind) : [];
  return {
    key,
    cypher: [
      "UNWIND $rows AS row",
      `MERGE (n:${primary} {id: row.id})`,
      `ON CREATE SET n.${RUN_PROPERTY} = $run`,
      ...(otherKinds.length ? [`REMOVE n:${otherKinds.map(identifier).join(":")}`] : []),
      ...(extra.length ? [`SET n:${extra.join(":")}`] : []),
      "SET n += row.properties",
    ].join("\n"),
  };
}

/**
 * MERGE of relationships onto hub partners is what made imports slow: in a transaction that has
 * already created thousands of relationships on a hub, each MERGE's Expand(Into) walks the hub's
 * uncommitted relationships again, so a batch costs the square of its size. Instead:
 *  - on a fresh run (no node of the dataset existed) every relationship is new: plain CREATE
 *    (freshRelationshipStatement);
 *  - otherwise all existence checks of a batch run first (OPTIONAL MATCH, before any write; the
 *    planner's Eager keeps them apart), then missing relationships are CREATEd and existing ones
 *    updated. That equals MERGE for a single writer; the ledger allows one import at a time.
 */
export function relationshipStatement(
  spec: RelationshipFileSpec,
  fromLabel: string,
  toLabel: string,
): Statement {
  const identity = spec.identity.map((k) => `${identifier(k)}: row.identity.${identifier(k)}`).join(", ");
  const props = identity ? ` {${identity}}` : "";
  const type = identifier(spec.type);
  const match = [
    "UNWIND $rows AS row",
    `MATCH (a:${identifier(matchLabel(fromLabel))} {id: row.from})`,
    `MATCH (b:${identifier(matchLabel(toLabel))} {id: row.to})`,
  ];
  // Another file's relationships of the same type are not this file's: a key that only they are
  // identified by must be absent (a curated alliance has no `origin`, a connector's has one).
  const foreign = [
    ...new Set(
      RELATIONSHIP_FILES.filter((other) => other.type === spec.type).flatMap((other) => other.identity),
    ),
  ].filter((k) => !spec.identity.includes(k));
  const apart = foreign.length
    ? ` WHERE ${foreign.map((k) => `old.${identifier(k)} IS NULL`).join(" AND ")}`
    : "";
  const key = `${fromLabel}-[${spec.type}]->${toLabel}`;
  return {
    key,
    relationship: true,
    cypher: [
      ...match,
      `OPTIONAL MATCH (a)-[old:${type}${props}]->(b)${apart}`,
      "WITH a, b, row, old",
      `FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | CREATE (a)-[r:${type}${props}]->(b) SET r += row.properties, r.${RUN_PROPERTY} = $run)`,
      "FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old += row.properties)",
      "RETURN count(*) AS matched",
    ].join("\n"),
  };
}

interface PendingRow {
  statement: Statement;
  param: unknown;
}

interface Batch {
  rows: PendingRow[];
  step: number;
  line: number;
}

export interface WriteOptions {
  batchSize?: number;
  onRows?: (rows: number) => void;
  /**
   * On a fresh run: the validation's node index of an id, and a bound on it. The writer then keeps
   * the internal id of every node it creates and writes relationships by node id (see NodeIds).
   */
  nodeIndex?: { indexOf: (id: string) => number | undefined; size: number };
  /** Told, per relationship statement run, how many rows it wrote and whether by node id. */
  onRelationshipRows?: (rows: number, byNodeIds: boolean) => void;
  /**
   * Work to run before write step k (the key): every row of the earlier steps is committed then,
   * and no transaction of this writer is open. A resumed run past step k runs it first thing.
   */
  beforeStep?: Map<number, () => Promise<void>>;
}

/** The spool stream (see scanDataset) that holds a write step's validated rows. */
function spoolName(step: WriteStep): string {
  return step.kind === "relationship" && step.spec === PART_OF ? PART_OF_SPOOL : step.file;
}

/**
 * Writes a validated dataset, streamed from the spool its validation filled (so the CSV files are
 * not parsed twice), in batches of parameters: one transaction per batch, each also moving the
 * run's checkpoint. Memory holds one batch (plus the next being read); nothing is quadratic.
 * Resuming a run starts after its checkpoint (the rows keep their CSV line numbers).
 */
export async function writeDataset(
  db: Database,
  spool: RowSpool,
  run: ImportRun,
  options: WriteOptions = {},
): Promise<ImportRun> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const onRows = options.onRows ?? (() => {});
  const nodeIds =
    options.nodeIndex && run.fresh
      ? new NodeIds(options.nodeIndex.indexOf, options.nodeIndex.size)
      : undefined;
  const mark = runMark(run);
  const statements = new Map<string, Statement>();
  const statementFor = (key: string, make: () => Statement) => {
    let statement = statements.get(key);
    if (!statement) {
      statement = make();
      statements.set(key, statement);
    }
    return statement;
  };
  let state = { ...run, counts: { ...run.counts } };
  /** Counts after every batch whose statements ran (committed or committing). */
  let planned = state;
  let failure: unknown;
  // The pipeline: batch k+1's statements run while batch k commits (a commit costs about as much
  // as running the statements, and the server does it on another core). Commits stay in order, so
  // each checkpoint is exact. Deadlock-free: k+1 may wait for k's locks, k never waits for k+1.
  let lastExecuted: Promise<void> = Promise.resolve();
  let lastCommit: Promise<void> = Promise.resolve();
  let previousHadNodes = false;

  const execute = async (tx: ExplicitWrite, batch: Batch, groups: Map<Statement, unknown[]>) => {
    const after = { ...planned, counts: { ...planned.counts } };
    for (const [statement, rows] of groups) {
      const params = parametersOf(statement, rows);
      let cypher = statement.cypher;
      if (nodeIds && statement.byNodeIds) {
        // This runs after every earlier node batch has run, so their ids are known by now.
        const from = nodeIds.all(params.c_from as unknown[]);
        const to = from && nodeIds.all(params.c_to as unknown[]);
        if (from && to) {
          params.c_from = from;
          params.c_to = to;
          cypher = statement.byNodeIds;
        }
      }
      const result = await tx.run(cypher, { ...params, run: mark });
      if (statement.relationship) options.onRelationshipRows?.(rows.length, cypher === statement.byNodeIds);
      const createdIds =
        nodeIds && result.records[0]?.has("created") ? result.records[0].get("created") : undefined;
      if (Array.isArray(createdIds)) {
        const ids = params.c_id as string[];
        for (let i = 0; i < ids.length; i++) nodeIds?.set(ids[i] as string, createdIds[i] as number);
      }
      const updates = result.summary.counters.updates();
      const matched = result.records[0]?.has("matched") ? result.records[0].get("matched") : undefined;
      if (typeof matched === "number" && matched !== rows.length) {
        // Validation checked every endpoint; a mismatch means the graph lacks a node the
        // dataset expects (deleted meanwhile). Throwing rolls this batch back.
        throw new Error(`${statement.key}: only ${matched} of ${rows.length} relationships found both ends`);
      }
      const count = after.counts[statement.key] ?? { rows: 0, created: 0 };
      const created = updates.nodesCreated + updates.relationshipsCreated;
      after.counts[statement.key] = { rows: count.rows + rows.length, created: count.created + created };
      after.nodesCreated += updates.nodesCreated;
      after.relationshipsCreated += updates.relationshipsCreated;
      after.propertiesSet += updates.propertiesSet;
    }
    after.step = batch.step;
    after.line = batch.line;
    after.rowsWritten += batch.rows.length;
    await checkpoint(tx, after);
    return after;
  };

  const submit = async (batch: Batch) => {
    // Group by statement; a Map of arrays, each row pushed once.
    const groups = new Map<Statement, unknown[]>();
    let hasNodes = false;
    let hasRelationships = false;
    for (const row of batch.rows) {
      const group = groups.get(row.statement);
      if (group) group.push(row.param);
      else groups.set(row.statement, [row.param]);
      if (row.statement.relationship) hasRelationships = true;
      else hasNodes = true;
    }
    await lastExecuted;
    // Relationships must see the nodes they connect: those of an uncommitted batch are invisible.
    if (hasRelationships && previousHadNodes) await lastCommit;
    if (failure) throw failure;
    previousHadNodes = hasNodes;
    const previousCommit = lastCommit;
    let executed: () => void = () => {};
    lastExecuted = new Promise((resolve) => {
      executed = resolve;
    });
    lastCommit = (async () => {
      const tx = db.beginWrite();
      try {
        const after = await execute(tx, batch, groups);
        planned = after;
        executed();
        await previousCommit;
        if (failure) throw failure;
        await tx.commit();
        state = after;
        onRows(batch.rows.length);
      } catch (error) {
        failure ??= error;
        executed();
        // The first error is the one to report; a rollback that fails too (the database may be
        // gone) changes nothing, as the server drops an unfinished transaction with its session.
        await tx.rollback().catch(() => undefined);
      }
    })();
  };

  // A batch may span files (nodes first, then the relationships that need them), so a dataset
  // smaller than one batch is written in one transaction: all or nothing.
  let batch: Batch = { rows: [], step: state.step, line: state.line };
  const hooks = [...(options.beforeStep ?? [])].sort(([a], [b]) => a - b);
  for (const [at, hook] of hooks) if (at < state.step) await hook();
  for (let step = state.step; step < WRITE_STEPS.length; step++) {
    const writeStep = WRITE_STEPS[step] as WriteStep;
    const hook = options.beforeStep?.get(step);
    if (hook) {
      // A batch may span files: end this one here, so the hook sees the earlier steps committed.
      if (batch.rows.length) {
        await submit(batch);
        batch = { rows: [], step: batch.step, line: batch.line };
      }
      await lastCommit;
      if (failure) throw failure;
      await hook();
    }
    const after = step === run.step ? run.line : 0;
    for await (const { lines, records } of spool.read(spoolName(writeStep))) {
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i] as number;
        if (line <= after) continue;
        batch.rows.push(toPending(writeStep, records[i], state.fresh, statementFor));
        batch.step = step;
        batch.line = line;
        if (batch.rows.length >= batchSize) {
          await submit(batch);
          batch = { rows: [], step, line };
        }
      }
    }
  }
  if (batch.rows.length) await submit(batch);
  await lastCommit;
  if (failure) throw failure;
  return state;
}

/** One validated row (as spooled by scanDataset) as a statement and its parameters. */
function toPending(
  step: WriteStep,
  record: unknown,
  fresh: boolean,
  statementFor: (key: string, make: () => Statement) => Statement,
): PendingRow {
  if (step.kind === "sources") {
    const { key, ...rest } = record as Record<string, string | undefined>;
    const properties: Record<string, string | null> = {};
    for (const [k, v] of Object.entries(rest)) properties[k] = v ?? null;
    return { statement: statementFor("Source", () => sourceStatement(fresh)), param: { key, properties } };
  }
  if (step.kind === "node") {
    const node = record as NodeRecord;
    const key = node.labels.join(":");
    if (fresh) {
      const keys = Object.keys(node.properties);
      return {
        statement: statementFor(`${key}|${keys.join(",")}`, () => freshNodeStatement(node.labels, keys)),
        param: { id: node.id, values: withIntegers(node.properties) },
      };
    }
    return {
      statement: statementFor(key, () => nodeStatement(node.labels)),
      param: { id: node.id, properties: withIntegers(node.properties) },
    };
  }
  const spec = step.spec;
  const relationship = record as RelationshipRecord;
  const { fromLabel, toLabel } = relationship;
  // Per file: two files can give the same ends and type with different identities (alliances.csv
  // and sourced_alliances.csv), and each file's rows are matched on that file's identity.
  const key = `${spec.file}|${fromLabel}|${spec.type}|${toLabel}`;
  if (fresh) {
    const values = withIntegers({ ...relationship.identity, ...relationship.properties });
    const keys = Object.keys(values);
    return {
      statement: statementFor(`${key}|${keys.join(",")}`, () =>
        freshRelationshipStatement(spec, fromLabel, toLabel, keys),
      ),
      param: { from: relationship.from, to: relationship.to, values },
    };
  }
  return {
    statement: statementFor(key, () => relationshipStatement(spec, fromLabel, toLabel)),
    param: {
      from: relationship.from,
      to: relationship.to,
      identity: withIntegers(relationship.identity),
      properties: withIntegers(relationship.properties),
    },
  };
}
