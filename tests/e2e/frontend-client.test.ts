import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/app.js";
import { readApiSchemaFile } from "../../src/api/schema-artifact.js";
import { SpinOffLineageQuery } from "../../src/web/client/operations.js";
import { GraphQLRequestError, request } from "../../src/web/client/request.js";
import { startTestServer, withTestServer } from "../helpers/api-server.js";
import { testDatabase } from "../helpers/database.js";

const app = withTestServer();

describe("GET /schema.graphql", () => {
  it("serves the running schema, identical to the committed src/api/generated/api.graphql", async () => {
    const res = await fetch(`${app.server.url}/schema.graphql`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/graphql/);
    const served = await res.text();
    expect(served).toContain("type Firm implements Organization");
    expect(
      served === readApiSchemaFile(),
      "the running schema differs from api.graphql: npm run schema:print",
    ).toBe(true);
  });

  it("is not served in production, like introspection", async () => {
    const db = testDatabase();
    let server: RunningServer | undefined;
    try {
      server = await startTestServer(db, { production: true });
      expect((await fetch(`${server.url}/schema.graphql`)).status).toBe(404);
    } finally {
      await server?.close();
      await db.close();
    }
  });
});

describe("the typed client (GraphQL Code Generator output) against the real API", () => {
  it("runs a typed operation and returns typed data", async () => {
    const data = await request(`${app.server.url}/graphql`, SpinOffLineageQuery, { id: "oncurious" });
    // Typed: data.spinOffLineage[n].organization.name is a string, __typename a union of the kinds.
    expect(data.spinOffLineage.map((s) => [s.depth, s.organization.__typename, s.organization.name])).toEqual(
      [
        [0, "Firm", "Oncurious"],
        [1, "Firm", "ThromboGenics"],
        [2, "University", "University of Leuven"],
      ],
    );
  });

  it("throws the API's error codes", async () => {
    const failing = request(`${app.server.url}/graphql`, SpinOffLineageQuery, { id: "no-such-firm" });
    await expect(failing).rejects.toBeInstanceOf(GraphQLRequestError);
    await expect(failing).rejects.toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
  });
});

describe("automatic persisted queries (Apollo Server's APQ)", () => {
  const query = `query Lineage($id: ID!) { spinOffLineage(id: $id) { depth organization { id } } }`;
  const sha256Hash = createHash("sha256").update(query).digest("hex");
  const persisted = { persistedQuery: { version: 1, sha256Hash } };

  async function post(body: Record<string, unknown>) {
    const res = await fetch(`${app.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return {
      status: res.status,
      body: (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
    };
  }

  it("asks for the query text once, then runs the hash alone, by POST and by GET", async () => {
    const variables = { id: "oncurious" };
    const unknown = await post({ variables, extensions: persisted });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");

    const registered = await post({ query, variables, extensions: persisted });
    expect(registered.body.errors).toBeUndefined();

    const byHash = await post({ variables, extensions: persisted });
    expect(byHash.body).toEqual(registered.body);
    expect((byHash.body.data as { spinOffLineage: unknown[] }).spinOffLineage).toHaveLength(3);

    // GET (cacheable by a CDN) needs a header that a cross-site form cannot send (CSRF prevention).
    const params = new URLSearchParams({
      variables: JSON.stringify(variables),
      extensions: JSON.stringify(persisted),
    });
    const blocked = await fetch(`${app.server.url}/graphql?${params}`);
    expect(blocked.status).toBe(400);
    const get = await fetch(`${app.server.url}/graphql?${params}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual(registered.body);
  });

  it("refuses a hash that does not match the query", async () => {
    const wrong = await post({
      query,
      variables: { id: "oncurious" },
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    // Refused before running (its error code is mapped by src/api/errors.ts, see the README's list).
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
    expect(wrong.body.data).toBeUndefined();
  });
});
