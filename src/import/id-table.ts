/**
 * The node ids a dataset defines, with each node's label set, file and line, in typed arrays on
 * SharedArrayBuffers: an open-addressing hash table (linear probing) over the ids' bytes.
 *
 * Why not a Map: at 1,000,000 organizations a Map<string, number> plus per-node number arrays held
 * ~100 MB of heap (a string object per id, boxed entries), and it cannot be shared with worker
 * threads. This table holds ~40 bytes a node and is shared read-only with the validation workers,
 * which look up relationship ends in it without copying it.
 *
 * Ids are ASCII (the dataset spec's SLUG rule; only valid node rows are added), so an id is stored
 * as one byte per character. A looked-up string with other characters is simply not found.
 */

/** The buffers of a table, sent to a worker (they are shared, not copied). */
export interface SharedIdTable {
  size: number;
  slots: SharedArrayBuffer;
  bytes: SharedArrayBuffer;
  byteLength: number;
  offsets: SharedArrayBuffer;
  labelSets: SharedArrayBuffer;
  files: SharedArrayBuffer;
  lines: SharedArrayBuffer;
  hashes: SharedArrayBuffer;
}

const EMPTY = 0;

function hashOf(id: string): number {
  // FNV-1a over the UTF-16 code units (equal to the bytes for ASCII).
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function grow<T extends Uint8Array | Uint32Array | Int32Array>(
  array: T,
  length: number,
  make: (buffer: SharedArrayBuffer) => T,
): T {
  const bigger = make(new SharedArrayBuffer(length * array.BYTES_PER_ELEMENT));
  bigger.set(array);
  return bigger;
}

export class CompactIdTable {
  /** Node index + 1 per slot; 0 is an empty slot. Length is a power of two. */
  private slots: Int32Array;
  private bytes: Uint8Array;
  private byteLength = 0;
  /** Start of each id's bytes in `bytes`; id i ends where id i+1 starts (offsets[size] = byteLength). */
  private offsets: Uint32Array;
  private labelSets: Uint8Array;
  private files: Uint8Array;
  private lines: Uint32Array;
  /** Each id's hash: growing the table re-places ids without hashing their bytes again. */
  private hashes: Uint32Array;
  private count = 0;
  private readonly readOnly: boolean;

  constructor(shared?: SharedIdTable) {
    if (shared) {
      this.slots = new Int32Array(shared.slots);
      this.bytes = new Uint8Array(shared.bytes);
      this.byteLength = shared.byteLength;
      this.offsets = new Uint32Array(shared.offsets);
      this.labelSets = new Uint8Array(shared.labelSets);
      this.files = new Uint8Array(shared.files);
      this.lines = new Uint32Array(shared.lines);
      this.hashes = new Uint32Array(shared.hashes);
      this.count = shared.size;
      this.readOnly = true;
      return;
    }
    this.readOnly = false;
    this.slots = new Int32Array(new SharedArrayBuffer(1024 * 4));
    this.bytes = new Uint8Array(new SharedArrayBuffer(16 * 1024));
    this.offsets = new Uint32Array(new SharedArrayBuffer(513 * 4));
    this.labelSets = new Uint8Array(new SharedArrayBuffer(512));
    this.files = new Uint8Array(new SharedArrayBuffer(512));
    this.lines = new Uint32Array(new SharedArrayBuffer(512 * 4));
    this.hashes = new Uint32Array(new SharedArrayBuffer(512 * 4));
  }

  get size(): number {
    return this.count;
  }

  /** The buffers to hand to a worker; the table must not change while a worker reads it. */
  share(): SharedIdTable {
    return {
      size: this.count,
      slots: this.slots.buffer as SharedArrayBuffer,
      bytes: this.bytes.buffer as SharedArrayBuffer,
      byteLength: this.byteLength,
      offsets: this.offsets.buffer as SharedArrayBuffer,
      labelSets: this.labelSets.buffer as SharedArrayBuffer,
      files: this.files.buffer as SharedArrayBuffer,
      lines: this.lines.buffer as SharedArrayBuffer,
      hashes: this.hashes.buffer as SharedArrayBuffer,
    };
  }

  private equals(index: number, id: string): boolean {
    const start = this.offsets[index] as number;
    const end = index + 1 < this.count ? (this.offsets[index + 1] as number) : this.byteLength;
    if (end - start !== id.length) return false;
    const bytes = this.bytes;
    for (let i = 0; i < id.length; i++) if (bytes[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  /** The node index of an id, or undefined. */
  get(id: string): number | undefined {
    const mask = this.slots.length - 1;
    const hash = hashOf(id);
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === EMPTY) return undefined;
      if (this.hashes[entry - 1] === hash && this.equals(entry - 1, id)) return entry - 1;
      slot = (slot + 1) & mask;
    }
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  labelSetOf(index: number): number {
    return this.labelSets[index] as number;
  }

  fileOf(index: number): number {
    return this.files[index] as number;
  }

  lineOf(index: number): number {
    return this.lines[index] as number;
  }

  /**
   * Adds a new id (the caller has checked it is not there) and returns its node index. Label sets
   * and files are small indexes (< 256) into the caller's lists.
   */
  add(id: string, labelSet: number, file: number, line: number): number {
    if (this.readOnly) throw new Error("a shared id table is read-only");
    if (labelSet > 255 || file > 255) throw new Error("too many label sets or files for the id table");
    for (let i = 0; i < id.length; i++)
      if (id.charCodeAt(i) > 127) throw new Error(`id table holds ASCII ids only: '${id}'`);
    if ((this.count + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const index = this.count;
    if (index + 1 >= this.lines.length) {
      const length = this.lines.length * 2;
      this.offsets = grow(this.offsets, length + 1, (b) => new Uint32Array(b));
      this.labelSets = grow(this.labelSets, length, (b) => new Uint8Array(b));
      this.files = grow(this.files, length, (b) => new Uint8Array(b));
      this.lines = grow(this.lines, length, (b) => new Uint32Array(b));
      this.hashes = grow(this.hashes, length, (b) => new Uint32Array(b));
    }
    if (this.byteLength + id.length > this.bytes.length) {
      let length = this.bytes.length * 2;
      while (length < this.byteLength + id.length) length *= 2;
      this.bytes = grow(this.bytes, length, (b) => new Uint8Array(b));
    }
    this.offsets[index] = this.byteLength;
    for (let i = 0; i < id.length; i++) this.bytes[this.byteLength + i] = id.charCodeAt(i);
    this.byteLength += id.length;
    this.labelSets[index] = labelSet;
    this.files[index] = file;
    this.lines[index] = line;
    const hash = hashOf(id);
    this.hashes[index] = hash;
    this.count++;
    this.place(hash, index);
    return index;
  }

  private place(hash: number, index: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = index + 1;
  }

  private rehash(length: number): void {
    this.slots = new Int32Array(new SharedArrayBuffer(length * 4));
    for (let index = 0; index < this.count; index++) this.place(this.hashes[index] as number, index);
  }
}
