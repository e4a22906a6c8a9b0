import type { ProfiledPlan } from "neo4j-driver";
import { describe, expect, it, vi } from "vitest";
import { readTypeDefs } from "../../../src/api/graphql-schema.js";
import {
  DIRECT_TRAVERSALS,
  directPlans,
  directStats,
  withKnownIds,
} from "../../../src/api/traversals/direct.js";
import { TRAVERSAL_GUARDS } from "../../../src/api/traversals/guards.js";
import { toCypherValue } from "../../../src/cypher/run-query.js";
import { NotFoundError } from "../../../src/errors/app-errors.js";
import { graphql, withExecutableSchema } from "../../helpers/executable-schema.js";

// The single-entity traversals resolve simple selections by running their @cypher statement
// themselves (src/api/traversals/direct.ts); anything else goes to @neo4j/graphql. Both must give
// the same answer: each request below is asked once as it is (direct) and once with a relationship
// field added to every organization (translated by the library), and the common part must match.
const api = withExecutableSchema();
const { db } = api;

async function run(source: string) {
  const result = await graphql({
    schema: api.schema,
    source,
    contextValue: { sessionConfig: { database: db.name } },
  });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Record<string, unknown>;
}

/** Drops the `alliances` lists the library variant asked for, leaving the fields both asked. */
function withoutAlliances(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAlliances);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "alliances")
      .map(([key, v]) => [key, withoutAlliances(v)]),
  );
}

const ORG = `__typename id name aliases source ... on Firm { studySample degree } ... on PharmaCompany { name }`;
const LIBRARY = `... on Firm { alliances(sort: [{ id: ASC }]) { id } }`;

describe("traversals resolved directly", () => {
  it.each([
    `spinOffLineage(id: "oncurious") { depth year organization { ORG } }`,
    `spinOffDescendants(id: "ku-leuven", maxDepth: 3) { depth year who: organization { ORG } }`,
    `partnerDependency(id: "ablynx", limit: 4, offset: 1) { asOf allianceCount partnerCount concentration
       organization { ORG } partners { share types allianceCount partner { ORG } }
       dependencyAreas { area allianceCount partnerCount partners { ORG } } }`,
    `partnerDependency(id: "thrombogenics", asOf: 2010) { partnerCount partners { share partner { ORG } } }`,
    `dependentFirms(partnerId: "novartis", limit: 1, offset: 1) { totalCount offset limit hasMore
       partner { ORG } firms { allianceCount share types firm { ORG } } }`,
    `connectionPath(fromId: "oncurious", toId: "novartis") { via direction organization { ORG } }`,
    `connectionPath(fromId: "oncurious", toId: "oncurious", maxHops: 1) { via organization { ORG } }`,
  ])("%s", async (field) => {
    const direct = `{ ${field.replaceAll("ORG", ORG)} }`;
    const translated = `{ ${field.replaceAll("ORG", `${ORG} ${LIBRARY}`)} }`;
    const before = { ...directStats };
    const answer = await run(direct);
    expect(directStats.direct - before.direct).toBe(1);
    const reference = await run(translated);
    expect(directStats.library - before.library).toBe(1);
    expect(answer).toEqual(withoutAlliances(reference));
  });

  it("leaves @include / @skip and nested traversals to the library", async () => {
    const before = { ...directStats };
    const data = await run(
      `{ spinOffLineage(id: "oncurious") { depth organization { id spinOffDescendants(maxDepth: 1) { depth } } }
         b: spinOffLineage(id: "oncurious") { depth @include(if: false) organization { id } } }`,
    );
    expect(directStats.library - before.library).toBe(2);
    expect((data.b as unknown[]).length).toBe(3);
  });

  it("runs statements whose plans start from an index seek", async () => {
    const { roots } = directPlans(readTypeDefs(), api.schema);
    expect([...roots.keys()].sort()).toEqual([...DIRECT_TRAVERSALS].sort());
    const args: Record<string, Record<string, unknown>> = {
      spinOffLineage: { id: "oncurious" },
      spinOffDescendants: { id: "ku-leuven", maxDepth: 5 },
      partnerDependency: { id: "ablynx", asOf: null, limit: 50, offset: 0 },
      dependentFirms: { partnerId: "novartis", asOf: 2010, limit: 50, offset: 0, order: "STORED" },
      connectionPath: { fromId: "oncurious", toId: "novartis", maxHops: 6 },
    };
    for (const [name, root] of roots) {
      // Where the guard looks ids up, the statement that runs is the one with the look-ups added.
      const looksUp = TRAVERSAL_GUARDS[name]?.looksUp ?? [];
      const statement = looksUp.length ? withKnownIds(root.statement, root.columnName) : root.statement;
      const params = looksUp.length
        ? { ...args[name], knownIds: looksUp.map((a) => args[name]?.[a]) }
        : args[name];
      const session = db.driver.session({ database: db.name, defaultAccessMode: "READ" });
      try {
        const result = await session.run(
          `PROFILE ${statement}`,
          toCypherValue(params) as Record<string, unknown>,
        );
        const operators = (plan: ProfiledPlan): ProfiledPlan[] => [plan, ...plan.children.flatMap(operators)];
        const plan = operators(result.summary.profile as ProfiledPlan);
        const scans = plan.filter((op) => /^(AllNodesScan|NodeByLabelScan)/.test(op.operatorType));
        expect(
          scans.map((op) => op.operatorType),
          name,
        ).toEqual([]);
        expect(
          plan.some((op) => /IndexSeek/.test(op.operatorType)),
          name,
        ).toBe(true);
      } finally {
        await session.close();
      }
    }
  });
});

