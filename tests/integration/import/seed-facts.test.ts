import { afterAll, describe, expect, it } from "vitest";
import { testDatabase } from "../../helpers/database.js";

// Spot checks of the seed against Segers (2015): Table 1, the OECD table and the text.
const db = testDatabase();
afterAll(() => db.close());

async function one<T extends Record<string, unknown>>(cypher: string, params = {}): Promise<T> {
  const [row] = await db.read<T>(cypher, params);
  if (!row) throw new Error(`no row for ${cypher}`);
  return row;
}

describe("the seed graph says what the paper says", () => {
  it("has the 17 firms of Table 1, Oncurious included", async () => {
    const { n } = await one<{ n: number }>("MATCH (f:Firm {studySample: true}) RETURN count(f) AS n");
    expect(n).toBe(17);
    const { kinds } = await one<{ kinds: string[] }>(
      "MATCH (o:Organization {id: 'oncurious'}) RETURN [l IN labels(o) WHERE l <> 'Organization'] AS kinds",
    );
    expect(kinds).toEqual(["Firm"]);
  });

  it("gives Ablynx its ten partners, Taisho and Genzyme among them", async () => {
    const { partners } = await one<{ partners: string[] }>(
      "MATCH (:Firm {id: 'ablynx'})-[:ALLIANCE]-(p) WITH p ORDER BY p.id RETURN collect(DISTINCT p.id) AS partners",
    );
    expect(partners).toEqual([
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
  });

  it("resolves the garbled Galapagos partner cell into seven partners", async () => {
    const { n } = await one<{ n: number }>(
      "MATCH (:Firm {id: 'galapagos'})-[:ALLIANCE]-(p) RETURN count(DISTINCT p) AS n",
    );
    expect(n).toBe(7);
  });

  it("has ThromboGenics spun off from the University of Leuven, with no invented year", async () => {
    const row = await one<{ parent: string; kind: string[]; year: number | null }>(
      "MATCH (:Firm {id: 'thrombogenics'})-[r:SPUN_OFF_FROM]->(u) RETURN u.id AS parent, labels(u) AS kind, r.year AS year",
    );
    expect(row.parent).toBe("ku-leuven");
    expect(row.kind).toContain("University");
    expect(row.year).toBeNull();
  });

  it("has Oncurious as ThromboGenics' spin-off", async () => {
    const { parent } = await one<{ parent: string }>(
      "MATCH (:Firm {id: 'oncurious'})-[:SPUN_OFF_FROM]->(p) RETURN p.id AS parent",
    );
    expect(parent).toBe("thrombogenics");
  });

  it("records Jetrea's 2013 FDA/EMA approval and Alcon (Novartis) commercializing it", async () => {
    const jetrea = await one<{ year: number; by: string[] }>(
      "MATCH (:Firm {id: 'thrombogenics'})-[:OWNS]->(p:Product {id: 'jetrea'}) RETURN p.approvalYear AS year, p.approvedBy AS by",
    );
    expect(jetrea).toEqual({ year: 2013, by: ["FDA", "EMA"] });
    const alcon = await one<{ type: string; parent: string }>(
      `MATCH (:Firm {id: 'thrombogenics'})-[a:ALLIANCE]->(c:PharmaCompany {id: 'alcon'})-[:SUBSIDIARY_OF]->(p)
       RETURN a.type AS type, p.id AS parent`,
    );
    expect(alcon).toEqual({ type: "COMMERCIALIZATION", parent: "novartis" });
  });

  it("has the takeovers of Movetis by Shire (2010) and Devgen by Syngenta (no year)", async () => {
    const rows = await db.read<{ acquirer: string; acquired: string; year: number | null; kind: string }>(
      `MATCH (a)-[r:ACQUIRED {kind: 'TAKEOVER'}]->(t) RETURN a.id AS acquirer, t.id AS acquired, r.year AS year, r.kind AS kind ORDER BY acquired`,
    );
    expect(rows).toEqual([
      { acquirer: "syngenta", acquired: "devgen", year: null, kind: "TAKEOVER" },
      { acquirer: "shire", acquired: "movetis", year: 2010, kind: "TAKEOVER" },
    ]);
  });

  it("marks exactly ThromboGenics, Galapagos and UCB as self-sustaining", async () => {
    const { ids } = await one<{ ids: string[] }>(
      "MATCH (f:Firm {selfSustaining: true}) WITH f ORDER BY f.id RETURN collect(f.id) AS ids",
    );
    expect(ids).toEqual(["galapagos", "thrombogenics", "ucb"]);
  });

  it("lists the twelve Euronext firms of the footnote", async () => {
    const { n } = await one<{ n: number }>(
      "MATCH (f:Firm)-[:LISTED_ON]->(:StockExchange {id: 'euronext'}) RETURN count(f) AS n",
    );
    expect(n).toBe(12);
  });

  it("places the firms in their regions", async () => {
    const rows = await db.read<{ id: string; region: string; city: string }>(
      `MATCH (f:Firm)-[l:LOCATED_IN]->(r:Region) WHERE f.id IN ['ablynx', 'ucb', 'bone-therapeutics', 'genticel']
       RETURN f.id AS id, r.id AS region, l.city AS city ORDER BY id, region`,
    );
    expect(rows.map((r) => `${r.id}@${r.region}`)).toEqual([
      "ablynx@flanders",
      "bone-therapeutics@wallonia",
      "genticel@paris",
      "genticel@toulouse",
      "ucb@brussels-capital-region",
    ]);
  });

  it("has the OECD table's figures for Belgium and the United States", async () => {
    const be = await one<Record<string, unknown>>(
      `MATCH (c:Country {id: 'belgium'}) RETURN c.biotechFirms AS firms, c.dedicatedBiotechFirms AS dedicated,
       c.dedicatedShare AS share, c.indicatorYear AS year, c.biotechBerdShare AS berd, c.biotechBerdShareYear AS berdYear`,
    );
    expect(be).toEqual({ firms: 350, dedicated: 127, share: 36.3, year: 2011, berd: 12.6, berdYear: 2009 });
    const us = await one<Record<string, unknown>>(
      "MATCH (c:Country {id: 'united-states'}) RETURN c.biotechFirms AS firms, c.dedicatedShare AS share, c.indicatorYear AS year",
    );
    expect(us).toEqual({ firms: 6862, share: 31.7, year: 2011 });
  });

  it("leaves the UK's and Japan's missing dedicated-firm figures absent, and has 11 OECD countries", async () => {
    const rows = await db.read<{ id: string; dedicated: number | null }>(
      "MATCH (c:Country) WHERE c.id IN ['united-kingdom', 'japan'] RETURN c.id AS id, c.dedicatedBiotechFirms AS dedicated ORDER BY id",
    );
    expect(rows).toEqual([
      { id: "japan", dedicated: null },
      { id: "united-kingdom", dedicated: null },
    ]);
    const { n } = await one<{ n: number }>(
      "MATCH (c:Country) WHERE c.source = 'segers2015:oecd-table' RETURN count(c) AS n",
    );
    expect(n).toBe(11);
  });

  it("carries a source on every node and relationship", async () => {
    const { nodes } = await one<{ nodes: number }>(
      "MATCH (n) WHERE (n:Organization OR n:Region OR n:Country OR n:Product OR n:TechnologyPlatform OR n:StockExchange) AND n.source IS NULL AND NOT n.id STARTS WITH 'test-' RETURN count(n) AS nodes",
    );
    const { rels } = await one<{ rels: number }>(
      "MATCH ()-[r]->() WHERE r.source IS NULL AND type(r) <> 'PART_OF' RETURN count(r) AS rels",
    );
    expect({ nodes, rels }).toEqual({ nodes: 0, rels: 0 });
  });

  it("stores years and counts as integers, not floats", async () => {
    // The online writer sends whole-number columns as integers (a JavaScript number would be a float).
    const { types } = await one<{ types: string[] }>(
      `CALL () {
         MATCH (:Organization)-[a:ALLIANCE]->() WHERE a.since IS NOT NULL RETURN valueType(a.since) AS t
         UNION MATCH ()-[q:ACQUIRED]->() WHERE q.year IS NOT NULL RETURN valueType(q.year) AS t
         UNION MATCH (o:Organization) WHERE o.foundedYear IS NOT NULL RETURN valueType(o.foundedYear) AS t
       }
       RETURN collect(DISTINCT t) AS types`,
    );
    expect(types).toEqual(["INTEGER NOT NULL"]);
  });
});
