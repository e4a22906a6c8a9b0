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