// An empty answer means "none" for a known id and NOT_FOUND for an unknown one. The direct
// statement answers both in one query (withKnownIds), so the guard asks the database nothing more.
describe("empty answers of traversals resolved directly", () => {
  async function counted(source: string) {
    // Managed reads and auto-commit statements (the direct path runs one of the latter).
    const reads = vi.spyOn(db, "read");
    const statements = vi.spyOn(db, "readStatement");
    try {
      const result = await graphql({
        schema: api.schema,
        source,
        contextValue: { sessionConfig: { database: db.name } },
      });
      return { result, reads: reads.mock.calls.length + statements.mock.calls.length };
    } finally {
      reads.mockRestore();
      statements.mockRestore();
    }
  }

  it("answers [] for an organization without spin-offs, in one query", async () => {
    const [leaf] = await db.read<{ id: string }>(
      `MATCH (o:Organization) WHERE NOT EXISTS { (o)<-[:SPUN_OFF_FROM]-() } RETURN o.id AS id ORDER BY id LIMIT 1`,
    );
    expect(leaf).toBeDefined();
    const { result, reads } = await counted(`{ spinOffDescendants(id: "${leaf?.id}") { depth } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ spinOffDescendants: [] });
    expect(reads).toBe(1);
  });

  it("answers NOT_FOUND for an unknown id, in one query", async () => {
    const { result, reads } = await counted(`{ spinOffDescendants(id: "no-such-organization") { depth } }`);
    expect(result.errors?.[0]?.originalError).toBeInstanceOf(NotFoundError);
    expect(result.errors?.[0]?.message).toContain("'no-such-organization'");
    expect(reads).toBe(1);
  });

  it("names which end of a connection path is unknown, and answers null between known ones", async () => {
    const to = await counted(`{ connectionPath(fromId: "oncurious", toId: "no-such-organization") { via } }`);
    expect(to.result.errors?.[0]?.originalError).toBeInstanceOf(NotFoundError);
    expect(to.result.errors?.[0]?.message).toContain("'no-such-organization'");
    const from = await counted(`{ connectionPath(fromId: "nobody-here", toId: "oncurious") { via } }`);
    expect(from.result.errors?.[0]?.message).toContain("'nobody-here'");
    // oncurious and novartis are known but more than one hop apart.
    const none = await counted(
      `{ connectionPath(fromId: "oncurious", toId: "novartis", maxHops: 1) { via } }`,
    );
    expect(none.result.errors).toBeUndefined();
    expect(none.result.data).toEqual({ connectionPath: null });
    expect([to.reads, from.reads, none.reads]).toEqual([1, 1, 1]);
  });
});
