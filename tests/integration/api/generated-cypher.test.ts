import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../../src/api/graphql-schema.js";
import { mintToken } from "../../../src/api/jwt.js";
import { TEST_JWT_SECRET } from "../../helpers/api-server.js";
import { recordingExecutionContext } from "../../helpers/cypher-recorder.js";
import { testDatabase, uniquePrefix } from "../../helpers/database.js";

// The CommonJS graphql, the same instance @neo4j/graphql builds its schema with.
const { graphql } = createRequire(import.meta.url)("graphql") as typeof GraphQLModule;

/**
 * Snapshots of the Cypher that @neo4j/graphql generates for typical operations (as neo4j/graphql's
 * tests/tck do): a library upgrade or a schema.graphql change that alters a query shows up in review.
 * The operations run against the real seeded database, so the snapshots belong to working queries.
 */
const db = testDatabase();
let schema: GraphQLSchema;
const prefix = uniquePrefix("tck");

beforeAll(async () => {
  schema = await buildGraphQLSchema(db, TEST_JWT_SECRET);
});
afterAll(async () => {
  await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  await db.close();
});

async function run(source: string, variables: Record<string, unknown> = {}, token?: string) {
  const recorder = recordingExecutionContext(db.driver);
  const result = await graphql({
    schema,
    source,
    variableValues: variables,
    contextValue: {
      executionContext: recorder.executionContext,
      token,
      sessionConfig: { database: db.name },
    },
  });
  expect(result.errors).toBeUndefined();
  expect(recorder.statements.length).toBeGreaterThan(0);
  // The id parameter differs per run for the mutation; the statement text does not.
  return { data: result.data, cypher: recorder.statements.join("\n-- next statement --\n") };
}

describe("Cypher generated for the GraphQL API", () => {
  it("firms filtered, sorted and paged", async () => {
    const { data, cypher } = await run(
      `{ firms(where: { studySample: { eq: true } }, sort: [{ name: ASC }], limit: 3, offset: 1) { id name } }`,
    );
    // Cypher sorts strings case-sensitively: "argenx" (lower-case) comes after "UCB".
    expect(data).toEqual({
      firms: [
        { id: "biocartis", name: "Biocartis" },
        { id: "bone-therapeutics", name: "Bone Therapeutics" },
        { id: "celyad", name: "Celyad" },
      ],
    });
    expect(cypher).toMatchSnapshot();
  });

  it("a firm's alliances with their properties (connection)", async () => {
    const { data, cypher } = await run(
      `{ firms(where: { id: { eq: "thrombogenics" } }) {
          alliancesConnection(sort: [{ node: { name: ASC } }]) { totalCount edges { node { id } properties { ... on Alliance { type } } } } } }`,
    );
    expect(data).toMatchObject({
      firms: [
        {
          alliancesConnection: {
            totalCount: 3,
            edges: [
              { node: { id: "alcon" }, properties: { type: "COMMERCIALIZATION" } },
              { node: { id: "bioinvent" }, properties: { type: "STRATEGIC" } },
              { node: { id: "novartis" }, properties: { type: "STRATEGIC" } },
            ],
          },
        },
      ],
    });
    expect(cypher).toMatchSnapshot();
  });

  it("organizations through the interface, cursor-paginated", async () => {
    const { data, cypher } = await run(
      `{ organizationsConnection(first: 2, sort: [{ id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id __typename } } } }`,
    );
    expect(data).toMatchObject({
      organizationsConnection: {
        pageInfo: { hasNextPage: true },
        edges: [{ node: { id: "abbott" } }, { node: { id: "abbvie" } }],
      },
    });
    expect(cypher).toMatchSnapshot();
  });

  it("the spin-off chain through generated relationship fields", async () => {
    const { data, cypher } = await run(
      `{ universities(where: { id: { eq: "ku-leuven" } }) { name spinOffs { name spinOffs { name } } } }`,
    );
    expect(data).toEqual({
      universities: [
        {
          name: "University of Leuven",
          spinOffs: [{ name: "ThromboGenics", spinOffs: [{ name: "Oncurious" }] }],
        },
      ],
    });
    expect(cypher).toMatchSnapshot();
  });

  it("an aggregation", async () => {
    const { data, cypher } = await run(
      `{ firmsConnection(where: { selfSustaining: { eq: true } }) { aggregate { count { nodes } } } }`,
    );
    expect(data).toEqual({ firmsConnection: { aggregate: { count: { nodes: 3 } } } });
    expect(cypher).toMatchSnapshot();
  });

  it("a traversal whose organizations resolve nested relationship fields", async () => {
    const { data, cypher } = await run(
      `{ spinOffLineage(id: "oncurious") { depth organization { name ... on Firm { alliances(sort: [{ id: ASC }]) { id } } } } }`,
    );
    expect(data).toEqual({
      spinOffLineage: [
        { depth: 0, organization: { name: "Oncurious", alliances: [] } },
        {
          depth: 1,
          organization: {
            name: "ThromboGenics",
            alliances: [{ id: "alcon" }, { id: "bioinvent" }, { id: "novartis" }],
          },
        },
        { depth: 2, organization: { name: "University of Leuven" } },
      ],
    });
    // The statement includes cypher/queries/spin-off-lineage.cypher as it is (header comments too).
    expect(cypher).toContain("MATCH (start:Organization {id: $param0})");
    expect(cypher).toMatchSnapshot();
  });

  it("traversals asked from a firm", async () => {
    const { data, cypher } = await run(
      `{ firms(where: { id: { eq: "thrombogenics" } }) {
          spinOffLineage { depth organization { id } }
          partnerDependency(asOf: 2010) { partnerCount partners { share partner { id } } } } }`,
    );
    expect(data).toMatchObject({
      firms: [
        {
          spinOffLineage: [
            { depth: 0, organization: { id: "thrombogenics" } },
            { depth: 1, organization: { id: "ku-leuven" } },
          ],
          partnerDependency: { partnerCount: 3 },
        },
      ],
    });
    expect(cypher).toContain("MATCH (start:Organization {id: this.id})");
    expect(cypher).toMatchSnapshot();
  });

  it("the alliance network and a search", async () => {
    const { data, cypher } = await run(
      `{ allianceNetwork(centerId: "thrombogenics") { truncated nodes { degree organization { id } } edges { source target } }
         searchOrganizations(query: "ablinx", limit: 1) { organization { id } } }`,
    );
    expect(data).toMatchObject({
      allianceNetwork: {
        truncated: false,
        nodes: [{ degree: 3, organization: { id: "thrombogenics" } }, {}, {}, {}],
      },
      searchOrganizations: [{ organization: { id: "ablynx" } }],
    });
    expect(cypher).toMatchSnapshot();
  });

  it("a mutation with a valid token", async () => {
    const token = await mintToken(TEST_JWT_SECRET);
    const { data, cypher } = await run(
      `mutation($id: ID!) { createFirms(input: [{ id: $id, name: "Snapshot Firm", source: "test" }]) { firms { id } } }`,
      { id: `${prefix}-firm` },
      `Bearer ${token}`,
    );
    expect(data).toEqual({ createFirms: { firms: [{ id: `${prefix}-firm` }] } });
    expect(cypher).toMatchSnapshot();
  });
});
