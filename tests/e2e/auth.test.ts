import { afterAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/jwt.js";
import { graphql, startTestServer, TEST_JWT_SECRET, withTestServer } from "../helpers/api-server.js";
import { uniquePrefix } from "../helpers/database.js";

const app = withTestServer();
const { db } = app;
const prefix = uniquePrefix("auth");

afterAll(async () => {
  await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
});

const create = `mutation($id: ID!) { createFirms(input: [{ id: $id, name: "Test Firm", source: "segers2015:text" }]) { firms { id name } } }`;

async function exists(id: string): Promise<boolean> {
  const [row] = await db.read<{ n: number }>("MATCH (f:Firm {id: $id}) RETURN count(f) AS n", { id });
  return (row?.n ?? 0) > 0;
}

describe("mutations need a valid JWT", () => {
  it("refuses a mutation without a token, and writes nothing", async () => {
    const id = `${prefix}-anonymous`;
    const { body } = await graphql(app.server, create, { id });
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await exists(id)).toBe(false);
  });

  it("refuses a token signed with another secret", async () => {
    const id = `${prefix}-forged`;
    const forged = await mintToken("some-other-secret-of-enough-length");
    const { body } = await graphql(app.server, create, { id }, { authorization: `Bearer ${forged}` });
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await exists(id)).toBe(false);
  });

  it("accepts a token from `npm run token` (same secret)", async () => {
    const id = `${prefix}-editor`;
    const token = await mintToken(TEST_JWT_SECRET);
    const { body } = await graphql<{ createFirms: { firms: { id: string }[] } }>(
      app.server,
      create,
      { id },
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.createFirms.firms).toEqual([{ id, name: "Test Firm" }]);
    expect(await exists(id)).toBe(true);
  });

  it("keeps reads public", async () => {
    const { body } = await graphql<{ firms: { id: string }[] }>(
      app.server,
      `{ firms(where: { id: { eq: "ablynx" } }) { id } }`,
    );
    expect(body.data?.firms).toEqual([{ id: "ablynx" }]);
  });
});

describe("query limits", () => {
  it("refuses a query asking for too many rows, before it reaches the database", async () => {
    const { status, body } = await graphql(
      app.server,
      "{ firms { alliances { alliances { alliances { name } } } } }",
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(body.errors?.[0]?.message).toMatch(/costs 6377550; the limit is 20000/);
  });

  it("refuses a query nested deeper than 10 levels", async () => {
    let nested = "name";
    for (let i = 0; i < 11; i++) nested = `alliances(limit: 1) { ${nested} }`;
    const { status, body } = await graphql(app.server, `{ firms(limit: 1) { ${nested} } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/nested 13 levels deep; the limit is 10/);
  });

  it("caps a list at the schema's @limit max (200)", async () => {
    const { body } = await graphql<{ organizations: unknown[] }>(
      app.server,
      "{ organizations(limit: 500) { id } }",
    );
    const [row] = await db.read<{ n: number }>("MATCH (o:Organization) RETURN count(o) AS n");
    expect(body.data?.organizations.length).toBe(Math.min(200, row?.n ?? 0));
  });
});

describe("introspection", () => {
  it("is on by default and off with NODE_ENV=production", async () => {
    const query = "{ __schema { queryType { name } } }";
    expect((await graphql(app.server, query)).body.data).toEqual({
      __schema: { queryType: { name: "Query" } },
    });
    const production = await startTestServer(db, { production: true });
    try {
      const { body } = await graphql(production, query);
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    } finally {
      await production.close();
    }
  });

  it("keeps CSRF prevention on: a simple cross-site GET is refused", async () => {
    const res = await fetch(`${app.server.url}/graphql?query=${encodeURIComponent("{ firms { id } }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});
