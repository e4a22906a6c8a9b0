import type { DatasetIssue } from "../errors/app-errors.js";
import type { ConvertedPart } from "./admin-rows.js";
import type { CsvPiece } from "./csv-chunks.js";
import type { SharedCheckerState } from "./validate.js";

/** Messages from the main thread to a validation worker. */
export type WorkerRequest =
  | { kind: "ping" }
  | { kind: "state"; state: SharedCheckerState }
  | {
      kind: "piece";
      seq: number;
      file: string;
      header: string[];
      piece: CsvPiece;
      spool: boolean;
      /** Also convert the valid records to neo4j-admin rows for this run (--bulk). */
      convert?: string;
    };

/** A checked piece of a node or relationship file. */
export interface PieceResult {
  kind: "piece";
  seq: number;
  rows: number;
  /** At most MAX_ISSUES of the piece's issues, in the order found; issueCount counts them all. */
  issues: DatasetIssue[];
  issueCount: number;
  /** Each valid relationship row's duplicate-check key (see PieceKeys). */
  keys: PieceKeys;
  relationships: number;
  /** Node files: the valid rows' ids, label sets and lines, for the main thread's id table (see PieceNodes). */
  nodes?: PieceNodes;
  /** Node files: ids of invalid rows (references to them are not reported again). */
  unusable?: string[];
  /** --bulk: the valid records as neo4j-admin rows. */
  converted?: ConvertedPart[];
  /** The valid records as one spool frame (spool-codec.ts), in a buffer of its own that is handed over. */
  frame?: Uint8Array;
}

export type WorkerReply =
  | { kind: "ready" }
  | PieceResult
  | { kind: "failed"; seq: number; uncuttable: boolean; message: string };

/**
 * A piece's relationship keys in typed arrays (handed over, not copied): row i has node indexes
 * from[i] and to[i], identity identities[identity[i]] and file line lines[i].
 */
export interface PieceKeys {
  size: number;
  from: Uint32Array;
  to: Uint32Array;
  identity: Uint32Array;
  identities: string[];
  lines: Uint32Array;
}

/**
 * A node piece's valid rows, without a string or number object per row (the main thread adds
 * them to its id table; at 1M these were most of its garbage): row i's id is
 * ids[ends[i - 1] ?? 0, ends[i]), its label set labelSets[labelSet[i]] (labels joined with ':'),
 * its file line lines[i].
 */
export interface PieceNodes {
  size: number;
  ids: string;
  ends: Uint32Array;
  labelSets: string[];
  labelSet: Uint8Array;
  lines: Uint32Array;
}
