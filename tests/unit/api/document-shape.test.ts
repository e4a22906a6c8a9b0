import { getIntrospectionQuery, Lexer, Source, TokenKind } from "graphql";
import { describe, expect, it } from "vitest";
import { documentShape, MAX_ALIASES, MAX_BRACKET_DEPTH } from "../../../src/api/limits/nesting.js";

describe("documentShape (the pre-parse check)", () => {
  it("counts aliases, not arguments, variables or input fields", () => {
    const query = `query($id: ID!) { a: firms(where: { id: { eq: $id } }) { id } b: firms(limit: 1) { n: name } }`;
    expect(documentShape(query)).toMatchObject({ depth: 3, aliases: 3 });
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

  it("counts tokens as GraphQL's lexer does, never more", () => {
    const lexed = (text: string) => {
      const lexer = new Lexer(new Source(text));
      let n = 0;
      while (lexer.advance().kind !== TokenKind.EOF) n++;
      return n;
    };
    const exact = [
      `query($id: ID!) { a: firms(where: { id: { eq: $id } }) { id } b: firms(limit: 1) { n: name } }`,
      `{ firms(where: { OR: [{ id: { eq: "x0" } }, { id: { eq: "x1" } }] }) { id } } # a comment: {{`,
      `query Q($n: Int = -5, $f: Float = 1.5e+10) @skip(if: true) { x(a: """block "" text""") }`,
    ];
    for (const text of exact) expect(documentShape(text).tokens, text).toBe(lexed(text));
    for (const text of [getIntrospectionQuery(), "{ firms { ...F } } fragment F on Firm { id }"]) {
      expect(documentShape(text).tokens).toBeLessThanOrEqual(lexed(text));
      expect(documentShape(text).tokens).toBeGreaterThan(lexed(text) * 0.9);
    }
  });
});
