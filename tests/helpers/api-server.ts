import { afterAll, beforeAll } from "vitest";
import { type RunningServer, type ServerSettings, startHttpServer } from "../../src/api/app.js";
import { buildGraphQLSchema } from "../../src/api/graphql-schema.js";
import type { Database } from "../../src/db/database.js";
import { testDatabase } from "./database.js";

export const TEST_JWT_SECRET = "test-secret-with-at-least-32-characters!";

/** The real HTTP server (Express + Apollo + @neo4j/graphql) on a free port, against the given database. */
export async function startTestServer(
  db: Database,
  options: Partial<ServerSettings> = {},
): Promise<RunningServer> {
  // Not the production 10 s: the first plan of a generated query over six organization kinds took
  // up to ~10 s on a cold Neo4j on a loaded 2-core CI machine (a test asserting results, not speed,
  // must not fail on that). Timeouts themselves are tested with their own short limit
  // (tests/e2e/query-timeout.test.ts).
  const timeout = options.queryTimeoutMs ?? 30_000;
  const apiDb = db.withTransactionTimeout(timeout);
  const schema = await buildGraphQLSchema(apiDb, TEST_JWT_SECRET);
  return startHttpServer(apiDb, schema, {
    port: 0,
    jwtSecret: TEST_JWT_SECRET,
    production: false,
    seedOnEmpty: false,
    ...options,
  });
}

/** POSTs a GraphQL operation the way a browser app would (JSON body, so CSRF prevention lets it through). */
export async function graphql<T = unknown>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}> {
  const post = () =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
  let res: Response;
  try {
    res = await post();
  } catch (error) {
    // A test that runs a CLI synchronously blocks this process past the server's keep-alive
    // timeout; the pooled connection is then closed under the next request (ECONNRESET before any
    // response). Only that case is retried, once, on a fresh connection.
    if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
    res = await post();
  }
  return { status: res.status, body: (await res.json()) as never };
}

/**
 * Registers the hooks that start the real server for a test file and stop it (then close the
 * database handle) afterwards. Read `server` inside tests, after beforeAll has run.
 */
export function withTestServer(options: Partial<ServerSettings> = {}): {
  db: Database;
  readonly server: RunningServer;
} {
  const db = testDatabase();
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(db, options);
  });
  afterAll(async () => {
    await server?.close();
    await db.close();
  });
  return {
    db,
    get server(): RunningServer {
      if (!server) throw new Error("the test server is not started yet (use it inside a test)");
      return server;
    },
  };
}
