/**
 * The spool's frame encoding (see spool.ts): each row is encoded as soon as it is checked, so no
 * record outlives its row (records kept for a whole frame or piece were copied by the garbage
 * collector, and V8's structured serialization of them cost as much again; measured in the README,
 * "Scale"). A frame is a sequence of (line, value); values are tagged, object keys are written once
 * per frame and then referred to by number. It keeps exactly what the structured serialization kept
 * for the spool's records: undefined (in objects and arrays), null, booleans, numbers (-0 and
 * non-integers as float64), strings, arrays and plain objects, keys in order.
 */

const UNDEFINED = 0;
const NULL = 1;
const TRUE = 2;
const FALSE = 3;
const INT32 = 4;
const FLOAT64 = 5;
const SHORT_STRING = 6; // byte length in one byte
const LONG_STRING = 7; // byte length in four bytes
const ARRAY = 8;
const OBJECT = 9;

/** Node's UTF-8 writer without Buffer.write's argument checks (offset and room are checked by the caller). */
const nativeUtf8Write = (
  Buffer.prototype as unknown as { utf8Write?: (text: string, offset: number) => number }
).utf8Write;
function utf8Write(bytes: Buffer, text: string, offset: number): number {
  return nativeUtf8Write ? nativeUtf8Write.call(bytes, text, offset) : bytes.write(text, offset);
}

/** A frame being written: rows go straight into bytes, in a buffer of its own (transferable between threads). */
export class FrameEncoder {
  private bytes = Buffer.alloc(0);
  private view = new DataView(this.bytes.buffer);
  private length = 0;
  /** The last frame's size: the next one likely needs as much. */
  private hint = 64 * 1024;
  private keys = new Map<string, number>();
  rows = 0;

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.bytes.length) return;
    let size = Math.max(this.bytes.length * 2, this.hint);
    while (size < needed) size *= 2;
    const bigger = Buffer.from(new ArrayBuffer(size));
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
    this.view = new DataView(bigger.buffer);
  }

  /** An unsigned integer in 7-bit groups (lines, counts, key numbers). */
  private varint(value: number): void {
    this.reserve(5);
    const bytes = this.bytes;
    while (value >= 0x80) {
      bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    bytes[this.length++] = value;
  }

  private string(value: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    const most = value.length * 3;
    if (most <= 0xff) {
      this.reserve(2 + most);
      const bytes = this.bytes;
      const start = this.length + 2;
      bytes[this.length] = SHORT_STRING;
      // Most cells are short ASCII: copied here, cheaper than a call into the encoder.
      let i = 0;
      for (; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code >= 0x80) break;
        bytes[start + i] = code;
      }
      const written = i === value.length ? i : utf8Write(bytes, value, start);
      bytes[this.length + 1] = written;
      this.length = start + written;
    } else {
      this.reserve(5 + most);
      this.bytes[this.length] = LONG_STRING;
      const written = utf8Write(this.bytes, value, this.length + 5);
      this.view.setUint32(this.length + 1, written, true);
      this.length += 5 + written;
    }
  }

  private key(key: string): void {
    const known = this.keys.get(key);
    if (known !== undefined) {
      this.varint(known + 1);
      return;
    }
    this.keys.set(key, this.keys.size);
    this.varint(0);
    this.string(key);
  }

  private value(value: unknown): void {
    switch (typeof value) {
      case "string":
        this.string(value);
        return;
      case "number":
        this.reserve(9);
        if ((value | 0) === value && !Object.is(value, -0)) {
          this.bytes[this.length] = INT32;
          this.view.setInt32(this.length + 1, value, true);
          this.length += 5;
        } else {
          this.bytes[this.length] = FLOAT64;
          this.view.setFloat64(this.length + 1, value, true);
          this.length += 9;
        }
        return;
      case "boolean":
        this.reserve(1);
        this.bytes[this.length++] = value ? TRUE : FALSE;
        return;
      case "undefined":
        this.reserve(1);
        this.bytes[this.length++] = UNDEFINED;
        return;
      case "object":
        if (value === null) {
          this.reserve(1);
          this.bytes[this.length++] = NULL;
          return;
        }
        if (Array.isArray(value)) {
          this.reserve(1);
          this.bytes[this.length++] = ARRAY;
          this.varint(value.length);
          for (let i = 0; i < value.length; i++) this.value(value[i]);
          return;
        }
        if (Object.getPrototypeOf(value) === Object.prototype) {
          const keys = Object.keys(value);
          this.reserve(1);
          this.bytes[this.length++] = OBJECT;
          this.varint(keys.length);
          for (const key of keys) {
            this.key(key);
            this.value((value as Record<string, unknown>)[key]);
          }
          return;
        }
    }
    throw new TypeError(`the spool cannot keep a ${Object.prototype.toString.call(value)}`);
  }

  /** Appends one row. */
  add(line: number, record: unknown): void {
    this.varint(line);
    this.value(record);
    this.rows++;
  }

  /** The frame's bytes (a view of a buffer of its own, handed over or written as is); the encoder starts a new frame. */
  take(): Buffer {
    const frame = this.bytes.subarray(0, this.length);
    this.hint = Math.max(this.hint, this.length);
    // Allocated again on the next row, so a frame handed to another thread is never written to.
    this.bytes = Buffer.alloc(0);
    this.view = new DataView(this.bytes.buffer);
    this.length = 0;
    this.keys = new Map();
    this.rows = 0;
    return frame;
  }
}

/** Decodes a frame written by FrameEncoder. */
export function decodeFrame<T = unknown>(body: Buffer): { lines: number[]; records: T[] } {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const keys: string[] = [];
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = body[at++] as number;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  };
  const value = (): unknown => {
    const tag = body[at++];
    switch (tag) {
      case UNDEFINED:
        return undefined;
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case INT32:
        at += 4;
        return view.getInt32(at - 4, true);
      case FLOAT64:
        at += 8;
        return view.getFloat64(at - 8, true);
      case SHORT_STRING: {
        const end = at + 1 + (body[at] as number);
        const text = body.toString("utf8", at + 1, end);
        at = end;
        return text;
      }
      case LONG_STRING: {
        const end = at + 4 + view.getUint32(at, true);
        const text = body.toString("utf8", at + 4, end);
        at = end;
        return text;
      }
      case ARRAY: {
        const n = varint();
        const array: unknown[] = new Array(n);
        for (let i = 0; i < n; i++) array[i] = value();
        return array;
      }
      case OBJECT: {
        const n = varint();
        const object: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const ref = varint();
          let key: string;
          if (ref === 0) {
            key = value() as string;
            keys.push(key);
          } else key = keys[ref - 1] as string;
          // A key named __proto__ stays an own property, as the structured clone keeps it.
          if (key === "__proto__")
            Object.defineProperty(object, key, {
              value: value(),
              enumerable: true,
              writable: true,
              configurable: true,
            });
          else object[key] = value();
        }
        return object;
      }
    }
    throw new Error(`spool frame is corrupt (tag ${String(tag)} at byte ${at - 1})`);
  };
  const lines: number[] = [];
  const records: T[] = [];
  while (at < body.length) {
    lines.push(varint());
    records.push(value() as T);
  }
  return { lines, records };
}
