import { describe, expect, it } from "vitest";
import { rewriteGeneratorHelper } from "../../../src/db/driver-generators.js";

describe("rewriteGeneratorHelper", () => {
  it("leaves a file without the helper alone and rewrites both parts of the helper", () => {
    expect(rewriteGeneratorHelper("module.exports = 1;")).toBeNull();
    const helper = [
      'var _ = {}, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);',
      'return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;',
    ].join("\n");
    const rewritten = rewriteGeneratorHelper(helper);
    expect(rewritten).not.toContain("Symbol.iterator] = function");
    expect(rewritten).toContain('g["return"] = verb(2), g;');
    expect(rewritten).toContain("Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))");
  });
});
