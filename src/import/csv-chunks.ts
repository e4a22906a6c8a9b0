import { isAscii } from "node:buffer";
import { createHash, type Hash } from "node:crypto";
import { open } from "node:fs/promises";
import { Parser } from "csv-parse";
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { CsvRow } from "./csv.js";
import { type IndexedRowParser, indexedParser } from "./fast-row.js";

/**
 * A CSV file cut into pieces that each hold whole records, so that worker threads can parse and
 * check them independently (see parallel-validate.ts). A piece ends after a line break that lies
 * outside quotes: with csv-parse's RFC 4180 quoting (a quote opens and closes a field, `""` inside
 * one), a line break is outside quotes exactly when the quotes before it are even in number, so the
 * cut needs only a count of quote bytes. Every piece carries the file line it starts on; csv-parse
 * counts lines inside quoted fields too, so the lines of a piece add up to the file's.
 *
 * Anything this cannot cut with certainty (a file that is not plain `\n`/`\r\n` text, an empty
 * line before the header, a record that does not parse) makes the caller fall back to the one
 * streaming parser (csv.ts), which reports the exact problem.
 */

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

export interface CsvPiece {
  bytes: Uint8Array;
  /** File line (1-based) of the piece's first byte. */
  firstLine: number;
}

/** The reason a file cannot be cut safely, for the caller's fallback. */
export class UncuttableCsvError extends Error {}

function countByte(bytes: Uint8Array, byte: number, start: number, end: number): number {
  let n = 0;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = buffer.indexOf(byte, start); i >= 0 && i < end; i = buffer.indexOf(byte, i + 1)) n++;
  return n;
}

/** Where the last whole record in `bytes[0, end)` ends (after its line break), or -1. */
function lastRecordEnd(bytes: Buffer, end: number): number {
  let parity = countByte(bytes, QUOTE, 0, end) % 2;
  let after = end;
  let cut = bytes.lastIndexOf(NEWLINE, end - 1);
  while (cut >= 0) {
    // The parity of the quotes before this line break: take off those between it and `after`.
    parity = (parity + countByte(bytes, QUOTE, cut + 1, after)) % 2;
    if (parity === 0) return cut + 1;
    after = cut;
    cut = cut > 0 ? bytes.lastIndexOf(NEWLINE, cut - 1) : -1;
  }
  return -1;
}

export interface CsvPieces {
  header: string[];
  /** The data's pieces in file order; the digest is complete once they are exhausted. */
  pieces: AsyncGenerator<CsvPiece>;
  /** SHA-256 of the whole file (the same digest as streamCsv's). */
  digest: () => string;
}

/**
 * Opens a CSV file as a header and row-aligned pieces of about `pieceBytes`. Throws
 * UncuttableCsvError when the file needs the streaming parser (see above).
 */
