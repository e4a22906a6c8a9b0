import { open } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { DatasetIssue } from "../errors/app-errors.js";
import type { CsvPiece, CsvPieces } from "./csv-chunks.js";
import type { PieceResult, WorkerReply, WorkerRequest } from "./parallel-protocol.js";
import type { RowSpool } from "./spool.js";
import type { DatasetChecker, RecordSink, RelationshipKeys, SharedCheckerState } from "./validate.js";

/**
 * Relationship files (four fifths of a large dataset's rows) are checked by worker threads, piece
 * by piece, while the main thread reads the files and merges the results in file order: the same
 * issues in the same order, the same duplicate check, the same spool. Node files stay on the main
 * thread (they fill the id table the workers read). Validation runs while Neo4j is idle, so the
 * workers have the machine's cores to themselves.
 */

/** A piece could not be checked apart from the file (malformed CSV) or a worker failed: the whole scan runs single-threaded. */
export class ParallelFallback extends Error {}

const here = import.meta.url;

const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

/** A worker running the compiled worker module, or (from the TypeScript sources: tsx, vitest) the .ts one through tsx's require hook. */
function startWorker(): Worker {
  if (!here.endsWith(".ts"))
    return new Worker(new URL("./validate-worker.js", here), { resourceLimits: WORKER_LIMITS });
  const tsx = createRequire(here).resolve("tsx/cjs");
  const source = fileURLToPath(new URL("./validate-worker.ts", here));
  // Node 20 does not run the main thread's ESM loader hooks in workers; tsx's CommonJS hook does.
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, {
    eval: true,
    // Not the main thread's tsx loader flags; a CPU profile (node --cpu-prof) covers the workers too.
    execArgv: process.execArgv.filter((a) => a.startsWith("--cpu-prof")),
    // A worker keeps one piece at a time: the young generation caps its garbage (measured at 1M:
    // peak RSS of the whole import ~420 MB with these limits, ~490 MB with V8's defaults, same CPU).
    resourceLimits: WORKER_LIMITS,
  });
}

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

class ValidationWorker {
  readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private readyWaiter: Pending | undefined;
  private failure: Error | undefined;
  outstanding = 0;

  constructor() {
    this.worker = startWorker();
    this.worker.on("message", (reply: WorkerReply) => {
      if (reply.kind === "ready") {
        this.readyWaiter?.resolve(reply);
        return;
      }
      const waiter = this.pending.get(reply.seq);
      this.pending.delete(reply.seq);
      this.outstanding--;
      waiter?.resolve(reply);
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      this.readyWaiter?.reject(error);
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`validation worker exited (${code})`)));
  }

  ready(): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.readyWaiter = { resolve, reject };
      this.worker.postMessage({ kind: "ping" } satisfies WorkerRequest);
    });
  }

  send(request: WorkerRequest, transfer?: ArrayBuffer[]): void {
    this.worker.postMessage(request, transfer);
  }

  run(request: Extract<WorkerRequest, { kind: "piece" }>): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      this.outstanding++;
      this.pending.set(request.seq, { resolve, reject });
      this.send(request, [request.piece.bytes.buffer as ArrayBuffer]);
    });
  }
}

export class ValidationPool {
  private readonly workers: ValidationWorker[];
  private readonly started: Promise<boolean>;
  private seq = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => new ValidationWorker());
    this.started = Promise.all(this.workers.map((w) => w.ready())).then(
      () => true,
      () => false,
    );
  }

  /** Whether every worker started (else the caller validates on its own thread). */
  ready(): Promise<boolean> {
    return this.started;
  }

  get size(): number {
    return this.workers.length;
  }

  share(state: SharedCheckerState): void {
    for (const w of this.workers) w.send({ kind: "state", state });
  }

  run(
    file: string,
    header: string[],
    piece: CsvPiece,
    spool: boolean,
    convert?: string,
  ): Promise<WorkerReply> {
    const worker = this.workers.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
    return worker.run({ kind: "piece", seq: this.seq++, file, header, piece, spool, convert });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Workers for a dataset whose relationship files hold at least `minBytes`, or none. */
export function workerCount(requested: number | undefined): number {
  if (requested !== undefined) return requested;
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Whether a file has a carriage return (those files take the streaming parser; see csv-chunks.ts). */
export async function hasCarriageReturn(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(4 << 20);
    let position = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0) return false;
      if (buffer.subarray(0, bytesRead).includes(0x0d)) return true;
      position += bytesRead;
    }
  } finally {
    await file.close();
  }
}

