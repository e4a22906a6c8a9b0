import { describe, expect, it } from "vitest";
import { type InputSize, measureInput, rawInputExceeds } from "../../../src/api/limits/arguments.js";

const orTerms = (n: number) => ({ OR: Array.from({ length: n }, (_, i) => ({ id: { eq: `x${i}` } })) });
const nestedNot = (n: number): unknown => (n === 0 ? { id: { eq: "x" } } : { NOT: nestedNot(n - 1) });

/** What the cost estimate counts for one argument (src/api/limits/request-limits.ts). */
function measured(value: unknown): InputSize {
  const size = { terms: 0, depth: 0 };
  measureInput(value, size, 1);
  return size;
}

describe("rawInputExceeds (variables checked before GraphQL coerces them)", () => {
  it("passes the limits exactly where the estimate on coerced arguments does", () => {
    for (const value of [
      orTerms(332),
      orTerms(333),
      orTerms(334),
      nestedNot(9),
      nestedNot(10),
      nestedNot(11),
    ]) {
      const size = measured(value);
      const expected = size.depth > 12 ? "depth" : size.terms > 1_000 ? "terms" : undefined;
      // The variables object wraps each variable: one more term per variable, its values at depth 1.
      expect(rawInputExceeds({ w: value }, 1_000 + 1, 12), JSON.stringify(size)).toBe(expected);
    }
  });

  it("stops at the first limit passed, even on input far too large or too deep to walk", () => {
    expect(rawInputExceeds({ w: orTerms(1_000_000) }, 1_001, 12)).toBe("terms");
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(rawInputExceeds({ w: deep }, 1_000_000, 12)).toBe("depth");
  });
});
