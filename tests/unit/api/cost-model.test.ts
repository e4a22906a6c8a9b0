import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import { describe, expect, it } from "vitest";
import {
  AGGREGATE_COST,
  fieldCost,
  ROOT_FIELD_COSTS,
  UNKNOWN_ROOT_FIELD_COST,
} from "../../../src/api/limits/cost-model.js";

// The cost model requires graphql's CommonJS build; the test builds its schema with the same one.
const { buildSchema } = createRequire(import.meta.url)("graphql") as typeof GraphQLModule;

const schema = buildSchema(`
  input FirmWhere { id: ID }
  type Firm { id: ID! name: String alliances(limit: Int): [Firm!]! }
  type FirmsConnection { totalCount: Int! }
  type Step { depth: Int! }
  type FirmAggregateSelection { count: Int! }
  type Query {
    firms(limit: Int): [Firm!]!
    firmsConnection(first: Int): FirmsConnection!
    firmsAggregate: FirmAggregateSelection!
    connectionPath(maxHops: Int!): [Step!]
    somethingNew: [Step!]!
  }
`);
const query = schema.getQueryType();
const field = (name: string) => {
  const f = query?.getFields()[name];
  if (!f) throw new Error(name);
  return f;
};
const cost = (name: string, args: Record<string, unknown>, childCost: number) =>
  query ? fieldCost({ schema, parentType: query, field: field(name), args, childCost, isRoot: true }) : 0;

describe("the cost model", () => {
  it("counts a generated list by its rows (limit, else 50, at most 200)", () => {
    expect(cost("firms", { limit: 10 }, 0)).toBe(10);
    expect(cost("firms", {}, 0)).toBe(50);
    expect(cost("firms", { limit: 500 }, 0)).toBe(200);
    // nested lists multiply: 10 firms x (1 + their 5 alliances)
    expect(cost("firms", { limit: 10 }, 5)).toBe(60);
  });

  it("makes connectionPath grow with maxHops", () => {
    const one = cost("connectionPath", { maxHops: 1 }, 0);
    const ten = cost("connectionPath", { maxHops: 10 }, 0);
    expect(ten - one).toBe((ROOT_FIELD_COSTS.connectionPath?.({ maxHops: 10 }) ?? 0) - 25);
    expect(ten).toBeGreaterThan(one);
  });

  it("gives an unknown root field a default base cost, and aggregates theirs", () => {
    expect(cost("somethingNew", {}, 0)).toBe(UNKNOWN_ROOT_FIELD_COST + 50);
    expect(cost("firmsAggregate", {}, 0)).toBe(AGGREGATE_COST);
  });

  it("makes networkMetrics far dearer than a traversal of one organization", () => {
    const lookup = ROOT_FIELD_COSTS.partnerDependency?.({}) ?? 0;
    expect(ROOT_FIELD_COSTS.networkMetrics?.({})).toBeGreaterThanOrEqual(100 * lookup);
  });

  it("charges nothing for introspection", () => {
    const schemaField = { ...field("firms"), name: "__schema" };
    expect(
      query &&
        fieldCost({ schema, parentType: query, field: schemaField, args: {}, childCost: 1e6, isRoot: true }),
    ).toBe(0);
  });
});
