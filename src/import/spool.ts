import { once } from "node:events";
import { createWriteStream, mkdtempSync, readdirSync, rmSync, type WriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isProcessAlive } from "../os/process-alive.js";
import { decodeFrame, FrameEncoder } from "./spool-codec.js";

/** One frame of a spool: rows in file order, each with the line it came from. */
export interface SpoolFrame<T = unknown> {
  lines: number[];
  records: T[];
}

const PREFIX = "ecosystem-import-spool-";
const ORPHAN = /^ecosystem-import-spool-(\d+)-/;

/** Removes the spools of importers that died without cleaning up (kill -9, power loss). */
function removeOrphans(parent: string): void {
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(ORPHAN.exec(name)?.[1]);
    if (pid > 0 && !isProcessAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Rows per frame: a frame is the unit of disk I/O and of (de)serialization. */
const FRAME_ROWS = 2000;
const HEADER_BYTES = 4;

interface Stream {
  out: WriteStream;
  path: string;
  frame: FrameEncoder;
}

/**
 * Validated rows kept on disk between the validation pass and the write pass, so the CSV files are
 * parsed and checked once: the writer reads back records already converted (ids, labels resolved,
 * typed values). Each named stream is a file of length-prefixed frames (spool-codec.ts: each row
 * encoded as it is added, keeping undefined, arrays and numbers as they are); memory holds one
 * frame per stream being written or read, whatever the dataset's size. The directory lives in the OS temp
 * directory, named after the importer's pid, and is removed by `remove()`; the spool of an
 * importer that was killed is removed by the next one.
 */
export class RowSpool {
  readonly dir: string;
  private readonly streams = new Map<string, Stream>();
  private closed = false;
  /** Generations of files (clear() starts a new one, so no new file reuses a destroyed stream's name). */
  private created = 0;

  constructor(parent = tmpdir()) {
    removeOrphans(parent);
    this.dir = mkdtempSync(join(parent, `${PREFIX}${process.pid}-`));
  }

  private stream(name: string): Stream {
    let stream = this.streams.get(name);
    if (!stream) {
      const path = join(this.dir, `${this.created}-${this.streams.size}.spool`);
      stream = { out: createWriteStream(path), path, frame: new FrameEncoder() };
      this.streams.set(name, stream);
    }
    return stream;
  }

  /** Appends one row to a named stream (rows of a stream come back in the order they were added). */
  add(name: string, line: number, record: unknown): void {
    if (this.closed) throw new Error("spool is closed");
    this.stream(name).frame.add(line, record);
  }

  /**
   * Appends a frame another thread encoded (a validation worker's piece, FrameEncoder); the stream's pending
   * rows go out first, so rows stay in the order they were added.
   */
  async addSerializedFrame(name: string, body: Uint8Array): Promise<void> {
    if (this.closed) throw new Error("spool is closed");
    const stream = this.stream(name);
    this.write(stream);
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    header.writeUInt32LE(body.length);
    stream.out.write(header);
    if (!stream.out.write(body)) await once(stream.out, "drain");
  }

  private write(stream: Stream): boolean {
    if (stream.frame.rows === 0) return true;
    const body = stream.frame.take();
    const header = Buffer.allocUnsafe(HEADER_BYTES);
    header.writeUInt32LE(body.length);
    stream.out.write(header);
    return stream.out.write(body);
  }

  /** Writes full frames out; awaited once per chunk of rows (backpressure from the disk). */
  async drain(): Promise<void> {
    for (const stream of this.streams.values()) {
      if (stream.frame.rows < FRAME_ROWS) continue;
      if (!this.write(stream)) await once(stream.out, "drain");
    }
  }

  /** Ends writing; the spool can then be read. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const stream of this.streams.values()) {
      this.write(stream);
      stream.out.end();
      await once(stream.out, "finish");
    }
  }

  /** The frames of a named stream, in order; nothing if no row was added under that name. */
  async *read<T = unknown>(name: string): AsyncGenerator<SpoolFrame<T>> {
    if (!this.closed) throw new Error("spool is still being written");
    const stream = this.streams.get(name);
    if (!stream) return;
    const file = await open(stream.path, "r");
    try {
      const header = Buffer.alloc(HEADER_BYTES);
      let position = 0;
      for (;;) {
        const { bytesRead } = await file.read(header, 0, HEADER_BYTES, position);
        if (bytesRead === 0) return;
        if (bytesRead < HEADER_BYTES) throw new Error(`spool ${stream.path} is truncated`);
        const length = header.readUInt32LE(0);
        const body = Buffer.allocUnsafe(length);
        const read = await file.read(body, 0, length, position + HEADER_BYTES);
        if (read.bytesRead < length) throw new Error(`spool ${stream.path} is truncated`);
        position += HEADER_BYTES + length;
        yield decodeFrame<T>(body);
      }
    } finally {
      await file.close();
    }
  }

  /** Forgets every row added so far (a scan that starts over); the spool can be written again. */
  clear(): void {
    if (this.closed) throw new Error("spool is closed");
    for (const stream of this.streams.values()) {
      stream.out.destroy();
      rmSync(stream.path, { force: true });
    }
    this.streams.clear();
    this.created++;
  }

  /** Deletes the spool's files. */
  remove(): void {
    for (const stream of this.streams.values()) stream.out.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