/**
 * Checks one node or relationship file in the workers; results are merged in file order into the
 * checker (node ids, issues, counts), the relationship file's duplicate keys and the spool, so the
 * outcome is the single-threaded scan's. Returns the file's valid relationships. Throws
 * ParallelFallback when a piece does not parse on its own.
 */
export async function checkFileInParallel(
  pool: ValidationPool,
  csv: CsvPieces,
  file: string,
  checker: DatasetChecker,
  keys: RelationshipKeys | undefined,
  spool: RowSpool | undefined,
  sink: RecordSink | undefined,
  onRows: (n: number) => void,
): Promise<number> {
  const inFlight: Promise<WorkerReply>[] = [];
  let relationships = 0;
  const labelSets = new Map<string, number>();
  const merge = async (reply: WorkerReply) => {
    if (reply.kind !== "piece")
      throw new ParallelFallback(`${file}: ${reply.kind === "failed" ? reply.message : reply.kind}`);
    const result: PieceResult = reply;
    checker.rowCounts.set(file, (checker.rowCounts.get(file) ?? 0) + result.rows);
    const issues = result.issues;
    let next = 0;
    if (result.nodes) {
      // Each row's own issues come before its duplicate-id issue, as in the single-threaded scan.
      const { size, ids, ends, labelSets: keys, labelSet, lines } = result.nodes;
      const sets = keys.map((key) => {
        let set = labelSets.get(key);
        if (set === undefined) {
          set = checker.labelSetOf(key.split(":"));
          labelSets.set(key, set);
        }
        return set;
      });
      let from = 0;
      for (let i = 0; i < size; i++) {
        const line = lines[i] as number;
        while (next < issues.length && ((issues[next] as DatasetIssue).line ?? 0) <= line)
          checker.report(issues[next++] as DatasetIssue);
        const to = ends[i] as number;
        checker.registerNodeAt(file, ids, from, to, sets[labelSet[i] as number] as number, line);
        from = to;
      }
      for (const id of result.unusable ?? []) checker.markUnusable(id);
    }
    while (next < issues.length) checker.report(issues[next++] as DatasetIssue);
    checker.countMore(result.issueCount - issues.length);
    if (keys) keys.addAll(result.keys);
    relationships += result.relationships;
    if (result.frame && spool) await spool.addSerializedFrame(file, result.frame);
    if (result.converted && sink?.converted) {
      sink.converted(result.converted);
      await sink.drain();
    }
    onRows(result.rows);
  };
  try {
    for await (const piece of csv.pieces) {
      const reply = pool.run(file, csv.header, piece, spool !== undefined, sink?.runId);
      // Awaited in order below; until then a failed worker's rejection must not count as unhandled.
      reply.catch(() => {});
      inFlight.push(reply);
      if (inFlight.length >= pool.size * 2) await merge(await (inFlight.shift() as Promise<WorkerReply>));
    }
    while (inFlight.length) await merge(await (inFlight.shift() as Promise<WorkerReply>));
  } catch (error) {
    // Let the pieces still in the workers finish before the caller moves on (their replies are dropped).
    await Promise.allSettled(inFlight);
    if (error instanceof ParallelFallback) throw error;
    throw new ParallelFallback(error instanceof Error ? error.message : String(error));
  }
  return relationships;
}
