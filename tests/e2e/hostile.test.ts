import { getIntrospectionQuery } from "graphql";
import { SignJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/jwt.js";
import { transactionNumber } from "../../src/db/transaction-counter.js";
import { TEST_JWT_SECRET, withTestServer } from "../helpers/api-server.js";
import { graphChecksum } from "../helpers/graph-checksum.js";

// The requests an attacker (or a careless client) sends, each with the status and error code the API
// must answer. The graph checksum proves that none of them changed anything.
const app = withTestServer();
const { db } = app;

const key = new TextEncoder().encode(TEST_JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);
const signed = (payload: Record<string, unknown>, secret = key) =>
  new SignJWT(payload).setProtectedHeader({ alg: "HS256", typ: "JWT" }).sign(secret);

const tokens: Record<string, string> = {};
beforeAll(async () => {
  tokens.viewer = await mintToken(TEST_JWT_SECRET, { role: "viewer", subject: "hostile-viewer" });
  tokens.editor = await mintToken(TEST_JWT_SECRET, { role: "editor", subject: "hostile-editor" });
  tokens.empty = await signed({});
  tokens.noExp = await signed({ sub: "x", roles: ["admin"], iat: now() });
  tokens.noSub = await signed({ roles: ["admin"], iat: now(), exp: now() + 600 });
  tokens.expired = await signed({ sub: "x", roles: ["admin"], iat: now() - 7200, exp: now() - 3600 });
  tokens.tooLong = await signed({ sub: "x", roles: ["admin"], iat: now(), exp: now() + 30 * 86400 });
  tokens.forged = await signed(
    { sub: "x", roles: ["admin"], iat: now(), exp: now() + 600 },
    new TextEncoder().encode("another-secret-of-enough-length-000"),
  );
  const unsigned = (part: object) => Buffer.from(JSON.stringify(part)).toString("base64url");
  tokens.algNone = `${unsigned({ alg: "none", typ: "JWT" })}.${unsigned({ sub: "x", roles: ["admin"], exp: now() + 600 })}.`;
});

let before: Awaited<ReturnType<typeof graphChecksum>>;
beforeAll(async () => {
  before = await graphChecksum(db);
});

interface Case {
  name: string;
  /** A GraphQL operation, sent as a JSON POST … */
  query?: string;
  variables?: unknown;
  operationName?: string;
  token?: string;
  authorization?: string;
  /** … or a raw HTTP request. */
  raw?: { method?: string; path?: string; body?: string; headers?: Record<string, string> };
  status: number;
  /** The first error's extensions.code; null = must succeed without errors. */
  code: string | null;
}

const repeat = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join(" ");
const nestedNot = (n: number) => `${"{ NOT: ".repeat(n)}{ id: { eq: "x" } }${" }".repeat(n)}`;
const nestedAnd = (n: number) => `${"{ AND: [".repeat(n)}{ id: { eq: "x" } }${"] }".repeat(n)}`;
const create = (id: string, extra = "") =>
  `mutation { createFirms(input: [{ id: "${id}", name: "Hostile", source: "segers2015:text"${extra} }]) { firms { id } } }`;

const CASES: Case[] = [
  // --- HTTP layer: never HTML, never a stack trace
  { name: "malformed JSON", raw: { body: '{"query":' }, status: 400, code: "BAD_REQUEST" },
  { name: "body null", raw: { body: "null" }, status: 400, code: "BAD_REQUEST" },
  { name: "body 42", raw: { body: "42" }, status: 400, code: "BAD_REQUEST" },
  { name: "body a JSON string", raw: { body: '"{ firms { id } }"' }, status: 400, code: "BAD_REQUEST" },
  {
    name: "charset=utf-16",
    raw: {
      body: '{"query":"{ firms { id } }"}',
      headers: { "content-type": "application/json; charset=utf-16" },
    },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "charset=koi8-r",
    raw: {
      body: '{"query":"{ firms { id } }"}',
      headers: { "content-type": "application/json; charset=koi8-r" },
    },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  {
    name: "2 MB body",
    raw: { body: JSON.stringify({ query: `{ firms { id } } #${"x".repeat(2_000_000)}` }) },
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "batched operations",
    raw: { body: JSON.stringify([{ query: "{ firms { id } }" }, { query: "{ firms { id } }" }]) },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "text/plain (CSRF)",
    raw: { body: '{"query":"{ firms { id } }"}', headers: { "content-type": "text/plain" } },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "form post (CSRF)",
    raw: {
      body: "query=%7B%20firms%20%7B%20id%20%7D%20%7D",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "simple cross-site GET (CSRF)",
    raw: { method: "GET", path: "/graphql?query=%7B%20firms%20%7B%20id%20%7D%20%7D", headers: {} },
    status: 400,
    code: "BAD_REQUEST",
  },
  { name: "empty JSON object", raw: { body: "{}" }, status: 400, code: "BAD_REQUEST" },
  { name: "query is a number", raw: { body: '{"query": 5}' }, status: 400, code: "BAD_REQUEST" },
  {
    name: "variables are a number",
    raw: { body: '{"query":"{ firms { id } }","variables":5}' },
    status: 400,
    code: "BAD_REQUEST",
  },
  { name: "unknown path", raw: { method: "GET", path: "/wp-admin.php" }, status: 404, code: "NOT_FOUND" },
  {
    name: "path traversal",
    raw: { method: "GET", path: "/playground/..%2f..%2fpackage.json" },
    status: 404,
    code: "NOT_FOUND",
  },

  // --- GraphQL documents
  { name: "syntax error", query: "{ firms { id }", status: 400, code: "GRAPHQL_PARSE_FAILED" },
  { name: "unknown field", query: "{ firms { password } }", status: 400, code: "GRAPHQL_VALIDATION_FAILED" },
  {
    name: "unknown operationName",
    query: "query A { firms(limit: 1) { id } }",
    operationName: "Nope",
    status: 400,
    code: "OPERATION_RESOLUTION_FAILURE",
  },
  {
    name: "operationName on an anonymous operation",
    query: "{ firms(limit: 1) { id } }",
    operationName: "Nope",
    status: 400,
    code: "OPERATION_RESOLUTION_FAILURE",
  },
  {
    name: "subscription",
    query: "subscription { firms { id } }",
    status: 400,
    code: "OPERATION_NOT_SUPPORTED",
  },
  {
    name: "missing variable",
    query: "query($id: ID!) { spinOffLineage(id: $id) { depth } }",
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "mistyped variable",
    query: "query($n: Int) { firms(limit: $n) { id } }",
    variables: { n: "many" },
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "fragment cycle",
    query: "{ firms { ...A } } fragment A on Firm { alliances { ...B } } fragment B on Organization { ...A }",
    status: 400,
    code: "GRAPHQL_VALIDATION_FAILED",
  },
  {
    name: "5,000 OR terms inline (too many tokens)",
    query: `{ firms(where: { OR: [${repeat(5000, (i) => `{ id: { eq: "x${i}" } }`)}] }) { id } }`,
    status: 400,
    code: "GRAPHQL_PARSE_FAILED",
  },
  {
    name: "5,000 OR terms in a variable",
    query: "query($w: FirmWhere) { firms(where: $w) { id } }",
    variables: { w: { OR: Array.from({ length: 5000 }, (_, i) => ({ id: { eq: `x${i}` } })) } },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "5,000 ids in an `in` list",
    query: "query($ids: [ID!]) { firms(where: { id: { in: $ids } }) { id } }",
    variables: { ids: Array.from({ length: 5000 }, (_, i) => `x${i}`) },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "1,000 nested NOT",
    query: `{ firms(where: ${nestedNot(1000)}) { id } }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "1,000 nested AND",
    query: `{ firms(where: ${nestedAnd(1000)}) { id } }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "deeply nested where in a variable",
    query: "query($w: FirmWhere) { firms(where: $w) { id } }",
    variables: {
      w: JSON.parse(
        JSON.stringify(
          Array(30)
            .fill(0)
            .reduce((w) => ({ NOT: w }), { id: { eq: "x" } }),
        ),
      ),
    },
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  // --- automatic persisted queries (Apollo's APQ): every refusal has its own code
  {
    name: "APQ hash that does not match the query",
    raw: {
      body: JSON.stringify({
        query: "{ firms(limit: 1) { id } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      }),
    },
    status: 400,
    code: "PERSISTED_QUERY_HASH_MISMATCH",
  },
  {
    name: "APQ hash that does not match the query, by GET",
    raw: {
      method: "GET",
      path: `/graphql?query=${encodeURIComponent("{ firms(limit: 1) { id } }")}&extensions=${encodeURIComponent(
        JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } }),
      )}`,
      headers: { "apollo-require-preflight": "true" },
    },
    status: 400,
    code: "PERSISTED_QUERY_HASH_MISMATCH",
  },
  {
    name: "APQ unknown hash without the query",
    raw: {
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "f".repeat(64) } } }),
    },
    // 200, so that Apollo Client's and urql's persisted-query links send the query and register it.
    status: 200,
    code: "PERSISTED_QUERY_NOT_FOUND",
  },
  {
    name: "APQ unsupported version",
    raw: {
      body: JSON.stringify({
        query: "{ firms(limit: 1) { id } }",
        extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } },
      }),
    },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "40 aliases of networkMetrics",
    query: `{ ${repeat(40, (i) => `a${i}: networkMetrics { nodeCount }`)} }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "10 aliases of networkMetrics",
    query: `{ ${repeat(10, (i) => `a${i}: networkMetrics { nodeCount }`)} }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "1,000 aliases of partnerDependency",
    query: `{ ${repeat(1000, (i) => `a${i}: partnerDependency(id: "ablynx") { concentration }`)} }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "399 aliases of connectionPath(maxHops: 10)",
    query: `{ ${repeat(399, (i) => `a${i}: connectionPath(fromId: "oncurious", toId: "novartis", maxHops: 10) { via }`)} }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "nested lists that multiply",
    query: "{ firms { alliances { alliances { alliances { name } } } } }",
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "13 levels deep",
    query: `{ firms(limit: 1) { ${"alliances(limit: 1) { ".repeat(11)}name${" }".repeat(11)} } }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "a relationship filter three organization levels deep",
    query: `{ firms(where: { alliances: { some: { alliances: { some: { alliances: { some: { name: { eq: "x" } } } } } } } }, limit: 1) { id } }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "three organization levels of one row each",
    query:
      "{ firms(limit: 1) { alliances(limit: 1) { alliances(limit: 1) { alliances(limit: 1) { name } } } } }",
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },
  {
    name: "aliases through fragments",
    query: `{ ...F } fragment F on Query { ${repeat(50, (i) => `a${i}: ecosystemSummary { firmCount }`)} }`,
    status: 400,
    code: "QUERY_TOO_COMPLEX",
  },

  // --- paging arguments
  { name: "limit -1", query: "{ firms(limit: -1) { id } }", status: 400, code: "BAD_USER_INPUT" },
  { name: "limit 0", query: "{ firms(limit: 0) { id } }", status: 400, code: "BAD_USER_INPUT" },
  { name: "offset -5", query: "{ firms(offset: -5) { id } }", status: 400, code: "BAD_USER_INPUT" },
  {
    name: "first -1",
    query: "{ firmsConnection(first: -1) { totalCount } }",
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "nested limit -1",
    query: '{ firms(where: { id: { eq: "ablynx" } }) { alliances(limit: -1) { id } } }',
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "garbage cursor",
    query: '{ firmsConnection(first: 2, after: "garbage") { edges { node { id } } } }',
    status: 400,
    code: "BAD_USER_INPUT",
  },
  {
    name: "forged cursor",
    query: `{ firmsConnection(first: 2, after: "${Buffer.from("arrayconnection:-1 OR 1=1").toString("base64")}") { totalCount } }`,
    status: 400,
    code: "BAD_USER_INPUT",
  },

  // --- traversal arguments (answered by the resolver: HTTP 200 with an error)
  {
    name: "injection in a traversal id",
    query: `{ spinOffLineage(id: "x' OR 1=1 //") { depth } }`,
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "injection in a where value",
    query: '{ firms(where: { id: { eq: "x\\"}) MATCH (n) DETACH DELETE n //" } }) { id } }',
    status: 200,
    code: null,
  },
  {
    name: "maxHops 11",
    query: '{ connectionPath(fromId: "oncurious", toId: "novartis", maxHops: 11) { via } }',
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "maxHops 0",
    query: '{ connectionPath(fromId: "oncurious", toId: "novartis", maxHops: 0) { via } }',
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "asOf 3000",
    query: '{ partnerDependency(id: "ablynx", asOf: 3000) { concentration } }',
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "top 1000",
    query: "{ ecosystemSummary(top: 1000) { firmCount } }",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "unknown id",
    query: '{ spinOffLineage(id: "atlantis") { depth } }',
    status: 200,
    code: "NOT_FOUND",
  },

  // --- what must keep working
  { name: "the standard introspection query", query: getIntrospectionQuery(), status: 200, code: null },
  { name: "__typename", query: "{ __typename }", status: 200, code: null },
  { name: "a page of 200", query: "{ organizations(limit: 200) { id } }", status: 200, code: null },

  // --- tokens
  { name: "anonymous create", query: create("hostile-a"), status: 200, code: "UNAUTHENTICATED" },
  {
    name: "anonymous delete everything",
    query: "mutation { deleteFirms(where: {}) { nodesDeleted } }",
    status: 200,
    code: "UNAUTHENTICATED",
  },
  {
    name: "token with payload {}",
    query: create("hostile-b"),
    token: "empty",
    status: 401,
    code: "UNAUTHENTICATED",
  },
  {
    name: "token without exp",
    query: create("hostile-c"),
    token: "noExp",
    status: 401,
    code: "UNAUTHENTICATED",
  },
  {
    name: "token without sub",
    query: create("hostile-d"),
    token: "noSub",
    status: 401,
    code: "UNAUTHENTICATED",
  },
  {
    name: "expired token",
    query: create("hostile-e"),
    token: "expired",
    status: 401,
    code: "UNAUTHENTICATED",
  },
  {
    name: "token living 30 days",
    query: create("hostile-f"),
    token: "tooLong",
    status: 401,
    code: "UNAUTHENTICATED",
  },
  {
    name: "token signed with another secret",
    query: create("hostile-g"),
    token: "forged",
    status: 401,
    code: "UNAUTHENTICATED",
  },
  { name: "alg none", query: create("hostile-h"), token: "algNone", status: 401, code: "UNAUTHENTICATED" },
  {
    name: "Basic authorization",
    query: "{ __typename }",
    authorization: "Basic bmVvNGo6bmVvNGo=",
    status: 401,
    code: "UNAUTHENTICATED",
  },
  { name: "viewer creates", query: create("hostile-i"), token: "viewer", status: 200, code: "FORBIDDEN" },
  {
    name: "viewer deletes everything",
    query: "mutation { deleteFirms(where: {}) { nodesDeleted } }",
    token: "viewer",
    status: 200,
    code: "FORBIDDEN",
  },
  {
    name: "editor deletes one firm",
    query: 'mutation { deleteFirms(where: { id: { eq: "ablynx" } }) { nodesDeleted } }',
    token: "editor",
    status: 200,
    code: "FORBIDDEN",
  },
  {
    name: "editor updates every firm",
    query: 'mutation { updateFirms(where: {}, update: { note: { set: "x" } }) { firms { id } } }',
    token: "editor",
    status: 200,
    code: "FORBIDDEN",
  },
  {
    name: "editor deletes through a nested update",
    query:
      'mutation { updateFirms(where: { id: { eq: "ablynx" } }, update: { alliances: [{ delete: [{ where: { node: { id: { eq: "novartis" } } } }] }] }) { firms { id } } }',
    token: "editor",
    status: 200,
    code: "FORBIDDEN",
  },
  {
    name: "editor creates 21 firms",
    query: `mutation { createFirms(input: [${repeat(21, (i) => `{ id: "hostile-bulk-${i}", name: "B", source: "segers2015:text" }`)}]) { firms { id } } }`,
    token: "editor",
    status: 200,
    code: "FORBIDDEN",
  },
  {
    name: "id that is not a slug",
    query: create("Not A Slug"),
    token: "editor",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "empty name",
    query:
      'mutation { createFirms(input: [{ id: "hostile-j", name: " ", source: "segers2015:text" }]) { firms { id } } }',
    token: "editor",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "unknown source key",
    query:
      'mutation { createFirms(input: [{ id: "hostile-k", name: "K", source: "made-up" }]) { firms { id } } }',
    token: "editor",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "no source",
    query: 'mutation { createFirms(input: [{ id: "hostile-l", name: "L" }]) { firms { id } } }',
    token: "editor",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "founded in 3000",
    query: create("hostile-m", ", foundedYear: 3000"),
    token: "editor",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "alliance since 1800",
    query:
      'mutation { updateFirms(where: { id: { eq: "ablynx" } }, update: { alliances: [{ connect: [{ where: { node: { id: { eq: "novartis" } } }, edge: { type: LICENSING, since: 1800, source: "segers2015:text" } }] }] }) { firms { id } } }',
    token: "editor",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "update to an empty name",
    query:
      'mutation { updateFirms(where: { id: { eq: "ablynx" } }, update: { name: { set: "" } }) { firms { id } } }',
    token: "editor",
    status: 200,
    code: "BAD_USER_INPUT",
  },
  {
    name: "anonymous reads the audit trail",
    query: "{ auditTrail { sub } }",
    status: 200,
    code: "FORBIDDEN",
  },
  {
    name: "editor reads the audit trail",
    query: "{ auditTrail { sub } }",
    token: "editor",
    status: 200,
    code: "FORBIDDEN",
  },
];

