import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { depthLimitRule } from "../../../src/api/query-limits.js";

const schema = buildSchema(`
  type Org { name: String, partners: [Org!]! }
  type Query { orgs: [Org!]! }
`);

function errorsFor(query: string, max: number) {
  return validate(schema, parse(query), [depthLimitRule(max)]).map((e) => e.message);
}

describe("depthLimitRule", () => {
  it("accepts a query at the limit", () => {
    expect(errorsFor("{ orgs { partners { name } } }", 3)).toEqual([]);
  });

  it("refuses a deeper one, saying how deep", () => {
    expect(errorsFor("{ orgs { partners { partners { name } } } }", 3)).toEqual([
      "The query is nested 4 levels deep; the limit is 3.",
    ]);
  });

  it("counts depth through fragments", () => {
    const query = "{ orgs { ...P } } fragment P on Org { partners { partners { name } } }";
    expect(errorsFor(query, 3)).toHaveLength(1);
  });
});
