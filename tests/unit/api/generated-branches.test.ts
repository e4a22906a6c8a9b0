import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type { GraphQLSchema } from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";
import { beforeAll, describe, expect, it } from "vitest";
import { fieldBranches, MAX_GENERATED_BRANCHES } from "../../../src/api/limits/generated-branches.js";

const require = createRequire(import.meta.url);
const { buildSchema, parse } = require("graphql") as typeof GraphQLModule;
const { getComplexity } = require("graphql-query-complexity") as typeof QueryComplexity;

// The API's schema as printed by `npm run schema:print` (kept current by schema-artifacts.test.ts).
let schema: GraphQLSchema;
beforeAll(() => {
  schema = buildSchema(
    readFileSync(new URL("../../../src/api/generated/api.graphql", import.meta.url), "utf8"),
  );
});

const branches = (query: string, variables: Record<string, unknown> = {}) =>
  getComplexity({
    schema,
    query: parse(query),
    variables,
    estimators: [({ field, args, childComplexity }) => fieldBranches(schema, field, args, childComplexity)],
  });

const filter = (levels: number) => {
  let where = '{ name: { eq: "x" } }';
  for (let i = 0; i < levels; i++) where = `{ alliances: { some: ${where} } }`;
  return `{ firms(where: ${where}, limit: 1) { id } }`;
};
const selection = (levels: number) =>
  `{ firms(limit: 1) { ${"alliances(limit: 1) { ".repeat(levels)}name${" }".repeat(levels)} } }`;

describe("generated per-type branches", () => {
  it("counts one branch per organization kind at every interface level", () => {
    const kinds = schema.getPossibleTypes(schema.getType("Organization") as never).length;
    expect(kinds).toBe(6);
    expect(branches("{ firms { id name } }")).toBe(1);
    expect(branches("{ organizations { id } }")).toBe(kinds);
    expect(branches(selection(1))).toBe(1 + kinds);
    expect(branches(selection(2))).toBe(1 + kinds * (1 + kinds));
    expect(branches(filter(1))).toBe(1 + kinds);
    expect(branches(filter(2))).toBe(1 + kinds * (1 + kinds));
    // A connection filter, a deprecated _SOME filter and a filter given as a variable count the same.
    expect(
      branches('{ firms(where: { alliancesConnection: { some: { node: { name: { eq: "x" } } } } }) { id } }'),
    ).toBe(1 + kinds);
    expect(branches('{ firms(where: { alliances_SOME: { name: { eq: "x" } } }) { id } }')).toBe(1 + kinds);
    expect(
      branches("query($w: FirmWhere) { firms(where: $w) { id } }", {
        w: { alliances: { some: { alliances: { some: { id: { eq: "x" } } } } } },
      }),
    ).toBe(1 + kinds * (1 + kinds));
    // Relationships to a concrete type do not multiply.
    expect(
      branches('{ firms(where: { locatedIn: { some: { country: { id: { eq: "x" } } } } }) { id } }'),
    ).toBe(2);
  });

  it("admits two levels of organizations and refuses three", () => {
    expect(branches(filter(2))).toBeLessThanOrEqual(MAX_GENERATED_BRANCHES);
    expect(branches(selection(2))).toBeLessThanOrEqual(MAX_GENERATED_BRANCHES);
    expect(branches(filter(3))).toBeGreaterThan(MAX_GENERATED_BRANCHES);
    expect(branches(selection(3))).toBeGreaterThan(MAX_GENERATED_BRANCHES);
  });
});
