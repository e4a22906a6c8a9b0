import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/app.js";
import { loadConfig } from "../../src/config/env.js";
import { dataDir } from "../../src/paths.js";
import { startTestServer, withTestServer } from "../helpers/api-server.js";

const app = withTestServer();
const { db } = app;
const servers: RunningServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});
async function server(options: Parameters<typeof startTestServer>[1]) {
  const s = await startTestServer(db, options);
  servers.push(s);
  return s;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

describe("listening and headers", () => {
  it("listens on 127.0.0.1 unless HOST says otherwise", () => {
    expect(loadConfig({}).server.host).toBe("127.0.0.1");
    expect(loadConfig({ HOST: "0.0.0.0" }).server.host).toBe("0.0.0.0");
    expect(new URL(app.server.url).hostname).toBe("127.0.0.1");
  });

  it("sends security headers and no X-Powered-By, on the API and on the playground", async () => {
    for (const path of ["/graphql?query=%7B__typename%7D", "/", "/health"]) {
      const res = await fetch(`${app.server.url}${path}`, { headers: { "apollo-require-preflight": "1" } });
      expect(res.headers.get("x-powered-by"), path).toBeNull();
      expect(res.headers.get("content-security-policy"), path).toMatch(
        /default-src 'self'.*script-src 'self'/,
      );
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
    }
  });

  it("keeps .data/ private (0700) with its password file 0600, when the local provider made it", () => {
    if (!existsSync(join(dataDir, "neo4j"))) return;
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const password = join(dataDir, "neo4j-password");
    if (existsSync(password)) expect(statSync(password).mode & 0o777).toBe(0o600);
    const auth = join(dataDir, "neo4j", "data", "dbms", "auth.ini");
    if (existsSync(auth)) expect(statSync(auth).mode & 0o777).toBe(0o600);
  });
});

describe("field suggestions", () => {
  it("are given in development and withheld in production", async () => {
    const query = { query: "{ firm { id } }" };
    const dev = (await (await post(app.server.url, query)).json()) as { errors: { message: string }[] };
    expect(dev.errors[0]?.message).toMatch(/Did you mean/);
    const production = await server({ production: true });
    const prod = (await (await post(production.url, query)).json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(prod.errors[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(prod.errors[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe("rate limit", () => {
  let limited: RunningServer;
  beforeAll(async () => {
    limited = await server({ rateLimitPerMinute: 3 });
  });

  it("answers 429 with Retry-After and a JSON error after the limit, and never limits /health", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(limited.url, { query: "{ __typename }" })).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await post(limited.url, { query: "{ __typename }" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe("RATE_LIMITED");
    expect((await fetch(`${limited.url}/health`)).status).toBe(200);
  });

  it("counts a client's API and page requests against one budget", async () => {
    // /graphql is served outside Express (src/api/http/graphql-endpoint.ts) with the same limiter.
    const shared = await server({ rateLimitPerMinute: 3 });
    expect((await fetch(`${shared.url}/`)).status).toBe(200);
    expect((await post(shared.url, { query: "{ __typename }" })).status).toBe(200);
    expect((await fetch(`${shared.url}/`)).status).toBe(200);
    expect((await post(shared.url, { query: "{ __typename }" })).status).toBe(429);
    expect((await fetch(`${shared.url}/`)).status).toBe(429);
  });
});

describe("the /graphql path", () => {
  it("answers on /graphql and /graphql/, and anything below it is a JSON 404", async () => {
    const query = JSON.stringify({ query: "{ __typename }" });
    const headers = { "content-type": "application/json" };
    for (const path of ["/graphql", "/graphql/", "/graphql?x=1"]) {
      const res = await fetch(`${app.server.url}${path}`, { method: "POST", headers, body: query });
      expect(res.status, path).toBe(200);
      expect(await res.json(), path).toEqual({ data: { __typename: "Query" } });
    }
    const below = await fetch(`${app.server.url}/graphql/extra`, { method: "POST", headers, body: query });
    expect(below.status).toBe(404);
    expect(
      ((await below.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe("NOT_FOUND");
  });

  it("names a body that is not JSON, one that is too large, and an unsupported method", async () => {
    const send = (body: string, method = "POST") =>
      fetch(`${app.server.url}/graphql`, { method, headers: { "content-type": "application/json" }, body });
    const bad = await send('{"query":');
    expect(bad.status).toBe(400);
    expect(
      ((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe("BAD_REQUEST");
    const large = await send(JSON.stringify({ query: `{ __typename } #${"x".repeat(1_100_000)}` }));
    expect(large.status).toBe(413);
    expect(
      ((await large.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe("PAYLOAD_TOO_LARGE");
    const put = await send(JSON.stringify({ query: "{ __typename }" }), "PUT");
    expect(put.status).toBe(405);
  });
});

describe("CORS", () => {
  const preflight = (url: string, origin: string) =>
    fetch(`${url}/graphql`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type,authorization",
      },
    });

  it("is off by default: no Access-Control-Allow-Origin for another origin", async () => {
    const res = await post(app.server.url, { query: "{ __typename }" }, { origin: "http://127.0.0.1:5173" });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers the preflight of an allowed origin before CSRF prevention, and only that origin", async () => {
    const cors = await server({ corsOrigins: ["http://127.0.0.1:5173"] });
    const ok = await preflight(cors.url, "http://127.0.0.1:5173");
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:5173");
    expect(ok.headers.get("access-control-allow-headers")).toMatch(/authorization/);
    const other = await preflight(cors.url, "http://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    // CSRF prevention is still on for requests a browser sends without a preflight.
    const simple = await fetch(`${cors.url}/graphql`, {
      method: "POST",
      headers: { origin: "http://127.0.0.1:5173", "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });

  it("allows any origin with *, without credentials", async () => {
    const any = await server({ corsOrigins: ["*"] });
    const res = await preflight(any.url, "http://anywhere.example");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });
});
