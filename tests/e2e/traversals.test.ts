import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, withTestServer } from "../helpers/api-server.js";
import { uniquePrefix } from "../helpers/database.js";

const app = withTestServer();
const { db } = app;

type Org = { id: string; name: string; __typename: string };

describe("spinOffLineage", () => {
  it("walks Oncurious > ThromboGenics > University of Leuven", async () => {
    const { status, body } = await graphql<{
      spinOffLineage: { depth: number; year: number | null; organization: Org }[];
    }>(app.server, `{ spinOffLineage(id: "oncurious") { depth year organization { id name __typename } } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(
      body.data?.spinOffLineage.map((s) => [s.depth, s.organization.id, s.organization.__typename]),
    ).toEqual([
      [0, "oncurious", "Firm"],
      [1, "thrombogenics", "Firm"],
      [2, "ku-leuven", "University"],
    ]);
    // The paper gives no years for these spin-offs ("in the 1980s"): none may be invented.
    expect(body.data?.spinOffLineage.every((s) => s.year === null)).toBe(true);
  });
});

describe("spinOffDescendants", () => {
  it("lists the University of Leuven's spin-offs with their depth", async () => {
    const { body } = await graphql<{ spinOffDescendants: { depth: number; organization: Org }[] }>(
      app.server,
      `{ spinOffDescendants(id: "ku-leuven") { depth organization { id } } }`,
    );
    expect(body.data?.spinOffDescendants.map((s) => [s.depth, s.organization.id])).toEqual([
      [1, "thrombogenics"],
      [2, "oncurious"],
    ]);
  });

  it("stops at maxDepth", async () => {
    const { body } = await graphql<{ spinOffDescendants: { depth: number }[] }>(
      app.server,
      `{ spinOffDescendants(id: "ku-leuven", maxDepth: 1) { depth organization { id } } }`,
    );
    expect(body.data?.spinOffDescendants).toEqual([{ depth: 1, organization: { id: "thrombogenics" } }]);
  });
});

describe("partnerDependency", () => {
  const query = `query($id: ID!, $asOf: Int) { partnerDependency(id: $id, asOf: $asOf) {
    organization { id } allianceCount partnerCount concentration
    partners { partner { id } allianceCount share types }
    dependencyAreas { area allianceCount partners { id } } } }`;
  type Dependency = {
    organization: { id: string };
    allianceCount: number;
    partnerCount: number;
    concentration: number;
    partners: { partner: { id: string }; allianceCount: number; share: number; types: string[] }[];
    dependencyAreas: { area: string; allianceCount: number; partners: { id: string }[] }[];
  };

  it("gives Ablynx its ten Table 1 partners, shares summing to 1, concentration = sum of squared shares", async () => {
    const { body } = await graphql<{ partnerDependency: Dependency }>(app.server, query, { id: "ablynx" });
    const dep = body.data?.partnerDependency;
    expect(dep?.organization.id).toBe("ablynx");
    expect(dep?.partnerCount).toBe(10);
    expect(dep?.allianceCount).toBe(10);
    expect(dep?.partners.map((p) => p.partner.id).sort()).toEqual([
      "abbvie",
      "algeta",
      "eddingpharm",
      "eli-lilly",
      "genzyme",
      "merck-co",
      "merck-serono",
      "novartis",
      "shire",
      "taisho-pharmaceutical",
    ]);
    const shares = dep?.partners.map((p) => p.share) ?? [];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(dep?.concentration).toBeCloseTo(
      shares.reduce((a, s) => a + s * s, 0),
      10,
    );
    // Sorted by share, descending.
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it("groups ThromboGenics' partners by what it relies on them for", async () => {
    const { body } = await graphql<{ partnerDependency: Dependency }>(app.server, query, {
      id: "thrombogenics",
    });
    expect(body.data?.partnerDependency.dependencyAreas).toEqual([
      { area: "MARKETING", allianceCount: 1, partners: [{ id: "alcon" }] },
    ]);
  });
});

describe("dependentFirms", () => {
  it("lists Novartis' dependent firms with the share of their alliances", async () => {
    const { body } = await graphql<{
      dependentFirms: {
        totalCount: number;
        firms: { firm: { id: string }; share: number; allianceCount: number; types: string[] }[];
      };
    }>(
      app.server,
      `{ dependentFirms(partnerId: "novartis", order: SHARE) { totalCount firms { firm { id } share allianceCount types } } }`,
    );
    expect(body.data?.dependentFirms.totalCount).toBe(2);
    const firms = body.data?.dependentFirms.firms ?? [];
    expect(firms.map((f) => f.firm.id)).toEqual(["thrombogenics", "ablynx"]);
    expect(firms[0]?.share).toBeCloseTo(1 / 3, 10);
    expect(firms[1]?.share).toBeCloseTo(1 / 10, 10);
  });
});

describe("connectionPath", () => {
  it("finds the shortest connection from Oncurious to Novartis", async () => {
    const { body } = await graphql<{
      connectionPath: { organization: { id: string }; via: string | null; direction: string | null }[];
    }>(
      app.server,
      `{ connectionPath(fromId: "oncurious", toId: "novartis") { organization { id } via direction } }`,
    );
    expect(body.data?.connectionPath).toEqual([
      { organization: { id: "oncurious" }, via: "SPUN_OFF_FROM", direction: "OUT" },
      { organization: { id: "thrombogenics" }, via: "ALLIANCE", direction: "OUT" },
      { organization: { id: "novartis" }, via: null, direction: null },
    ]);
  });

  it("returns null when no path fits in maxHops", async () => {
    const { body } = await graphql(
      app.server,
      `{ connectionPath(fromId: "oncurious", toId: "novartis", maxHops: 1) { via } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ connectionPath: null });
  });

  it("never goes through regions or products", async () => {
    // Two firms that share only a region and a platform: invisible to connectionPath.
    const prefix = uniquePrefix("path");
    await db.write(
      `CREATE (a:Organization:Firm {id: $a, name: 'A'}), (b:Organization:Firm {id: $b, name: 'B'})
       WITH a, b MATCH (r:Region {id: 'flanders'}), (t:TechnologyPlatform {id: 'nanobodies'})
       CREATE (a)-[:LOCATED_IN]->(r)<-[:LOCATED_IN]-(b), (a)-[:DEVELOPS]->(t)<-[:DEVELOPS]-(b)`,
      { a: `${prefix}-a`, b: `${prefix}-b` },
    );
    try {
      const { body } = await graphql(
        app.server,
        `query($a: ID!, $b: ID!) { connectionPath(fromId: $a, toId: $b) { via } }`,
        {
          a: `${prefix}-a`,
          b: `${prefix}-b`,
        },
      );
      expect(body).toEqual({ data: { connectionPath: null } });
    } finally {
      await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
    }
  });
});