export async function csvPieces(path: string, pieceBytes = 1 << 20): Promise<CsvPieces> {
  const file = await open(path, "r");
  const hash: Hash = createHash("sha256");
  let position = 0;
  let carry: Buffer = Buffer.alloc(0);
  let eof = false;
  const readMore = async (size: number): Promise<Buffer> => {
    const chunk = Buffer.allocUnsafe(size);
    const { bytesRead } = await file.read(chunk, 0, size, position);
    position += bytesRead;
    if (bytesRead === 0) eof = true;
    const data = chunk.subarray(0, bytesRead);
    hash.update(data);
    return data;
  };
  try {
    // The header: the first record.
    let headerEnd = -1;
    while (headerEnd < 0 && !eof) {
      carry = Buffer.concat([carry, await readMore(64 * 1024)]);
      const firstBreak = lastRecordEndFromStart(carry);
      headerEnd = firstBreak >= 0 ? firstBreak : eof ? carry.length : -1;
    }
    if (carry.includes(0x0d)) throw new UncuttableCsvError("carriage returns");
    let start = 0;
    if (carry[0] === BOM[0] && carry[1] === BOM[1] && carry[2] === BOM[2]) start = 3;
    if (carry[start] === NEWLINE || headerEnd <= start) throw new UncuttableCsvError("no header first");
    const headerRecords = parse(carry.subarray(start, headerEnd), {
      relax_column_count: false,
    }) as string[][];
    const header = (headerRecords[0] ?? []).map((h) => h.trim());
    const firstDataLine = 1 + countByte(carry, NEWLINE, start, headerEnd);
    carry = carry.subarray(headerEnd);
    async function* pieces(): AsyncGenerator<CsvPiece> {
      let line = firstDataLine;
      try {
        // Each piece is read into a buffer of its own (after the bytes left over from the last one)
        // and handed to its worker whole: one allocation and one read per piece, no concatenation.
        let needMore = false;
        for (;;) {
          let buffer = Buffer.from(new ArrayBuffer(carry.length + (eof ? 0 : pieceBytes)));
          let length = carry.copy(buffer, 0);
          while (!eof && (length < pieceBytes || needMore)) {
            if (buffer.length - length < pieceBytes) {
              const bigger = Buffer.from(new ArrayBuffer(length + pieceBytes));
              buffer.copy(bigger, 0, 0, length);
              buffer = bigger;
            }
            const { bytesRead } = await file.read(buffer, length, pieceBytes, position);
            position += bytesRead;
            if (bytesRead === 0) eof = true;
            const more = buffer.subarray(length, length + bytesRead);
            hash.update(more);
            if (more.includes(0x0d)) throw new UncuttableCsvError("carriage returns");
            length += bytesRead;
            needMore = false;
          }
          const data = buffer.subarray(0, length);
          if (length === 0) return;
          let cut = eof && length <= pieceBytes ? length : lastRecordEnd(data, Math.min(length, pieceBytes));
          if (cut <= 0) {
            // A record longer than a piece: the piece ends where that record ends.
            cut = lastRecordEndFromStart(data);
            if (cut < 0) {
              if (!eof) {
                carry = data;
                needMore = true;
                continue;
              }
              cut = length;
            }
          }
          // What follows the piece is copied out: the piece's buffer goes to a worker.
          carry = Buffer.from(data.subarray(cut));
          const bytes = new Uint8Array(buffer.buffer, 0, cut);
          const firstLine = line;
          // Counted before the piece is sent (sending hands its buffer over).
          line += countByte(bytes, NEWLINE, 0, bytes.length);
          yield { bytes, firstLine };
        }
      } finally {
        await file.close();
      }
    }
    return { header, pieces: pieces(), digest: () => hash.copy().digest("hex") };
  } catch (error) {
    await file.close();
    throw error;
  }
}

/** End of the first record (after its line break), or -1 if the bytes hold no whole record yet. */
function lastRecordEndFromStart(bytes: Buffer): number {
  let quotes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === QUOTE) quotes++;
    else if (b === NEWLINE && quotes % 2 === 0) return i + 1;
  }
  return -1;
}

const PIECE_OPTIONS = { skip_empty_lines: true, relax_column_count: false } as const;

interface ParserApi {
  info: { lines: number };
  parse(
    buf: Buffer | undefined,
    end: boolean,
    push: (record: string[]) => void,
    close: () => void,
  ): Error | undefined;
}

/**
 * Parses one piece into rows numbered with file lines, as streamCsv numbers them (the line a
 * record ends on; cells trimmed). Throws UncuttableCsvError on anything the streaming parser must
 * report (malformed CSV, a record whose length is not the header's).
 */
export function parsePiece(piece: CsvPiece, header: string[]): CsvRow[] {
  const rows: CsvRow[] = [];
  eachPieceRow(piece, header, (row) => rows.push(row));
  return rows;
}

/**
 * A row of a piece as its cells by column index (what the cutting gives; see eachPieceCells), with
 * the cells by column name (CsvRow) built only when asked: the validation's fast path reads the
 * cells by index (fast-row's indexedParser), and only a row it cannot vouch for (an invalid row,
 * mostly) gets its keyed record for zod and the issue messages.
 */
export class CellRow implements CsvRow {
  line = 0;
  readonly values: string[];

  constructor(readonly header: readonly string[]) {
    this.values = new Array<string>(header.length).fill("");
  }

  private schema: z.ZodObject | undefined;
  private parser: IndexedRowParser | undefined;

  /** fastParse's answer for this row (see fast-row.ts), from the cells by index. */
  fastParse(schema: z.ZodObject): Record<string, unknown> | undefined {
    if (schema !== this.schema) {
      this.schema = schema;
      this.parser = indexedParser(schema, this.header);
    }
    return this.parser?.(this.values);
  }

  get cells(): Record<string, string> {
    const cells: Record<string, string> = {};
    for (let i = 0; i < this.header.length; i++) cells[this.header[i] as string] = this.values[i] as string;
    return cells;
  }
}

