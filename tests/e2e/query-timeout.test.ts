import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/api/app.js";
import { graphql, startTestServer } from "../helpers/api-server.js";
import { testDatabase, uniquePrefix } from "../helpers/database.js";

// Test data built to be slow (marked as test data by its ids): a layered spin-off DAG, 11
// generations of 4 organizations, each a spin-off of all 4 above it, so a 10-generation
// descendants query enumerates 4^10 paths; and a clique of 200 allied firms for a generated query
// whose nested filters explore 200^3 combinations (two levels of relationship filters: the request
// limits refuse a third level over organizations before any Cypher is generated).
const db = testDatabase();
const prefix = uniquePrefix("timeout");
const TIMEOUT_MS = 1_500;
let server: RunningServer;

beforeAll(async () => {
  await db.write(
    `UNWIND range(0, 10) AS layer UNWIND range(0, 3) AS i
     CREATE (:Organization:Firm {id: $prefix + '-dag-' + layer + '-' + i, name: 'Test DAG ' + layer + '-' + i, source: 'test'})`,
    { prefix },
  );
  await db.write(
    `UNWIND range(1, 10) AS layer UNWIND range(0, 3) AS i UNWIND range(0, 3) AS j
     MATCH (child:Organization {id: $prefix + '-dag-' + layer + '-' + i})
     MATCH (parent:Organization {id: $prefix + '-dag-' + (layer - 1) + '-' + j})
     CREATE (child)-[:SPUN_OFF_FROM {source: 'test'}]->(parent)`,
    { prefix },
  );
  await db.write(
    `UNWIND range(0, 199) AS i CREATE (:Organization:Firm {id: $prefix + '-clique-' + i, name: 'Test clique ' + i, source: 'test'})`,
    { prefix },
  );
  await db.write(
    `MATCH (a:Firm), (b:Firm) WHERE a.id STARTS WITH $clique AND b.id STARTS WITH $clique AND a.id < b.id
     CREATE (a)-[:ALLIANCE {type: 'STRATEGIC', source: 'test'}]->(b)`,
    { clique: `${prefix}-clique-` },
  );
  server = await startTestServer(db, { queryTimeoutMs: TIMEOUT_MS });
});

afterAll(async () => {
  await server?.close();
  await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  await db.close();
});

type Tx = { id: string; query: string; status: string };

async function transactionsMatching(predicate: (tx: Tx) => boolean): Promise<Tx[]> {
  const rows = await db.read<{ id: string; query: string; status: string }>(
    "SHOW TRANSACTIONS YIELD transactionId AS id, currentQuery AS query, status",
  );
  return rows.filter(predicate);
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

async function expectTerminated(
  query: string,
  isOurs: (tx: Tx) => boolean,
  codes: string[] = ["QUERY_TIMEOUT"],
) {
  const response = graphql(server, query);
  // While the request runs, its transaction is visible on the server...
  const running = await waitFor(async () => (await transactionsMatching(isOurs))[0], 10_000);
  expect(running, "the slow transaction never showed up in SHOW TRANSACTIONS").toBeDefined();
  // ...the client gets QUERY_TIMEOUT...
  const { body } = await response;
  expect(codes).toContain(body.errors?.[0]?.extensions?.code);
  expect(body.errors?.[0]?.message).toMatch(/time limit|memory/);
  // ...and the server really ended it (not just the client giving up).
  const gone = await waitFor(
    async () => ((await transactionsMatching((tx) => tx.id === running?.id)).length === 0 ? true : undefined),
    10_000,
  );
  expect(gone, `transaction ${running?.id} still listed by SHOW TRANSACTIONS`).toBe(true);
}

describe("every transaction the API opens has a timeout (QUERY_TIMEOUT_MS)", () => {
  it("terminates a traversal that runs too long", async () => {
    await expectTerminated(
      `{ spinOffDescendants(id: "${prefix}-dag-0-0", maxDepth: 10) { depth organization { id } } }`,
      (tx) => tx.query.includes("SPUN_OFF_FROM*1..10"),
      // This traversal sorts a million paths: on an idle machine it reaches the per-query memory
      // limit (NEO4J_QUERY_MEMORY) before the time limit, on a busy one the time limit first. Either
      // way the server ends it; the generated query below holds little memory and must time out.
      ["QUERY_TIMEOUT", "QUERY_MEMORY_EXCEEDED"],
    );
  });

  it("terminates a generated query that runs too long", async () => {
    const where = `{ id: { startsWith: "${prefix}-clique-" }, alliances: { some: { alliances: { some: { name: { eq: "none of them" } } } } } }`;
    await expectTerminated(
      `{ firms(where: ${where}, limit: 1) { id } }`,
      // Neo4j may still be planning this query when it is terminated, and a transaction being
      // planned shows an empty currentQuery: so any transaction but the probe's own counts here
      // (test files run one at a time, so nothing else runs now).
      (tx) => tx.status === "Running" && !tx.query.startsWith("SHOW TRANSACTIONS"),
    );
  });
});