describe("ecosystemSummary", () => {
  type Summary = {
    firmCount: number;
    universityCount: number;
    pharmaCompanyCount: number;
    allianceCount: number;
    alliancesByType: { type: string; count: number }[];
    topPartners: { partner: { id: string }; dependentFirmCount: number }[];
  };
  const query = `query($regionId: ID, $asOf: Int) { ecosystemSummary(regionId: $regionId, asOf: $asOf) {
    firmCount universityCount pharmaCompanyCount allianceCount alliancesByType { type count }
    topPartners { partner { id } dependentFirmCount } } }`;

  it("counts the whole graph consistently with Cypher", async () => {
    const { body } = await graphql<{ ecosystemSummary: Summary }>(app.server, query);
    const [counts] = await db.read<Record<string, number>>(
      `MATCH (o:Organization) WHERE NOT o.id STARTS WITH 'test-'
       WITH sum(CASE WHEN o:Firm THEN 1 ELSE 0 END) AS firms,
            sum(CASE WHEN o:University THEN 1 ELSE 0 END) AS universities,
            sum(CASE WHEN o:PharmaCompany THEN 1 ELSE 0 END) AS pharma
       RETURN firms, universities, pharma, COUNT { MATCH ()-[a:ALLIANCE]->() } AS alliances`,
    );
    const s = body.data?.ecosystemSummary;
    expect(s?.firmCount).toBe(counts?.firms);
    expect(s?.universityCount).toBe(counts?.universities);
    expect(s?.pharmaCompanyCount).toBe(counts?.pharma);
    expect(s?.allianceCount).toBe(counts?.alliances);
    expect(s?.alliancesByType.reduce((sum, t) => sum + t.count, 0)).toBe(s?.allianceCount);
    expect(s?.topPartners[0]).toEqual({ partner: { id: "shire" }, dependentFirmCount: 3 });
  });

  it("restricts to one region", async () => {
    const { body } = await graphql<{ ecosystemSummary: Summary }>(app.server, query, {
      regionId: "wallonia",
    });
    const [row] = await db.read<{ firms: number }>(
      "MATCH (f:Firm)-[:LOCATED_IN]->(:Region {id: 'wallonia'}) RETURN count(f) AS firms",
    );
    expect(body.data?.ecosystemSummary.firmCount).toBe(row?.firms);
    expect(body.data?.ecosystemSummary.firmCount).toBeGreaterThan(0);
  });
});

