import { describe, expect, it } from "vitest";
import { CompactIdTable } from "../../../src/import/id-table.js";

describe("CompactIdTable", () => {
  it("finds every id it holds, with its label set, file and line, across many growths", () => {
    const table = new CompactIdTable();
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      expect(table.add(`syn-firm-${i}`, i % 7, i % 3, i + 2)).toBe(i);
    }
    expect(table.size).toBe(n);
    for (let i = 0; i < n; i += 13) {
      const index = table.get(`syn-firm-${i}`);
      expect(index).toBe(i);
      expect(table.labelSetOf(i)).toBe(i % 7);
      expect(table.fileOf(i)).toBe(i % 3);
      expect(table.lineOf(i)).toBe(i + 2);
    }
    // Prefixes, extensions and near misses of held ids are not found.
    expect(table.get("syn-firm-")).toBeUndefined();
    expect(table.get("syn-firm-1x")).toBeUndefined();
    expect(table.get(`syn-firm-${n}`)).toBeUndefined();
    expect(table.get("")).toBeUndefined();
    expect(table.get("syn-firm-1\u0131")).toBeUndefined();
    expect(table.has("syn-firm-19999")).toBe(true);
  });

  it("keeps long ids (255 bytes and more) and node indexes past 2^16 exact", () => {
    const table = new CompactIdTable();
    const long = (n: number, c = "a") => c.repeat(n);
    for (const n of [254, 255, 256, 300, 70_000]) table.add(long(n), 1, 0, n);
    for (const n of [254, 255, 256, 300, 70_000]) {
      const index = table.get(long(n)) as number;
      expect(table.lineOf(index)).toBe(n);
    }
    expect(table.get(long(257))).toBeUndefined();
    expect(table.get(`${long(255)}b`)).toBeUndefined();
    const many = 70_000;
    for (let i = 0; i < many; i++) table.add(`n-${i}`, 2, 1, i);
    for (let i = 0; i < many; i += 997) expect(table.get(`n-${i}`)).toBe(i + 5);
    // insert() answers an id it holds with -1 - its index, and adds nothing.
    const text = `x n-69999 ${long(256)} y`;
    expect(table.insert(text, 2, 9, 0, 0, 1)).toBe(-1 - (many - 1 + 5));
    expect(table.insert(text, 10, 10 + 256, 0, 0, 1)).toBe(-1 - 2);
    expect(table.size).toBe(many + 5);
  });

  it("is read by another table built on its shared buffers, which refuses to change", () => {
    const table = new CompactIdTable();
    table.add("ku-leuven", 1, 0, 2);
    table.add("ablynx", 0, 0, 3);
    const copy = new CompactIdTable(table.share());
    expect(copy.size).toBe(2);
    expect(copy.get("ablynx")).toBe(1);
    expect(copy.lineOf(copy.get("ku-leuven") as number)).toBe(2);
    expect(() => copy.add("x", 0, 0, 1)).toThrow(/read-only/);
  });

  it("holds ASCII ids only, and refuses more than 255 label sets or files", () => {
    const table = new CompactIdTable();
    expect(() => table.add("café", 0, 0, 1)).toThrow(/ASCII/);
    expect(() => table.add("a", 256, 0, 1)).toThrow(/too many/);
  });
});
