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
}

const EMPTY = 0;
/** Int32 entries per slot of the table (see CompactIdTable.slots). */
const SLOT = 2;

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

export class CompactIdTable {
  /**
   * Two entries per slot: node index + 1 (0: an empty slot) and the id's hash, so that a probe
   * reads one place in memory before it compares bytes (at 1M ids the table is far larger than the
   * caches; the hash in an array of its own was one more cache miss per look-up). The number of
   * slots is a power of two.
   */
  private slots: Int32Array;
  private bytes: Uint8Array;
  private byteLength = 0;
  /** Start of each id's bytes in `bytes`; id i ends where id i+1 starts (offsets[size] = byteLength). */
  private offsets: Uint32Array;
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
      this.offsets = new Uint32Array(shared.offsets);
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
    this.offsets = new Uint32Array(new SharedArrayBuffer(513 * 4));
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
      offsets: this.offsets.buffer as SharedArrayBuffer,
      labelSets: this.labelSets.buffer as SharedArrayBuffer,
      files: this.files.buffer as SharedArrayBuffer,
      lines: this.lines.buffer as SharedArrayBuffer,
    };
  }

  /** Whether node `index`'s id is text[from, to). */
  private equals(index: number, text: string, from: number, to: number): boolean {
    const start = this.offsets[index] as number;
    const end = index + 1 < this.count ? (this.offsets[index + 1] as number) : this.byteLength;
    if (end - start !== to - from) return false;
    const bytes = this.bytes;
    for (let i = from; i < to; i++) if (bytes[start + i - from] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** The slot (its first entry) that holds text[from, to) with this hash, or the empty slot where it would go. */
  private find(text: string, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - SLOT;
    let slot = Math.imul(hash, SLOT) & mask;
    for (;;) {
      if (
        slots[slot] === EMPTY ||
        (slots[slot + 1] === hash && this.equals((slots[slot] as number) - 1, text, from, to))
      )
        return slot;
      slot = (slot + SLOT) & mask;
    }
  }

  /** The node index of an id, or undefined. */
  get(id: string): number | undefined {
    const entry = this.slots[this.find(id, 0, id.length, hashOf(id))] as number;
    return entry === EMPTY ? undefined : entry - 1;
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
    if (found !== EMPTY) return -found;
    const length = to - from;
    for (let i = from; i < to; i++)
      if (text.charCodeAt(i) > 127)
        throw new Error(`id table holds ASCII ids only: '${text.slice(from, to)}'`);
    if ((this.count + 1) * 2 * SLOT > this.slots.length) {
      this.rehash(this.slots.length * 2);
      slot = this.find(text, from, to, hash);
    }
    const index = this.count;
    if (index + 1 >= this.lines.length) {
      const size = this.lines.length * 2;
      this.offsets = grow(this.offsets, size + 1, (b) => new Uint32Array(b));
      this.labelSets = grow(this.labelSets, size, (b) => new Uint8Array(b));
      this.files = grow(this.files, size, (b) => new Uint8Array(b));
      this.lines = grow(this.lines, size, (b) => new Uint32Array(b));
    }
    if (this.byteLength + length > this.bytes.length) {
      let size = this.bytes.length * 2;
      while (size < this.byteLength + length) size *= 2;
      this.bytes = grow(this.bytes, size, (b) => new Uint8Array(b));
    }
    this.offsets[index] = this.byteLength;
    const bytes = this.bytes;
    const at = this.byteLength - from;
    for (let i = from; i < to; i++) bytes[at + i] = text.charCodeAt(i);
    this.byteLength += length;
    this.labelSets[index] = labelSet;
    this.files[index] = file;
    this.lines[index] = line;
    this.count++;
    this.slots[slot] = index + 1;
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
