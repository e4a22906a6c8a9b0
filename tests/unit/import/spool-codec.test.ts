import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { decodeFrame, FrameEncoder } from "../../../src/import/spool-codec.js";

/** What the spool kept before its own encoding: V8's structured serialization. */
const structuredClone = (value: unknown) => deserialize(serialize(value)) as unknown;

const values: unknown[] = [
  {
    labels: ["Organization", "Firm"],
    id: "org-1",
    properties: { name: "Ablynx", foundedYear: 2001, note: undefined },
  },
  {
    type: "ALLIANCE",
    fromLabel: "Organization",
    from: "org-1",
    toLabel: "Organization",
    to: "org-2",
    identity: { type: "R&D" },
    properties: { since: 1999, until: null, active: true, closed: false, share: 0.25 },
  },
  { key: "paper", title: "Segers 2015", url: undefined },
  {
    numbers: [
      0,
      -0,
      1,
      -1,
      2 ** 31 - 1,
      -(2 ** 31),
      2 ** 31,
      -(2 ** 31) - 1,
      2 ** 53,
      1.5,
      Number.NaN,
      Infinity,
      -Infinity,
    ],
  },
  {
    text: [
      "",
      "é",
      "Leuven – Gent",
      "日本語",
      "😀 emoji",
      "x".repeat(85),
      "é".repeat(85),
      "y".repeat(100_000),
    ],
  },
  { nested: { deeper: { empty: {}, list: [], holes: [undefined, null] } } },
  { __proto__: "a key named __proto__", constructor: 1 },
  "a bare string",
  42,
  null,
  undefined,
];

describe("spool frame encoding", () => {
  it("gives back what V8's structured serialization gave back: values, undefined, -0, key order", () => {
    const encoder = new FrameEncoder();
    // Own __proto__ key, as JSON.parse makes it.
    const rows = [...values, JSON.parse('{"__proto__": 1, "b": 2}') as unknown];
    for (const [i, value] of rows.entries()) encoder.add(i * 1000 + 2, value);
    expect(encoder.rows).toBe(rows.length);
    const { lines, records } = decodeFrame(encoder.take());
    expect(lines).toEqual(rows.map((_, i) => i * 1000 + 2));
    expect(records).toHaveLength(rows.length);
    records.forEach((record, i) => {
      const expected = structuredClone(rows[i]);
      expect(record).toStrictEqual(expected);
      if (record && typeof record === "object")
        expect(Object.keys(record)).toEqual(Object.keys(expected as object));
    });
    const numbers = (records[3] as { numbers: number[] }).numbers;
    expect(Object.is(numbers[1], -0)).toBe(true);
    expect(Object.hasOwn((records[0] as { properties: object }).properties, "note")).toBe(true);
    expect(Object.getPrototypeOf(records.at(-1))).toBe(Object.prototype);
  });

  it("starts a new frame after take(), with its own keys, and leaves the taken bytes alone", () => {
    const encoder = new FrameEncoder();
    encoder.add(2, { a: 1, b: "x" });
    const first = encoder.take();
    const copy = Buffer.from(first);
    for (let i = 0; i < 5000; i++) encoder.add(3 + i, { b: "y".repeat(i % 50), c: i });
    const second = decodeFrame(encoder.take());
    expect(first.equals(copy)).toBe(true);
    expect(decodeFrame(first)).toEqual({ lines: [2], records: [{ a: 1, b: "x" }] });
    expect(second.records).toHaveLength(5000);
    expect(second.records[4999]).toEqual({ b: "y".repeat(4999 % 50), c: 4999 });
    expect(second.lines[4999]).toBe(5002);
    expect(decodeFrame(encoder.take())).toEqual({ lines: [], records: [] });
  });

  it("refuses values the spool never holds", () => {
    const encoder = new FrameEncoder();
    expect(() => encoder.add(2, { when: new Date(0) })).toThrow(/cannot keep a \[object Date\]/);
    expect(() => encoder.add(2, { big: 1n })).toThrow(/cannot keep/);
  });
});