describe("asOf filtering", () => {
  const prefix = uniquePrefix("asof");
  const firm = `${prefix}-firm`;
  beforeAll(async () => {
    // A firm with dated alliances: 2005–2008 with one partner, from 2010 with another, and one undated.
    await db.write(
      `CREATE (f:Organization:Firm {id: $firm, name: 'Dated'}),
              (p1:Organization:PharmaCompany {id: $p1, name: 'P1'}), (p2:Organization:PharmaCompany {id: $p2, name: 'P2'}),
              (p3:Organization:PharmaCompany {id: $p3, name: 'P3'}),
              (f)-[:ALLIANCE {type: 'LICENSING', since: 2005, until: 2008}]->(p1),
              (f)-[:ALLIANCE {type: 'MANUFACTURING', since: 2010}]->(p2),
              (f)-[:ALLIANCE {type: 'STRATEGIC'}]->(p3)`,
      { firm, p1: `${prefix}-p1`, p2: `${prefix}-p2`, p3: `${prefix}-p3` },
    );
  });
  afterAll(async () => {
    await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  });

  it.each([
    [2006, ["p1", "p3"]],
    [2009, ["p3"]],
    [2012, ["p2", "p3"]],
    [null, ["p1", "p2", "p3"]],
  ])("asOf %s keeps the alliances running that year (and undated ones)", async (asOf, expected) => {
    const { body } = await graphql<{ partnerDependency: { partners: { partner: { id: string } }[] } }>(
      app.server,
      `query($id: ID!, $asOf: Int) { partnerDependency(id: $id, asOf: $asOf) { partners { partner { id } } } }`,
      { id: firm, asOf },
    );
    expect(
      body.data?.partnerDependency.partners.map((p) => p.partner.id.replace(`${prefix}-`, "")).sort(),
    ).toEqual(expected);
  });
});

