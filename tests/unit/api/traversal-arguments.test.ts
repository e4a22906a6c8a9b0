import { describe, expect, it } from "vitest";
import {
  asOfYear,
  hops,
  organizationId,
  pageLimit,
  pageOffset,
} from "../../../src/api/traversals/arguments.js";
import { BadInputError } from "../../../src/errors/app-errors.js";

describe("traversal arguments", () => {
  it("accepts hops from 1 to 10 only", () => {
    expect(hops("maxHops", 1)).toBe(1);
    expect(hops("maxHops", 10)).toBe(10);
    expect(() => hops("maxHops", 0)).toThrow(BadInputError);
    expect(() => hops("maxHops", 11)).toThrow(/maxHops must be a whole number from 1 to 10 \(got 11\)/);
  });

  it("accepts asOf years 1900-2100 or nothing", () => {
    expect(asOfYear(undefined)).toBeNull();
    expect(asOfYear(null)).toBeNull();
    expect(asOfYear(2013)).toBe(2013);
    expect(() => asOfYear(1899)).toThrow(/asOf/);
    expect(() => asOfYear(2101)).toThrow(/asOf/);
  });

  it("accepts page sizes 1-200 and offsets from 0", () => {
    expect(pageLimit(1)).toBe(1);
    expect(pageLimit(200)).toBe(200);
    expect(() => pageLimit(0)).toThrow(/limit must be a whole number from 1 to 200 \(got 0\)/);
    expect(() => pageLimit(201)).toThrow(BadInputError);
    expect(pageOffset(0)).toBe(0);
    expect(() => pageOffset(-1)).toThrow(/offset/);
  });

  it("accepts slugs as ids", () => {
    expect(organizationId("id", "ku-leuven")).toBe("ku-leuven");
    expect(() => organizationId("id", "KU Leuven")).toThrow(BadInputError);
  });
});
