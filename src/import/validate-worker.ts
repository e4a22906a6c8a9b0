/**
 * A validation worker (see parallel-validate.ts): checks pieces of a file with the same
 * DatasetChecker code as the single-threaded scan. Node rows get every check that needs no other
 * row (the main thread then adds their ids and finds duplicates); relationship rows get all their
 * checks, against the node ids the main thread collected (shared, read-only). Returns per piece what
 * the main thread merges in file order: the issues, the ids or duplicate-check keys, the counts,
 * and the valid records already encoded as one spool frame (bytes handed over, not copied).
 */
import { parentPort } from "node:worker_threads";
import { PieceConverter, transferList } from "./admin-rows.js";
import { eachPieceCells, UncuttableCsvError } from "./csv-chunks.js";
import { NODE_FILES, RELATIONSHIP_FILES } from "./dataset-spec.js";
import { doubled } from "./grow.js";
import type { PieceKeys, PieceNodes, PieceResult, WorkerRequest } from "./parallel-protocol.js";
import { FrameEncoder } from "./spool-codec.js";
import { DatasetChecker, type RelationshipKeySink } from "./validate.js";

class KeyList implements RelationshipKeySink, PieceKeys {
  size = 0;
  from = new Uint32Array(1024);
  to = new Uint32Array(1024);
  identity = new Uint32Array(1024);
  lines = new Uint32Array(1024);
  identities: string[] = [];
  private readonly identityIndex = new Map<string, number>();

  add(fromIndex: number, toIndex: number, identity: string, line: number): void {
    if (this.size === this.from.length) {
      this.from = doubled(this.from);
      this.to = doubled(this.to);
      this.identity = doubled(this.identity);
      this.lines = doubled(this.lines);
    }
    let index = this.identityIndex.get(identity);
    if (index === undefined) {
      index = this.identities.length;
      this.identities.push(identity);
      this.identityIndex.set(identity, index);
    }
    const i = this.size++;
    this.from[i] = fromIndex;
    this.to[i] = toIndex;
    this.identity[i] = index;
    this.lines[i] = line;
  }

  result(): PieceKeys {
    const { size, from, to, identity, identities, lines } = this;
    return { size, from, to, identity, identities, lines };
  }

  get buffers(): ArrayBuffer[] {
    return [this.from, this.to, this.identity, this.lines].map((a) => a.buffer as ArrayBuffer);
  }
}

/** A node piece's valid rows (see PieceNodes). */
class NodeList {
  size = 0;
  private ids = "";
  private ends = new Uint32Array(1024);
  private labelSet = new Uint8Array(1024);
  private lines = new Uint32Array(1024);
  private readonly labelSets: string[] = [];
  private lastLabels: string[] | undefined;
  private lastSet = 0;

  add(id: string, labels: string[], line: number): void {
    if (this.size === this.ends.length) {
      this.ends = doubled(this.ends);
      this.labelSet = doubled(this.labelSet);
      this.lines = doubled(this.lines);
    }
    if (!sameLabels(labels, this.lastLabels)) {
      const key = labels.join(":");
      let set = this.labelSets.indexOf(key);
      if (set < 0) set = this.labelSets.push(key) - 1;
      if (set > 255) throw new Error("too many label sets in one piece");
      this.lastLabels = labels;
      this.lastSet = set;
    }
    this.ids += id;
    const i = this.size++;
    this.ends[i] = this.ids.length;
    this.labelSet[i] = this.lastSet;
    this.lines[i] = line;
  }

  result(): PieceNodes {
    const { size, ids, ends, labelSets, labelSet, lines } = this;
    return { size, ids, ends, labelSets, labelSet, lines };
  }

  get buffers(): ArrayBuffer[] {
    return [this.ends, this.labelSet, this.lines].map((a) => a.buffer as ArrayBuffer);
  }
}

function sameLabels(a: string[], b: string[] | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

let checker: DatasetChecker | undefined;
const port = parentPort;
if (!port) throw new Error("validate-worker runs as a worker thread");

port.on("message", (request: WorkerRequest) => {
  if (request.kind === "ping") {
    port.postMessage({ kind: "ready" });
    return;
  }
  if (request.kind === "state") {
    checker = new DatasetChecker(request.state);
    return;
  }
  const { seq, file, header, piece, spool, convert } = request;
  try {
    if (!checker) throw new Error("no checker state");
    // The online import's spool gets each valid record encoded at once (no record outlives its row).
    const frame = spool ? new FrameEncoder() : undefined;
    let valid = 0;
    const keys = new KeyList();
    const nodes = new NodeList();
    const converter = convert ? new PieceConverter(convert) : undefined;
    const nodeSpec = NODE_FILES.find((s) => s.file === file);
    const relationshipSpec = RELATIONSHIP_FILES.find((s) => s.file === file);
    const active = checker;
    let rows: number;
    if (nodeSpec) {
      rows = eachPieceCells(piece, header, (row) => {
        const checked = active.checkNodeRow(nodeSpec, row);
        if (!checked) return;
        const { record } = checked;
        nodes.add(record.id, record.labels, row.line);
        valid++;
        frame?.add(row.line, record);
        converter?.add(record, "node");
      });
    } else if (relationshipSpec) {
      const spec = relationshipSpec;
      rows = eachPieceCells(piece, header, (row) => {
        if (converter && !frame) {
          // --bulk: from the validated value straight to the neo4j-admin line (no record).
          const value = active.relationshipValue(spec, row, keys);
          if (!value) return;
          valid++;
          converter.addRelationshipValue(spec, value, active.ends.fromLabel, active.ends.toLabel);
          return;
        }
        const record = active.relationshipRow(spec, row, keys);
        if (!record) return;
        valid++;
        frame?.add(row.line, record);
        converter?.add(record, "relationship");
      });
    } else throw new Error(`not a dataset file: ${file}`);
    const { issues, count } = checker.takeIssues();
    const result: PieceResult = {
      kind: "piece",
      seq,
      rows,
      issues,
      issueCount: count,
      keys: keys.result(),
      relationships: relationshipSpec ? valid : 0,
      nodes: nodeSpec ? nodes.result() : undefined,
      unusable: nodeSpec ? checker.takeUnusable() : undefined,
      frame: frame?.rows ? frame.take() : undefined,
      converted: converter?.result(),
    };
    const transfer = [...transferList(result.converted), ...keys.buffers, ...(nodeSpec ? nodes.buffers : [])];
    if (result.frame) transfer.push(result.frame.buffer as ArrayBuffer);
    port.postMessage(result, transfer);
  } catch (error) {
    port.postMessage({
      kind: "failed",
      seq,
      uncuttable: error instanceof UncuttableCsvError,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