describe("one query text, many requests", () => {
  // The server works out once per parsed document what a traversal's selection asks for and whether
  // it has nested arguments to check (direct.ts, guards.ts); the answers and the checks must still
  // follow each request's variables.
  it("answers each request of the same text with its own variables", async () => {
    const query = `query($id: ID!) { spinOffLineage(id: $id) { depth organization { id ... on Firm { name } } } }`;
    const ids = async (id: string) =>
      (
        await graphql<{ spinOffLineage: { organization: { id: string } }[] }>(app.server, query, { id })
      ).body.data?.spinOffLineage.map((s) => s.organization.id);
    expect(await ids("oncurious")).toEqual(["oncurious", "thrombogenics", "ku-leuven"]);
    expect(await ids("thrombogenics")).toEqual(["thrombogenics", "ku-leuven"]);
    expect(await ids("oncurious")).toEqual(["oncurious", "thrombogenics", "ku-leuven"]);
  });

  it("checks nested arguments on every request, not only the first", async () => {
    const query = `query($d: Int) { firms(limit: 1) { spinOffDescendants(maxDepth: $d) { depth } } }`;
    const ok = await graphql(app.server, query, { d: 2 });
    expect(ok.body.errors).toBeUndefined();
    const bad = await graphql(app.server, query, { d: 11 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.body.errors?.[0]?.message).toMatch(/maxDepth/);
  });
});

describe("errors", () => {
  it.each([
    [`{ spinOffLineage(id: "no-such-org") { depth } }`, "NOT_FOUND", /no-such-org/],
    [`{ spinOffDescendants(id: "no-such-org") { depth } }`, "NOT_FOUND", /no-such-org/],
    [`{ partnerDependency(id: "no-such-org") { allianceCount } }`, "NOT_FOUND", /no-such-org/],
    [`{ dependentFirms(partnerId: "no-such-org") { totalCount } }`, "NOT_FOUND", /no-such-org/],
    [`{ connectionPath(fromId: "ablynx", toId: "no-such-org") { via } }`, "NOT_FOUND", /no-such-org/],
    [`{ ecosystemSummary(regionId: "atlantis") { firmCount } }`, "NOT_FOUND", /atlantis/],
    [`{ connectionPath(fromId: "ablynx", toId: "ucb", maxHops: 11) { via } }`, "BAD_USER_INPUT", /maxHops/],
    [`{ connectionPath(fromId: "ablynx", toId: "ucb", maxHops: 0) { via } }`, "BAD_USER_INPUT", /maxHops/],
    [`{ spinOffDescendants(id: "ku-leuven", maxDepth: 11) { depth } }`, "BAD_USER_INPUT", /maxDepth/],
    [`{ spinOffDescendants(id: "ku-leuven", maxDepth: 0) { depth } }`, "BAD_USER_INPUT", /maxDepth/],
    [`{ partnerDependency(id: "ablynx", asOf: 1899) { allianceCount } }`, "BAD_USER_INPUT", /asOf/],
    [`{ dependentFirms(partnerId: "novartis", asOf: 2101) { totalCount } }`, "BAD_USER_INPUT", /asOf/],
    [`{ dependentFirms(partnerId: "novartis", limit: 0) { totalCount } }`, "BAD_USER_INPUT", /limit/],
    [`{ dependentFirms(partnerId: "novartis", limit: 201) { totalCount } }`, "BAD_USER_INPUT", /limit/],
    [`{ dependentFirms(partnerId: "novartis", offset: -1) { totalCount } }`, "BAD_USER_INPUT", /offset/],
    [`{ partnerDependency(id: "ablynx", limit: 500) { partnerCount } }`, "BAD_USER_INPUT", /limit/],
    [`{ ecosystemSummary(asOf: 3000) { firmCount } }`, "BAD_USER_INPUT", /asOf/],
    [`{ spinOffLineage(id: "Not An Id") { depth } }`, "BAD_USER_INPUT", /id/],
  ])("%s -> %s (HTTP 200, never 500)", async (query, code, message) => {
    const { status, body } = await graphql(app.server, query);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(body.errors?.[0]?.message).toMatch(message);
  });

  it("answers a missing variable with 400 BAD_USER_INPUT, not 500", async () => {
    const { status, body } = await graphql(
      app.server,
      "query($id: ID!) { spinOffLineage(id: $id) { depth } }",
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toMatch(/\$id/);
  });

  it("answers a malformed query with 400 GRAPHQL_PARSE_FAILED, not 500", async () => {
    const { status, body } = await graphql(app.server, "{ spinOffLineage(id: ");
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("provenance", () => {
  it("resolves every citation key the organizations carry to a Source", async () => {
    const { body } = await graphql<{
      organizations: { source: string }[];
      sources: { key: string; title: string }[];
    }>(app.server, "{ organizations(limit: 200) { source } sources { key title } }");
    const cited = new Set(body.data?.organizations.map((o) => o.source));
    const known = new Set(body.data?.sources.map((s) => s.key));
    expect(cited.size).toBeGreaterThan(0);
    for (const key of cited) expect(known.has(key)).toBe(true);
    expect(body.data?.sources.find((s) => s.key === "segers2015:table1")?.title).toBe("Segers 2015, Table 1");
  });
});
