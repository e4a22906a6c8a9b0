/**
 * A validation worker (see parallel-validate.ts): checks pieces of a file with the same
 * DatasetChecker code as the single-threaded scan. Node rows get every check that needs no other
 * row (the main thread then adds their ids and finds duplicates); relationship rows get all their
 * checks, against the node ids the main thread collected (shared, read-only). Returns per piece what
 * the main thread merges in file order: the issues, the ids or duplicate-check keys, the counts,
 * and the valid records already serialized as one spool frame.
 */
import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";
import { PieceConverter, transferList } from "./admin-rows.js";
import { eachPieceRow, UncuttableCsvError } from "./csv-chunks.js";
import { NODE_FILES, RELATIONSHIP_FILES } from "./dataset-spec.js";
import type { PieceKeys, PieceResult, WorkerRequest } from "./parallel-protocol.js";
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
      const grow = (a: Uint32Array) => {
        const bigger = new Uint32Array(a.length * 2);
        bigger.set(a);
        return bigger;
      };
      this.from = grow(this.from);
      this.to = grow(this.to);
      this.identity = grow(this.identity);
      this.lines = grow(this.lines);
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
    // Records are kept only for the spool (the online import); --bulk needs only their converted text.
    const lines: number[] = [];
    const records: unknown[] = [];
    let valid = 0;
    const keys = new KeyList();
    const nodes = { ids: [] as string[], labels: [] as string[], lines: [] as number[] };
    const converter = convert ? new PieceConverter(convert) : undefined;
    const nodeSpec = NODE_FILES.find((s) => s.file === file);
    const relationshipSpec = RELATIONSHIP_FILES.find((s) => s.file === file);
    const active = checker;
    let rows: number;
    if (nodeSpec) {
      rows = eachPieceRow(piece, header, (row) => {
        const checked = active.checkNodeRow(nodeSpec, row);
        if (!checked) return;
        const { record } = checked;
        nodes.ids.push(record.id);
        nodes.labels.push(record.labels.join(":"));
        nodes.lines.push(row.line);
        valid++;
        if (spool) {
          lines.push(row.line);
          records.push(record);
        }
        converter?.add(record, "node");
      });
    } else if (relationshipSpec) {
      rows = eachPieceRow(piece, header, (row) => {
        const record = active.relationshipRow(relationshipSpec, row, keys);
        if (!record) return;
        valid++;
        if (spool) {
          lines.push(row.line);
          records.push(record);
        }
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
      nodes: nodeSpec ? nodes : undefined,
      unusable: nodeSpec ? checker.takeUnusable() : undefined,
      frame: spool && lines.length ? serialize({ lines, records }) : undefined,
      converted: converter?.result(),
    };
    port.postMessage(result, [...transferList(result.converted), ...keys.buffers]);
  } catch (error) {
    port.postMessage({
      kind: "failed",
      seq,
      uncuttable: error instanceof UncuttableCsvError,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
