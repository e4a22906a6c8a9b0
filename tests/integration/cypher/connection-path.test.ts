import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/analytics/centrality.js";
import { loadQuery } from "../../../src/cypher/library.js";
import { querySubstitutes } from "../../../src/cypher/procedure-fallbacks.js";
import { runQuery } from "../../../src/cypher/run-query.js";
import { testDatabase, uniquePrefix } from "../../helpers/database.js";

// connection-path.cypher searches with the project's procedure ecosystem.connectionPath
// (neo4j-local/procedures/), connection-path-fallback.cypher with Cypher's shortestPath. Both must
// find paths of the same length (the shortest) between every pair, or no path within maxHops alike.
const db = testDatabase();
const prefix = uniquePrefix("connection-path");
const LINKS = ["ALLIANCE", "SPUN_OFF_FROM", "ACQUIRED", "SUBSIDIARY_OF"];

// Test data: a synthetic ecosystem shaped like the large ones (not real organizations): three hub
// partners with many alliances, spin-off chains, acquisitions and subsidiaries, an isolated pair and
// one Region every organization is LOCATED_IN (never a link: following it would shorten every path).
const FIRMS = 90;
function syntheticGraph(): {
  nodes: { id: string; kind: string }[];
  rels: { from: string; to: string; type: string }[];
} {
  // Seeded: the same graph on every run.
  const random = seededRandom(9);
  const id = (kind: string, i: number) => `${prefix}-${kind}-${i}`;
  const nodes = [
    ...Array.from({ length: FIRMS }, (_, i) => ({ id: id("firm", i), kind: "Firm" })),
    ...Array.from({ length: 3 }, (_, i) => ({ id: id("hub", i), kind: "PharmaCompany" })),
  ];
  const firm = () => id("firm", Math.floor(random() * (FIRMS - 2)));
  const rels: { from: string; to: string; type: string }[] = [];
  for (let h = 0; h < 3; h++)
    for (let k = 0; k < 25 - 8 * h; k++) rels.push({ from: firm(), to: id("hub", h), type: "ALLIANCE" });
  for (let k = 0; k < 40; k++) rels.push({ from: firm(), to: firm(), type: "ALLIANCE" });
  for (let i = 1; i < 30; i++)
    rels.push({ from: id("firm", i), to: id("firm", Math.floor(i / 2)), type: "SPUN_OFF_FROM" });
  for (let k = 0; k < 8; k++) rels.push({ from: firm(), to: firm(), type: "ACQUIRED" });
  for (let k = 0; k < 5; k++) rels.push({ from: firm(), to: id("hub", k % 3), type: "SUBSIDIARY_OF" });
  // The last two firms only know each other.
  rels.push({ from: id("firm", FIRMS - 2), to: id("firm", FIRMS - 1), type: "ALLIANCE" });
  return { nodes, rels: rels.filter((r) => r.from !== r.to) };
}

beforeAll(async () => {
  const { nodes, rels } = syntheticGraph();
  await db.write(
    `CREATE (r:Region {id: $prefix + '-region', name: 'Test region'})
     WITH r UNWIND $nodes AS n
     CALL apoc.create.node(['Organization', n.kind], {id: n.id, name: n.id}) YIELD node
     CREATE (node)-[:LOCATED_IN]->(r)`,
    { prefix, nodes },
  );
  await db.write(
    `UNWIND $rels AS rel
     MATCH (a:Organization {id: rel.from}), (b:Organization {id: rel.to})
     CALL apoc.create.relationship(a, rel.type, {}, b) YIELD rel AS created
     RETURN count(created)`,
    { rels },
  );
});

