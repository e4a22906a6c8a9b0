import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/app.js";
import { Database } from "../../src/db/database.js";
import { withTestServer } from "../helpers/api-server.js";
import { testDatabase } from "../helpers/database.js";

describe("GET /health over HTTP", () => {
  const app = withTestServer();

  it("answers 200 with the server's and APOC's versions while the database answers", async () => {
    const res = await fetch(`${app.server.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, string>;
    expect(body.status).toBe("ok");
    expect(body.neo4jVersion).toMatch(/^5\.26\.\d+$|^20\d\d\./);
    expect(body.apocVersion?.split(".").slice(0, 2)).toEqual(body.neo4jVersion?.split(".").slice(0, 2));
  });
});

describe("GET /health with the database unreachable", () => {
  // A real driver aimed at a port where nothing listens: the same failure as a database outage.
  const down = new Database({
    kind: "remote",
    uri: "bolt://127.0.0.1:1",
    username: "neo4j",
    password: "irrelevant",
    database: "neo4j",
    stop: async () => {},
  });
  const healthy = testDatabase();
  let server: RunningServer;
  beforeAll(async () => {
    // The schema is built against the healthy database; health then checks the unreachable one.
    const { buildGraphQLSchema } = await import("../../src/api/graphql-schema.js");
    const { startHttpServer } = await import("../../src/api/app.js");
    const schema = await buildGraphQLSchema(healthy, undefined);
    server = await startHttpServer(down, schema, {
      port: 0,
      jwtSecret: undefined,
      production: false,
      seedOnEmpty: false,
    });
  });
  afterAll(async () => {
    await server.close();
    await down.close();
    await healthy.close();
  });

  it("answers 503 with the reason", async () => {
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as Record<string, string>;
    expect(body.status).toBe("unavailable");
    expect(body.reason).toMatch(/unavailable|connect|ECONNREFUSED/i);
  });
});
