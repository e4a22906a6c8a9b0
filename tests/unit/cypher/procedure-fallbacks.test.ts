import { describe, expect, it } from "vitest";
import { readTypeDefs } from "../../../src/api/graphql-schema.js";
import { loadQuery } from "../../../src/cypher/library.js";
import { PROCEDURE_QUERIES, substitutesFor } from "../../../src/cypher/procedure-fallbacks.js";

describe("plain-Cypher fallbacks for the project's procedures", () => {
  it("substitutes a query only when its procedure is missing", () => {
    expect(substitutesFor(new Set(["ecosystem.connectionPath", "apoc.help"]))).toEqual({});
    expect(substitutesFor(new Set(["apoc.help"]))).toEqual({ "connection-path": "connection-path-fallback" });
  });

  it.each(PROCEDURE_QUERIES.map((q) => [q.query, q] as const))(
    "%s calls its procedure, its fallback does not, and both take the same parameters and columns",
    (_name, { query, procedure, fallback }) => {
      const [main, plain] = [loadQuery(query), loadQuery(fallback)];
      expect(main.text).toContain(`${procedure}(`);
      expect(plain.text).not.toContain(`${procedure}(`);
      expect(plain.params).toEqual(main.params);
      expect(plain.columns).toEqual(main.columns);
    },
  );

  it("the GraphQL schema includes the fallback's Cypher when the database lacks the procedure", () => {
    const withProcedure = readTypeDefs();
    const without = readTypeDefs(substitutesFor(new Set()));
    expect(withProcedure).toContain("ecosystem.connectionPath(");
    expect(withProcedure).not.toContain("shortestPath(");
    expect(without).not.toContain("ecosystem.connectionPath(");
    expect(without).toContain("shortestPath(");
  });
});