async function send(c: Case): Promise<{ status: number; type: string; text: string }> {
  const raw = c.raw;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (c.token) headers.authorization = `Bearer ${tokens[c.token]}`;
  if (c.authorization) headers.authorization = c.authorization;
  const method = raw?.method ?? "POST";
  const res = await fetch(`${app.server.url}${raw?.path ?? "/graphql"}`, {
    method,
    headers: raw
      ? { ...(method === "POST" ? { "content-type": "application/json" } : {}), ...raw.headers }
      : headers,
    ...(method === "POST"
      ? {
          body:
            raw?.body ??
            JSON.stringify({
              query: c.query,
              variables: c.variables ?? {},
              ...(c.operationName ? { operationName: c.operationName } : {}),
            }),
        }
      : {}),
  });
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
}

describe("hostile requests", () => {
  it("has at least 60 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const { status, type, text } = await send(c);
    expect(type, text.slice(0, 300)).toMatch(/^application\/json/);
    expect(text).not.toMatch(/<html|\n\s+at |node_modules|\/work\/|\/home\//i);
    const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect({ status, code: body.errors?.[0]?.extensions?.code ?? null }, text.slice(0, 300)).toEqual({
      status: c.status,
      code: c.code,
    });
    if (c.code) expect(body.errors?.[0]?.message.length).toBeGreaterThan(5);
  });

  // Issue #10: cases 1-3 and 10 (and their kind) must be refused with the database untouched. Neo4j
  // numbers its transactions in sequence, so a reading before and after each request that differ by
  // exactly 1 (the second reading) prove the server opened no transaction for it.
  const refusedBeforeTheDatabase = [
    "40 aliases of networkMetrics",
    "10 aliases of networkMetrics",
    "5,000 OR terms inline (too many tokens)",
    "5,000 OR terms in a variable",
    "5,000 ids in an `in` list",
    "1,000 aliases of partnerDependency",
    "399 aliases of connectionPath(maxHops: 10)",
    "1,000 nested NOT",
    "1,000 nested AND",
    "subscription",
    "APQ hash that does not match the query",
  ];
  it.each(refusedBeforeTheDatabase)("%s: no transaction reached the database", async (name) => {
    const c = CASES.find((x) => x.name === name);
    if (!c) throw new Error(`no hostile case named ${name}`);
    const before = await transactionNumber(db);
    const { status } = await send(c);
    const after = await transactionNumber(db);
    expect(status).toBe(c.status);
    expect(after - before).toBe(1);
  });

  it("sees the transaction of a request that does reach the database (the check above can fail)", async () => {
    const before = await transactionNumber(db);
    await send({
      name: "a read",
      query: '{ firms(where: { id: { eq: "ablynx" } }) { id } }',
      status: 200,
      code: null,
    });
    expect((await transactionNumber(db)) - before).toBeGreaterThan(1);
  });

  // Runs after every case above (tests of a file run in order).
  it("left the graph exactly as it was", async () => {
    expect(await graphChecksum(db)).toEqual(before);
  });
});