afterAll(async () => {
  await db.write("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  await db.close();
});

interface PairResult {
  from: string;
  to: string;
  procedure: number | null;
  shortest: number | null;
  valid: boolean;
}

/**
 * Every pair of `ids`, both searches in one statement: the lengths, and whether the procedure's path
 * runs from `from` to `to` over links only, each relationship joining consecutive nodes.
 */
async function comparePairs(ids: string[], maxHops: number): Promise<PairResult[]> {
  return db.read<PairResult>(
    `UNWIND $ids AS fromId UNWIND $ids AS toId
     WITH fromId, toId WHERE fromId < toId
     MATCH (a:Organization {id: fromId}), (b:Organization {id: toId})
     OPTIONAL CALL ecosystem.connectionPath(a, b, $maxHops) YIELD path
     OPTIONAL CALL (a, b) {
       MATCH p = shortestPath((a)-[:ALLIANCE|SPUN_OFF_FROM|ACQUIRED|SUBSIDIARY_OF*1..10]-(b))
       WITH p WHERE length(p) <= $maxHops
       RETURN length(p) AS shortest
     }
     RETURN fromId AS from, toId AS to, length(path) AS procedure, shortest,
            path IS NULL OR (nodes(path)[0] = a AND last(nodes(path)) = b
              AND all(i IN range(0, length(path) - 1) WHERE
                    type(relationships(path)[i]) IN $links
                    AND nodes(path)[i] IN [startNode(relationships(path)[i]), endNode(relationships(path)[i])]
                    AND nodes(path)[i + 1] IN [startNode(relationships(path)[i]), endNode(relationships(path)[i])])) AS valid`,
    { ids, maxHops: Math.trunc(maxHops), links: LINKS },
  );
}

describe("ecosystem.connectionPath against Cypher's shortestPath", () => {
  it("is installed on the project's database (the API and the CLI use no fallback)", async () => {
    expect(await querySubstitutes(db)).toEqual({});
  });

  it.each([6, 3, 1])(
    "finds paths of the same length on every pair of a hub-shaped graph (maxHops %i)",
    async (maxHops) => {
      const { nodes } = syntheticGraph();
      const results = await comparePairs(
        nodes.map((n) => n.id),
        maxHops,
      );
      expect(results.length).toBe((nodes.length * (nodes.length - 1)) / 2);
      const differing = results.filter((r) => r.procedure !== r.shortest || !r.valid);
      expect(differing).toEqual([]);
      // The graph has both outcomes: paths of several lengths, and pairs with none within maxHops.
      expect(results.filter((r) => r.shortest === null).length).toBeGreaterThan(0);
      if (maxHops > 1) expect(new Set(results.map((r) => r.shortest)).size).toBeGreaterThan(2);
    },
  );

  it("finds paths of the same length on every pair of the seed's organizations", async () => {
    const ids = (
      await db.read<{ id: string }>(
        "MATCH (o:Organization) WHERE NOT o.id STARTS WITH 'test-' RETURN o.id AS id",
      )
    ).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(60);
    const results = await comparePairs(ids, 6);
    expect(results.filter((r) => r.procedure !== r.shortest || !r.valid)).toEqual([]);
    expect(results.filter((r) => r.shortest !== null).length).toBeGreaterThan(100);
  });
});

describe("connection-path.cypher and its fallback", () => {
  const queries = [loadQuery("connection-path"), loadQuery("connection-path-fallback")];
  const run = (index: number, params: Record<string, unknown>) =>
    runQuery<{
      fromFound: boolean;
      toFound: boolean;
      step: number | null;
      id: string | null;
      via: string | null;
    }>(db, queries[index] as (typeof queries)[number], params);

  it.each([0, 1])("query %i: the path from an organization to itself is that organization", async (index) => {
    const rows = await run(index, { fromId: `${prefix}-hub-0`, toId: `${prefix}-hub-0`, maxHops: 6 });
    expect(rows).toMatchObject([
      { fromFound: true, toFound: true, step: 0, id: `${prefix}-hub-0`, via: null },
    ]);
  });

  it.each([0, 1])("query %i: an unknown id gives one row with found = false and no step", async (index) => {
    const rows = await run(index, { fromId: `${prefix}-nobody`, toId: `${prefix}-hub-0`, maxHops: 6 });
    expect(rows).toMatchObject([{ fromFound: false, toFound: true, step: null, id: null }]);
  });

  it.each([0, 1])("query %i: no path within maxHops gives one row with no step", async (index) => {
    const rows = await run(index, {
      fromId: `${prefix}-firm-${FIRMS - 1}`,
      toId: `${prefix}-hub-0`,
      maxHops: 6,
    });
    expect(rows).toMatchObject([{ fromFound: true, toFound: true, step: null, id: null }]);
  });

  it("both give a path of the same length, from the first id to the second", async () => {
    for (const [fromId, toId] of [
      ["oncurious", "novartis"],
      [`${prefix}-firm-29`, `${prefix}-hub-2`],
      [`${prefix}-firm-3`, `${prefix}-firm-70`],
    ]) {
      const [viaProcedure, viaShortestPath] = [
        await run(0, { fromId, toId }),
        await run(1, { fromId, toId }),
      ];
      expect(viaProcedure.length).toBe(viaShortestPath.length);
      expect(viaProcedure.length).toBeGreaterThan(1);
      expect(viaProcedure[0]?.id).toBe(fromId);
      expect(viaProcedure.at(-1)).toMatchObject({ id: toId, via: null });
    }
  });
});
