import type { ProfiledPlan } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { loadQuery, withDefaults } from "../../../src/cypher/library.js";
import { toCypherValue } from "../../../src/cypher/run-query.js";
import { recordingExecutionContext } from "../../helpers/cypher-recorder.js";
import { graphql, withExecutableSchema } from "../../helpers/executable-schema.js";

// Ids given by a user must reach an index seek: no operator may scan all nodes, or all nodes of a
// label. PROFILE (not EXPLAIN) because a query may hold a scan in a branch it does not take for
// these arguments (allianceNetwork's whole-graph branch): what counts is that no scan does work.
const api = withExecutableSchema();
const { db } = api;

const SCANS = new Set(["AllNodesScan", "NodeByLabelScan"]);

function operators(plan: ProfiledPlan): ProfiledPlan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

async function profile(query: string, params: Record<string, unknown>): Promise<ProfiledPlan[]> {
  const session = db.driver.session({ database: db.name, defaultAccessMode: "READ" });
  try {
    const result = await session.run(`PROFILE ${query.replace(/^CYPHER 5\s*/, "")}`, params);
    if (!result.summary.profile) throw new Error("no profile");
    return operators(result.summary.profile);
  } finally {
    await session.close();
  }
}

function expectSeeksNoScans(plan: ProfiledPlan[]) {
  const scanning = plan.filter(
    (op) => SCANS.has(op.operatorType.replace(/@.*/, "")) && op.dbHits + op.rows > 0,
  );
  expect(scanning.map((op) => `${op.operatorType} ${String(op.arguments.Details ?? "")}`)).toEqual([]);
  expect(plan.some((op) => /IndexSeek/.test(op.operatorType))).toBe(true);
}

describe("plans of the frontend queries reach index seeks", () => {
  it.each([
    ["alliance-network-view", { centerId: "thrombogenics", hops: 2 }],
    ["alliance-network-view", { regionId: "flanders" }],
    ["alliance-network-view", { centerId: "ablynx", regionId: "flanders", asOf: 2010 }],
    ["alliance-years", { regionId: "flanders" }],
    ["organization", { id: "ablynx" }],
  ])("%s %j", async (name, params) => {
    const query = loadQuery(name);
    expectSeeksNoScans(
      await profile(query.text, toCypherValue(withDefaults(query, params)) as Record<string, unknown>),
    );
  });

  it("the full-text search reads its index, never a label", async () => {
    const query = loadQuery("organization-search");
    const plan = await profile(
      query.text,
      toCypherValue(withDefaults(query, { query: "ablinx" })) as Record<string, unknown>,
    );
    expect(plan.some((op) => op.operatorType.startsWith("ProcedureCall"))).toBe(true);
    expect(plan.filter((op) => SCANS.has(op.operatorType.replace(/@.*/, "")))).toEqual([]);
  });
});

describe("plans of the Cypher generated for traversals reach index seeks", () => {
  it.each([
    `{ spinOffLineage(id: "oncurious") { depth organization { name ... on Firm { alliances { id } } } } }`,
    // A relationship under the partners keeps this request on the library's translation (direct.ts).
    `{ partnerDependency(id: "ablynx") { partners { share partner { id name ... on PharmaCompany { alliances { id } } } } dependencyAreas { partners { id } } } }`,
    `{ firms(where: { id: { eq: "thrombogenics" } }) { spinOffDescendants { organization { id } } dependentFirms { totalCount firms { firm { id } } } } }`,
    `{ ecosystemSummary(regionId: "flanders") { firmCount topPartners { partner { id } } } }`,
    `{ allianceNetwork(centerId: "ablynx") { nodes { organization { id name } } edges { source target } } }`,
  ])("%s", async (source) => {
    const recorder = recordingExecutionContext(db.driver);
    const result = await graphql({
      schema: api.schema,
      source,
      contextValue: { executionContext: recorder.executionContext, sessionConfig: { database: db.name } },
    });
    expect(result.errors).toBeUndefined();
    const traversal = recorder.calls.filter((c) => !c.query.includes("dbms.components"));
    expect(traversal.length).toBe(1);
    for (const call of traversal) expectSeeksNoScans(await profile(call.query, call.params));
  });
});
