import { describe, expect, it } from "vitest";
import { graphql, withExecutableSchema } from "../../helpers/executable-schema.js";

// Organizations returned by a traversal are the API's own Organization objects: every field resolves
// as it does through the generated queries, nested relationships and traversals included; and the
// traversals can be asked from the organization types themselves. The operations run on the
// executable schema (the same one the server serves) against the real database; the HTTP server's
// size limits, which these deliberately large selections would exceed, are tested elsewhere.
const api = withExecutableSchema();
const { db } = api;

async function run(source: string, variables: Record<string, unknown> = {}) {
  const result = await graphql({
    schema: api.schema,
    source,
    variableValues: variables,
    contextValue: { sessionConfig: { database: db.name } },
  });
  return {
    errors: result.errors?.map((e) => ({ message: e.message, code: e.extensions?.code })),
    data: result.data,
  };
}

/** Scalars, relationship fields and a connection with edge properties, of every organization type. */
const ORGANIZATION_FIELDS = `
  fragment OrganizationFields on Organization {
    __typename id name aliases source
    locatedIn(sort: [{ id: ASC }]) { id name }
    alliances(sort: [{ id: ASC }]) { id name __typename }
    alliancesConnection(sort: [{ node: { id: ASC } }]) {
      totalCount edges { properties { ... on Alliance { type since until } } node { id } }
    }
    spunOffFrom { id }
    ... on Firm { studySample businessModel status listedOn { id } }
  }`;

type Organization = { id: string } & Record<string, unknown>;

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { errors, data } = await run(text, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data as T;
}

/** The same organizations read through the generated `organizations` query, by id. */
async function generated(ids: string[]): Promise<Map<string, Organization>> {
  const data = await query<{ organizations: Organization[] }>(
    `query($ids: [ID!]!) { organizations(where: { id: { in: $ids } }, limit: 200) { ...OrganizationFields } }
     ${ORGANIZATION_FIELDS}`,
    { ids },
  );
  return new Map(data.organizations.map((o) => [o.id, o]));
}

async function expectSameAsGenerated(organizations: Organization[]) {
  expect(organizations.length).toBeGreaterThan(0);
  const byId = await generated([...new Set(organizations.map((o) => o.id))]);
  for (const organization of organizations) expect(organization).toEqual(byId.get(organization.id));
}

describe("organizations in traversal results resolve like the generated queries", () => {
  it("the issue's case: a lineage step's alliances (once INTERNAL_SERVER_ERROR)", async () => {
    const data = await query<{
      spinOffLineage: { organization: { name: string; alliances?: { name: string }[] } }[];
    }>(`{ spinOffLineage(id: "oncurious") { organization { name ... on Firm { alliances { name } } } } }`);
    const thrombogenics = data.spinOffLineage.find((s) => s.organization.name === "ThromboGenics");
    expect(thrombogenics?.organization.alliances?.map((a) => a.name).sort()).toEqual([
      "Alcon",
      "BioInvent",
      "Novartis",
    ]);
  });

  it.each([
    ["spinOffLineage", `{ r: spinOffLineage(id: "oncurious") { organization { ...OrganizationFields } } }`],
    [
      "spinOffDescendants",
      `{ r: spinOffDescendants(id: "ku-leuven") { organization { ...OrganizationFields } } }`,
    ],
    [
      "partnerDependency",
      `{ r: partnerDependency(id: "thrombogenics") {
          organization { ...OrganizationFields }
          partners { partner { ...OrganizationFields } }
          dependencyAreas { partners { ...OrganizationFields } } } }`,
    ],
    [
      "dependentFirms",
      `{ r: dependentFirms(partnerId: "novartis") { partner { ...OrganizationFields } firms { firm { ...OrganizationFields } } } }`,
    ],
    [
      "connectionPath",
      `{ r: connectionPath(fromId: "oncurious", toId: "novartis") { organization { ...OrganizationFields } } }`,
    ],
    [
      "ecosystemSummary",
      `{ r: ecosystemSummary(top: 3) { topPartners { partner { ...OrganizationFields } } } }`,
    ],
    [
      "searchOrganizations",
      `{ r: searchOrganizations(query: "leuven") { organization { ...OrganizationFields } } }`,
    ],
    [
      "allianceNetwork",
      `{ r: allianceNetwork(centerId: "ablynx") { nodes { organization { ...OrganizationFields } } } }`,
    ],
  ])("%s", async (_name, text) => {
    const data = await query<{ r: unknown }>(`${text} ${ORGANIZATION_FIELDS}`);
    // Every object that carries OrganizationFields, wherever it sits in the result.
    const found: Organization[] = [];
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") {
        if ("alliancesConnection" in value) found.push(value as unknown as Organization);
        else Object.values(value).forEach(walk);
      }
    };
    walk(data.r);
    await expectSameAsGenerated(found);
  });
});

