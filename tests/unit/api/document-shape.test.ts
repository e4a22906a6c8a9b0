import { getIntrospectionQuery } from "graphql";
import { describe, expect, it } from "vitest";
import { documentShape, MAX_ALIASES, MAX_BRACKET_DEPTH } from "../../../src/api/limits/nesting.js";

describe("documentShape (the pre-parse check)", () => {
  it("counts aliases, not arguments, variables or input fields", () => {
    const query = `query($id: ID!) { a: firms(where: { id: { eq: $id } }) { id } b: firms(limit: 1) { n: name } }`;
    expect(documentShape(query)).toEqual({ depth: 3, aliases: 3 });
  });

  it("ignores brackets and colons in strings, block strings and comments", () => {
    const query = `{ firms(where: { name: { eq: "a: {[(" } }) { id } } # x: {{{{\n"""\n y: [[[\n"""`;
    expect(documentShape(query).aliases).toBe(0);
    expect(documentShape(query).depth).toBe(3);
  });

  it("lets the standard introspection query through", () => {
    const shape = documentShape(getIntrospectionQuery());
    expect(shape.aliases).toBe(0);
    expect(shape.depth).toBeLessThan(MAX_BRACKET_DEPTH);
  });

  it("sees 1,000 aliases and 1,000 nested NOT", () => {
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    expect(documentShape(aliases).aliases).toBeGreaterThan(MAX_ALIASES);
    expect(
      documentShape(`{ firms(where: ${"{ NOT: ".repeat(1000)}{}${" }".repeat(1000)}) { id } }`).depth,
    ).toBe(1002);
  });
});
