import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, withTestServer } from "../helpers/api-server.js";
import { uniquePrefix } from "../helpers/database.js";

// The queries a frontend needs (search, network drawing, time slider), over HTTP against the seed
// and against dated test data created here.
const app = withTestServer();
const { db } = app;

type Match = { score: number; organization: { id: string; name: string; __typename: string } };

async function search(query: string, limit?: number): Promise<Match[]> {
  const { body } = await graphql<{ searchOrganizations: Match[] }>(
    app.server,
    `query($q: String!, $limit: Int) { searchOrganizations(query: $q, limit: $limit) {
       score organization { id name __typename } } }`,
    { q: query, limit },
  );
  expect(body.errors).toBeUndefined();
  return body.data?.searchOrganizations ?? [];
}

describe("searchOrganizations", () => {
  it.each([
    ["ablinx", "ablynx"], // a typo
    ["ABLYNX", "ablynx"], // case
    ["GALÀPAGOS", "galapagos"], // accents and case
    ["thromb", "thrombogenics"], // an unfinished word (autocomplete)
    ["katholieke universiteit", "ku-leuven"], // an alias
    ["cardio3", "celyad"], // a former name
    ["novartsi", "novartis"], // transposed letters
  ])("%s finds %s first", async (query, id) => {
    const [first] = await search(query);
    expect(first?.organization.id).toBe(id);
    expect(first?.score).toBeGreaterThan(0);
  });

  it("ranks by score, best first, and honours limit", async () => {
    const matches = await search("argen-x", 3);
    expect(matches.length).toBe(3);
    expect(matches[0]?.organization.id).toBe("argenx");
    const scores = matches.map((m) => m.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("finds nothing for text without letters or digits", async () => {
    expect(await search("?!*")).toEqual([]);
  });

  it("finds an organization as soon as the transaction that wrote it commits", async () => {
    const prefix = uniquePrefix("search");
    await db.write("CREATE (:Organization:Firm {id: $id, name: 'Zyxwvut Biologics'})", {
      id: `${prefix}-firm`,
    });
    try {
      expect((await search("zyxwvut"))[0]?.organization.id).toBe(`${prefix}-firm`);
    } finally {
      await db.write("MATCH (n:Organization {id: $id}) DETACH DELETE n", { id: `${prefix}-firm` });
    }
  });

  it.each([
    [`{ searchOrganizations(query: "  ") { score } }`, /query/],
    [`{ searchOrganizations(query: "${"a".repeat(201)}") { score } }`, /query/],
    [`{ searchOrganizations(query: "ucb", limit: 0) { score } }`, /limit/],
    [`{ searchOrganizations(query: "ucb", limit: 51) { score } }`, /limit/],
  ])("%s -> BAD_USER_INPUT", async (query, message) => {
    const { body } = await graphql(app.server, query);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});

type Network = {
  truncated: boolean;
  nodes: { degree: number; community: number | null; organization: { id: string; __typename: string } }[];
  edges: { source: string; target: string; types: string[]; allianceCount: number; since: number | null }[];
};

async function network(args: Record<string, unknown>): Promise<Network> {
  const { body } = await graphql<{ allianceNetwork: Network }>(
    app.server,
    `query($asOf: Int, $regionId: ID, $centerId: ID, $hops: Int, $limit: Int) {
       allianceNetwork(asOf: $asOf, regionId: $regionId, centerId: $centerId, hops: $hops, limit: $limit) {
         truncated nodes { degree community organization { id __typename } }
         edges { source target types allianceCount since } } }`,
    args,
  );
  expect(body.errors).toBeUndefined();
  return body.data?.allianceNetwork as Network;
}

/** Each drawn node's degree is its number of edges, every edge joins two drawn nodes, one edge per pair. */
function expectConsistent(net: Network) {
  const ids = net.nodes.map((n) => n.organization.id);
  expect(new Set(ids).size).toBe(ids.length);
  const pairs = net.edges.map((e) => `${e.source}|${e.target}`);
  expect(new Set(pairs).size).toBe(pairs.length);
  for (const e of net.edges) {
    expect(e.source < e.target).toBe(true);
    expect(ids).toContain(e.source);
    expect(ids).toContain(e.target);
  }
  for (const n of net.nodes) {
    const id = n.organization.id;
    expect(n.degree).toBe(net.edges.filter((e) => e.source === id || e.target === id).length);
  }
}

describe("allianceNetwork on the seed", () => {
  it("draws the whole graph: every organization with alliances, one edge per allied pair", async () => {
    const [expected] = await db.read<{ pairs: number; organizations: number; alliances: number }>(
      `MATCH (a:Organization)-[r:ALLIANCE]-(b:Organization) WHERE a.id < b.id
       WITH a, b, count(r) AS n
       WITH collect(a) + collect(b) AS ends, count(*) AS pairs, sum(n) AS alliances
       RETURN pairs, size(apoc.coll.toSet(ends)) AS organizations, alliances`,
    );
    const net = await network({ limit: 500 });
    expect(net.truncated).toBe(false);
    expect(net.nodes.length).toBe(expected?.organizations);
    expect(net.edges.length).toBe(expected?.pairs);
    expect(net.edges.reduce((sum, e) => sum + e.allianceCount, 0)).toBe(expected?.alliances);
    expectConsistent(net);
    // Most allied first: Ablynx has the most partners in Table 1.
    expect(net.nodes[0]?.organization.id).toBe("ablynx");
  });

  it("keeps the most allied organizations within limit, and says it truncated", async () => {
    const net = await network({ limit: 5 });
    expect(net.nodes.length).toBe(5);
    expect(net.truncated).toBe(true);
    expectConsistent(net);
  });

  it("draws an ego network, the centre first, nearest then most allied first, widening with hops", async () => {
    const one = await network({ centerId: "thrombogenics", hops: 1 });
    // Novartis has two alliances (ThromboGenics, Ablynx), Alcon and BioInvent one each (then by id).
    expect(one.nodes.map((n) => n.organization.id)).toEqual([
      "thrombogenics",
      "novartis",
      "alcon",
      "bioinvent",
    ]);
    expectConsistent(one);
    const two = await network({ centerId: "thrombogenics", hops: 2 });
    // Novartis also allies with Ablynx, two steps from ThromboGenics.
    expect(two.nodes.map((n) => n.organization.id)).toEqual([
      "thrombogenics",
      "novartis",
      "alcon",
      "bioinvent",
      "ablynx",
    ]);
    expect(two.edges).toContainEqual({
      source: "ablynx",
      target: "novartis",
      types: ["STRATEGIC"],
      allianceCount: 1,
      since: null,
    });
    expectConsistent(two);
    const three = await network({ centerId: "thrombogenics", hops: 3 });
    // Ablynx's other nine partners join at three steps.
    expect(three.nodes.length).toBe(5 + 9);
  });

  it("draws a region's organizations first, then their partners elsewhere", async () => {
    const [counts] = await db.read<{ members: number }>(
      `MATCH (:Region {id: 'flanders'})<-[:LOCATED_IN]-(m:Organization) WHERE (m)-[:ALLIANCE]-()
       RETURN count(DISTINCT m) AS members`,
    );
    const net = await network({ regionId: "flanders", limit: 500 });
    const members = await db.read<{ id: string }>(
      "MATCH (:Region {id: 'flanders'})<-[:LOCATED_IN]-(m:Organization) RETURN m.id AS id",
    );
    const memberIds = new Set(members.map((m) => m.id));
    const inRegion = net.nodes.map((n) => memberIds.has(n.organization.id));
    expect(inRegion.filter(Boolean).length).toBe(counts?.members);
    // Members come first.
    expect(inRegion.indexOf(false)).toBe(counts?.members);
    expectConsistent(net);
  });

  it.each([
    [`{ allianceNetwork(centerId: "no-such-org") { truncated } }`, "NOT_FOUND", /no-such-org/],
    [`{ allianceNetwork(regionId: "atlantis") { truncated } }`, "NOT_FOUND", /atlantis/],
    [`{ allianceNetwork(hops: 4) { truncated } }`, "BAD_USER_INPUT", /hops/],
    [`{ allianceNetwork(limit: 501) { truncated } }`, "BAD_USER_INPUT", /limit/],
    [`{ allianceNetwork(asOf: 1800) { truncated } }`, "BAD_USER_INPUT", /asOf/],
    [`{ allianceNetwork(centerId: "Not An Id") { truncated } }`, "BAD_USER_INPUT", /centerId/],
    [`{ allianceTimeline(regionId: "atlantis") { year } }`, "NOT_FOUND", /atlantis/],
    [`{ firms(limit: 1) { spinOffDescendants(maxDepth: 0) { depth } } }`, "BAD_USER_INPUT", /maxDepth/],
  ])("%s -> %s", async (query, code, message) => {
    const { status, body } = await graphql(app.server, query);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
  });
});

describe("allianceNetwork and allianceTimeline on dated alliances", () => {
  // Test data: a region with firms A and B, partner C outside it. A-B licensing 2001-2003,
  // A-C co-development from 2002 plus A-C supply 2004-2004, B-C undated.
  const prefix = uniquePrefix("dated");
  const id = (name: string) => `${prefix}-${name}`;
  beforeAll(async () => {
    await db.write(
      `CREATE (r:Region {id: $r, name: 'Test region'}),
              (a:Organization:Firm {id: $a, name: 'A', community: 7})-[:LOCATED_IN]->(r),
              (b:Organization:Firm {id: $b, name: 'B'})-[:LOCATED_IN]->(r),
              (c:Organization:PharmaCompany {id: $c, name: 'C'}),
              (a)-[:ALLIANCE {type: 'LICENSING', since: 2001, until: 2003}]->(b),
              (c)-[:ALLIANCE {type: 'CO_DEVELOPMENT', since: 2002}]->(a),
              (a)-[:ALLIANCE {type: 'SUPPLY', since: 2004, until: 2004}]->(c),
              (b)-[:ALLIANCE {type: 'STRATEGIC'}]->(c)`,
      { r: id("region"), a: id("a"), b: id("b"), c: id("c") },
    );
  });
  afterAll(async () => {
    await db.write("MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  });

  it("merges a pair's alliances into one edge, with all types and the earliest year", async () => {
    const net = await network({ centerId: id("a") });
    // C has three alliances, B two: C first.
    expect(net.nodes.map((n) => [n.organization.id, n.degree, n.community])).toEqual([
      [id("a"), 2, 7],
      [id("c"), 2, null],
      [id("b"), 2, null],
    ]);
    expect(net.edges).toContainEqual({
      source: id("a"),
      target: id("c"),
      types: ["CO_DEVELOPMENT", "SUPPLY"],
      allianceCount: 2,
      since: 2002,
    });
    expectConsistent(net);
  });

  it.each([
    [2000, [["b", "c"]]],
    [
      2002,
      [
        ["a", "b"],
        ["a", "c"],
        ["b", "c"],
      ],
    ],
    [
      2005,
      [
        ["a", "c"],
        ["b", "c"],
      ],
    ],
  ])("asOf %s draws the ties running that year", async (asOf, ties) => {
    const net = await network({ regionId: id("region"), asOf });
    expect(
      net.edges.map((e) => [e.source.replace(`${prefix}-`, ""), e.target.replace(`${prefix}-`, "")]),
    ).toEqual(expect.arrayContaining(ties));
    expect(net.edges.length).toBe(ties.length);
  });

  it("counts alliances started, ended and running per year in a region", async () => {
    const { body } = await graphql<{ allianceTimeline: Record<string, number>[] }>(
      app.server,
      `query($r: ID) { allianceTimeline(regionId: $r) { year started ended active undated } }`,
      { r: id("region") },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.allianceTimeline).toEqual([
      { year: 2001, started: 1, ended: 0, active: 2, undated: 1 },
      { year: 2002, started: 1, ended: 0, active: 3, undated: 1 },
      { year: 2003, started: 0, ended: 1, active: 3, undated: 1 },
      { year: 2004, started: 1, ended: 1, active: 3, undated: 1 },
    ]);
  });

  it("counts the whole graph's years too (the seed's alliances are undated)", async () => {
    const { body } = await graphql<{ allianceTimeline: Record<string, number>[] }>(
      app.server,
      "{ allianceTimeline { year started ended undated } }",
    );
    const [undated] = await db.read<{ n: number }>(
      "MATCH ()-[a:ALLIANCE]->() WHERE a.since IS NULL AND a.until IS NULL RETURN count(a) AS n",
    );
    const years = body.data?.allianceTimeline ?? [];
    expect(years.map((y) => y.year)).toEqual(expect.arrayContaining([2001, 2002, 2003, 2004]));
    expect(years.reduce((sum, y) => sum + (y.started ?? 0), 0)).toBeGreaterThanOrEqual(3);
    expect(years[0]?.undated).toBe(undated?.n);
  });
});