describe("traversals asked from the organization types", () => {
  const TRAVERSALS = `
    spinOffLineage { depth year organization { id } }
    spinOffDescendants(maxDepth: 2) { depth organization { id } }
    partnerDependency(asOf: 2010) { allianceCount partnerCount concentration partners { share partner { id } }
                                    dependencyAreas { area partners { id } } }
    dependentFirms(limit: 1, offset: 1) { totalCount hasMore firms { share types firm { id } } }`;

  it("firms(where: …) { spinOffLineage partnerDependency … } equals the Query fields for each firm", async () => {
    const data = await query<{ firms: ({ id: string } & Record<string, unknown>)[] }>(
      `{ firms(where: { id: { in: ["thrombogenics", "oncurious", "ablynx"] } }, sort: [{ id: ASC }]) { id ${TRAVERSALS} } }`,
    );
    expect(data.firms.map((f) => f.id)).toEqual(["ablynx", "oncurious", "thrombogenics"]);
    for (const { id, ...nested } of data.firms) {
      const root = await query<Record<string, unknown>>(
        `query($id: ID!) {
          spinOffLineage(id: $id) { depth year organization { id } }
          spinOffDescendants(id: $id, maxDepth: 2) { depth organization { id } }
          partnerDependency(id: $id, asOf: 2010) { allianceCount partnerCount concentration partners { share partner { id } }
                                                   dependencyAreas { area partners { id } } }
          dependentFirms(partnerId: $id, limit: 1, offset: 1) { totalCount hasMore firms { share types firm { id } } } }`,
        { id },
      );
      expect(nested).toEqual(root);
    }
  });

  it("works through the Organization interface and nests (a partner's own dependency)", async () => {
    const data = await query<{
      organizations: {
        __typename: string;
        spinOffDescendants: { organization: { id: string } }[];
        partnerDependency: {
          partners: { partner: { id: string; partnerDependency: { partnerCount: number } } }[];
        };
      }[];
    }>(`{ organizations(where: { id: { eq: "ku-leuven" } }) {
          __typename
          spinOffDescendants { organization { id } }
          partnerDependency { partners { partner { id partnerDependency { partnerCount } } } } } }`);
    const [leuven] = data.organizations;
    expect(leuven?.__typename).toBe("University");
    expect(leuven?.spinOffDescendants.map((s) => s.organization.id)).toEqual(["thrombogenics", "oncurious"]);
  });

  it("keeps a nested traversal's arguments for every organization type of an interface query", async () => {
    // @neo4j/graphql 7.6.3 lost them after the first type (see src/api/neo4j-graphql-patches.ts).
    const data = await query<{ organizations: { id: string; spinOffDescendants: { depth: number }[] }[] }>(
      `{ organizations(where: { id: { in: ["ku-leuven", "thrombogenics"] } }, sort: [{ id: ASC }]) {
          id spinOffDescendants(maxDepth: 1) { depth } } }`,
    );
    expect(data.organizations).toEqual([
      { id: "ku-leuven", spinOffDescendants: [{ depth: 1 }] },
      { id: "thrombogenics", spinOffDescendants: [{ depth: 1 }] },
    ]);
  });

  it("checks nested arguments like the Query fields do", async () => {
    const literal = await run(`{ firms(limit: 1) { spinOffDescendants(maxDepth: 11) { depth } } }`);
    // (The code, BAD_USER_INPUT, is checked over HTTP in tests/e2e/frontend-queries.test.ts.)
    expect(literal.errors?.[0]?.message).toMatch(/maxDepth must be a whole number from 1 to 10/);
    expect(literal.data).toBeNull();
    const viaVariable = await run(
      `query($y: Int) { firms(limit: 1) { partnerDependency(asOf: $y) { asOf } } }`,
      {
        y: 1492,
      },
    );
    expect(viaVariable.errors?.[0]?.message).toMatch(/asOf must be a whole number from 1900 to 2100/);
  });
});