/**
 * parsePiece one row at a time (a validation worker checks each row as it is split, so a piece's
 * rows are never all alive at once: less for the garbage collector to copy). Returns the rows
 * seen. Throws as parsePiece does, possibly after some rows went to `onRow`.
 */
export function eachPieceRow(piece: CsvPiece, header: string[], onRow: (row: CsvRow) => void): number {
  return eachPieceCells(piece, header, (row) => onRow({ line: row.line, cells: row.cells }));
}

/**
 * eachPieceRow with one CellRow for the whole piece, refilled for each row: `onRow` must not keep
 * it (or its values) past its call.
 */
export function eachPieceCells(piece: CsvPiece, header: string[], onRow: (row: CellRow) => void): number {
  const bytes = Buffer.from(piece.bytes.buffer, piece.bytes.byteOffset, piece.bytes.byteLength);
  const row = new CellRow(header);
  return bytes.includes(QUOTE)
    ? parseQuoted(bytes, piece.firstLine, row, onRow)
    : parsePlain(bytes, piece.firstLine, row, onRow);
}

/** Whether a code unit may be white space to String.prototype.trim (then the cell is trimmed). */
function maybeSpace(code: number): boolean {
  return code <= 32 || (code >= 127 && (code === 160 || code >= 0x1680));
}

/** text[from, to) trimmed, as `.trim()` gives it, without calling it for the usual cell. */
function cellOf(text: string, from: number, to: number): string {
  if (from === to) return "";
  const cell = text.slice(from, to);
  return maybeSpace(text.charCodeAt(from)) || maybeSpace(text.charCodeAt(to - 1)) ? cell.trim() : cell;
}

/**
 * A piece without a single quote character (most pieces of generated or exported data): then every
 * line is one record and every comma separates two fields, so splitting is exact and csv-parse's
 * state machine is not needed (it was half of a worker's time). Empty lines are skipped, as
 * csv-parse's skip_empty_lines does; a record of the wrong length goes to the fallback.
 */
function parsePlain(bytes: Buffer, firstLine: number, row: CellRow, onRow: (row: CellRow) => void): number {
  // Cells are cut out of the piece's text by index (no array of lines, no array of fields per row:
  // measured ~40% less CPU than split() on alliances.csv).
  // ASCII (most data) decodes as Latin-1 to the same text, several times faster than as UTF-8.
  const text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const values = row.values;
  const last = values.length - 1;
  let rows = 0;
  let start = 0;
  // The next comma at or after the current field (text.length: none left). Kept across rows, so
  // the text is scanned once even when rows have few commas.
  let comma = -1;
  for (let i = 0; start < text.length; i++) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end > start) {
      if (last < 0) throw new UncuttableCsvError("record length");
      let from = start;
      for (let f = 0; f < last; f++) {
        if (comma < from) comma = nextComma(text, from);
        if (comma >= end) throw new UncuttableCsvError("record length");
        values[f] = cellOf(text, from, comma);
        from = comma + 1;
      }
      if (comma < from) comma = nextComma(text, from);
      if (comma < end) throw new UncuttableCsvError("record length");
      values[last] = cellOf(text, from, end);
      rows++;
      row.line = firstLine + i;
      onRow(row);
    }
    start = end + 1;
  }
  return rows;
}

function nextComma(text: string, from: number): number {
  const at = text.indexOf(",", from);
  return at < 0 ? text.length : at;
}

function parseQuoted(bytes: Buffer, firstLine: number, row: CellRow, onRow: (row: CellRow) => void): number {
  // The parser's synchronous core (what the stream and csv-parse/sync call), read for its line counter.
  const api = (new Parser(PIECE_OPTIONS) as unknown as { api: ParserApi }).api;
  // Records are all parsed (and checked for length) before any goes to onRow: the quoted path is rare.
  const records: { line: number; record: string[] }[] = [];
  const offset = firstLine - 1;
  const width = row.values.length;
  let wrongLength = false;
  const error = api.parse(
    bytes,
    true,
    (record) => {
      if (record.length !== width) wrongLength = true;
      records.push({ line: offset + api.info.lines, record });
    },
    () => {},
  );
  if (error || wrongLength) throw new UncuttableCsvError(error ? error.message : "record length");
  for (const { line, record } of records) {
    for (let i = 0; i < width; i++) row.values[i] = (record[i] ?? "").trim();
    row.line = line;
    onRow(row);
  }
  return records.length;
}
