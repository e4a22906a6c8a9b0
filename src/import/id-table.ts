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
 *
 * Each id is one record in `bytes`: its node index (4 bytes), its length (1 byte, or 255 and 4 more
 * bytes for ids of 255 bytes or more), then its bytes; a slot points at the record. A look-up thus
 * reads two places in memory (the slot, the record), not three (slot, offsets by index, bytes): at
 * 1M organizations the relationship ends are looked up ~8.7M times, mostly in random order, and the
 * cache misses were most of a validation worker's largest cost. Same memory as an offsets array
 * (4 bytes a node) plus one byte a node.
 */

/** The buffers of a table, sent to a worker (they are shared, not copied). */
export interface SharedIdTable {
  size: number;
  slots: SharedArrayBuffer;
  bytes: SharedArrayBuffer;
  byteLength: number;
  labelSets: SharedArrayBuffer;
  files: SharedArrayBuffer;
  lines: SharedArrayBuffer;
}

const EMPTY = 0;
/** Int32 entries per slot of the table (see CompactIdTable.slots). */
const SLOT = 2;

/** A record's header (see above): node index, then the length byte. */
const INDEX_BYTES = 4;
const LONG = 255;
/** Records after the last one found that getNear compares before it hashes. */
const NEAR = 2;

/** FNV-1a over the UTF-16 code units of text[start, end) (equal to the bytes for ASCII). */
function hashOf(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
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

/** Writes n (< 2^32) as 4 bytes, little-endian, at `at`; returns the offset after them. */
function writeNumber(bytes: Uint8Array, at: number, n: number): number {
  bytes[at] = n & 0xff;
  bytes[at + 1] = (n >>> 8) & 0xff;
  bytes[at + 2] = (n >>> 16) & 0xff;
  bytes[at + 3] = (n >>> 24) & 0xff;
  return at + 4;
}

export class CompactIdTable {
  /**
   * Two entries per slot: the id's record offset in `bytes` + 1 (0: an empty slot) and the id's
   * hash, so that a probe reads one place in memory before it compares bytes. The number of slots
   * is a power of two.
   */
  private slots: Int32Array;
  /** The ids' records (see above), in node index order. */
  private bytes: Uint8Array;
  private byteLength = 0;
  private labelSets: Uint8Array;
  private files: Uint8Array;
  private lines: Uint32Array;
  private count = 0;
  private readonly readOnly: boolean;

  constructor(shared?: SharedIdTable) {
    if (shared) {
      this.slots = new Int32Array(shared.slots);
      this.bytes = new Uint8Array(shared.bytes);
      this.byteLength = shared.byteLength;
      this.labelSets = new Uint8Array(shared.labelSets);
      this.files = new Uint8Array(shared.files);
      this.lines = new Uint32Array(shared.lines);
      this.count = shared.size;
      this.readOnly = true;
      return;
    }
    this.readOnly = false;
    this.slots = new Int32Array(new SharedArrayBuffer(SLOT * 1024 * 4));
    this.bytes = new Uint8Array(new SharedArrayBuffer(16 * 1024));
    this.labelSets = new Uint8Array(new SharedArrayBuffer(512));
    this.files = new Uint8Array(new SharedArrayBuffer(512));
    this.lines = new Uint32Array(new SharedArrayBuffer(512 * 4));
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
      labelSets: this.labelSets.buffer as SharedArrayBuffer,
      files: this.files.buffer as SharedArrayBuffer,
      lines: this.lines.buffer as SharedArrayBuffer,
    };
  }

  /** The node index of the record at `at`. */
  private indexAt(at: number): number {
    const b = this.bytes;
    return (
      ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) +
      (b[at + 3] as number) * 0x1000000
    );
  }

  /** Whether the record at `at` holds the id text[from, to). */
  private equals(at: number, text: string, from: number, to: number): boolean {
    const bytes = this.bytes;
    let p = at + INDEX_BYTES;
    let length = bytes[p++] as number;
    if (length === LONG) {
      length = this.indexAt(p);
      p += 4;
    }
    if (length !== to - from) return false;
    // From the end: ids that share a prefix (syn-firm-000123) differ there first.
    const start = p - from;
    for (let i = to - 1; i >= from; i--) if (bytes[start + i] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Where the record after the one at `at` starts (byteLength: none). */
  private nextRecord(at: number): number {
    const p = at + INDEX_BYTES;
    const length = this.bytes[p] as number;
    return length === LONG ? p + 5 + this.indexAt(p + 1) : p + 1 + length;
  }

  /** The record of the id get() or getNear() last found, or -1 (see getNear). */
  lastRecord = -1;

  /**
   * get(id), trying first the NEAR records after `record` (a lastRecord): a relationship file
   * sorted by `from` names the nodes in the order their file defined them, and the record after
   * the last one found is in the cache while the hash table's slot for the id is not (at 1M, ~2M
   * `from` look-ups read that slot from memory). The answer is get()'s: the record's bytes are compared.
   */
  getNear(id: string, record: number): number | undefined {
    if (record >= 0) {
      let at = record;
      for (let k = 0; k < NEAR; k++) {
        at = this.nextRecord(at);
        if (at >= this.byteLength) break;
        if (this.equals(at, id, 0, id.length)) {
          this.lastRecord = at;
          return this.indexAt(at);
        }
      }
    }
    return this.get(id);
  }

  /** The slot (its first entry) that holds text[from, to) with this hash, or the empty slot where it would go. */
  private find(text: string, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    let slot = Math.imul(hash, SLOT) & mask;
    for (;;) {
      const entry = slots[slot] as number;
      if (entry === EMPTY || (slots[slot + 1] === hash && this.equals(entry - 1, text, from, to)))
        return slot;
      slot = (slot + SLOT) & mask;
    }
  }

  /** The node index of an id, or undefined. */
  get(id: string): number | undefined {
    const entry = this.slots[this.find(id, 0, id.length, hashOf(id))] as number;
    this.lastRecord = entry - 1;
    return entry === EMPTY ? undefined : this.indexAt(entry - 1);
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
    const index = this.insert(id, 0, id.length, labelSet, file, line);
    if (index < 0) throw new Error(`id '${id}' is already in the table`);
    return index;
  }

  /**
   * Adds the id text[from, to) unless it is there: returns its new node index, or -1 - the index
   * it already has (one hash and one probe for both; the text may hold many ids, as a worker sends them).
   */
  insert(text: string, from: number, to: number, labelSet: number, file: number, line: number): number {
    if (this.readOnly) throw new Error("a shared id table is read-only");
    if (labelSet > 255 || file > 255) throw new Error("too many label sets or files for the id table");
    const hash = hashOf(text, from, to);
    let slot = this.find(text, from, to, hash);
    const found = this.slots[slot] as number;
    if (found !== EMPTY) return -1 - this.indexAt(found - 1);
    const length = to - from;
    for (let i = from; i < to; i++)
      if (text.charCodeAt(i) > 127)
        throw new Error(`id table holds ASCII ids only: '${text.slice(from, to)}'`);
    if ((this.count + 1) * 2 * SLOT > this.slots.length) {
      this.rehash(this.slots.length * 2);
      slot = this.find(text, from, to, hash);
    }
    const index = this.count;
    if (index >= this.lines.length) {
      const size = this.lines.length * 2;
      this.labelSets = grow(this.labelSets, size, (b) => new Uint8Array(b));
      this.files = grow(this.files, size, (b) => new Uint8Array(b));
      this.lines = grow(this.lines, size, (b) => new Uint32Array(b));
    }
    const recordLength = INDEX_BYTES + (length < LONG ? 1 : 5) + length;
    // A slot holds a record's offset + 1 in an Int32.
    if (this.byteLength + recordLength >= 0x7fffffff) throw new Error("the id table is full (2 GiB of ids)");
    if (this.byteLength + recordLength > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.byteLength + recordLength) size *= 2;
      this.bytes = grow(this.bytes, size, (b) => new Uint8Array(b));
    }
    const bytes = this.bytes;
    const record = this.byteLength;
    let p = writeNumber(bytes, record, index);
    if (length < LONG) bytes[p++] = length;
    else {
      bytes[p++] = LONG;
      p = writeNumber(bytes, p, length);
    }
    const at = p - from;
    for (let i = from; i < to; i++) bytes[at + i] = text.charCodeAt(i);
    this.byteLength += recordLength;
    this.labelSets[index] = labelSet;
    this.files[index] = file;
    this.lines[index] = line;
    this.count++;
    this.slots[slot] = record + 1;
    this.slots[slot + 1] = hash;
    return index;
  }

  private rehash(length: number): void {
    const old = this.slots;
    const slots = new Int32Array(new SharedArrayBuffer(length * 4));
    const mask = length - SLOT;
    for (let i = 0; i < old.length; i += SLOT) {
      const entry = old[i] as number;
      if (entry === EMPTY) continue;
      const hash = old[i + 1] as number;
      let slot = Math.imul(hash, SLOT) & mask;
      while (slots[slot] !== EMPTY) slot = (slot + SLOT) & mask;
      slots[slot] = entry;
      slots[slot + 1] = hash;
    }
    this.slots = slots;
  }
}
