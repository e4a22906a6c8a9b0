import { afterAll, describe, expect, it } from "vitest";
import { type Expectation, listQueries } from "../../../src/cypher/library.js";
import { toPlain } from "../../../src/cypher/render.js";
import { toCypherValue } from "../../../src/cypher/run-query.js";
import { testDatabase } from "../../helpers/database.js";

// Every file of cypher/queries/ runs on the seeded database with its default parameters, and its
// result must match what its header promises (@returns columns, @expect checks).
const db = testDatabase();
afterAll(() => db.close());

const queries = listQueries();

function check(rows: Record<string, unknown>[], expectation: Expectation): void {
  switch (expectation.kind) {
    case "rows":
      expect(rows.length).toBe(expectation.count);
      break;
    case "column":
      expect(rows.map((r) => r[expectation.column])).toEqual(expectation.values);
      break;
    case "row":
      expect(rows[expectation.index]).toMatchObject(expectation.subset);
      break;
  }
}

describe("the Cypher query library", () => {
  it("has the analysts' questions", () => {
    expect(queries.length).toBeGreaterThanOrEqual(6);
  });

  it.each(queries.map((q) => [q.name, q] as const))("%s: header is complete", (_name, query) => {
    expect(query.title).not.toBe(query.name);
    expect(query.description.length).toBeGreaterThan(40);
    expect(query.columns.length).toBeGreaterThan(0);
    expect(query.expectations.length).toBeGreaterThan(0);
    // Parameters only: every $param used is declared, and every declared one is used.
    const used = new Set([...query.text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(query.params.map((p) => p.name).sort());
  });

  it.each(queries.map((q) => [q.name, q] as const))(
    "%s: runs on the seed and gives its expected result",
    async (_name, query) => {
      const defaults = Object.fromEntries(query.params.map((p) => [p.name, p.defaultValue]));
      const { columns, rows } = await db.query(
        "READ",
        query.text,
        toCypherValue(defaults) as Record<string, unknown>,
      );
      expect(columns).toEqual(query.columns);
      const plain = rows.map((r) => toPlain(r) as Record<string, unknown>);
      for (const expectation of query.expectations) check(plain, expectation);
    },
  );
});
