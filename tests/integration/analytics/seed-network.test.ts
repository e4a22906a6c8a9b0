import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Analysis, analyze, yearlySnapshots } from "../../../src/analytics/analyze.js";
import { gdsVersion } from "../../../src/analytics/gds.js";
import { writeMeasures } from "../../../src/analytics/write-back.js";
import { toMarkdown } from "../../../src/report/document.js";
import { buildFindings } from "../../../src/report/findings.js";
import { testDatabase } from "../../helpers/database.js";
import { clearStoredMeasures } from "../../helpers/measures.js";

const db = testDatabase();
let analysis: Analysis;
const tmp = mkdtempSync(join(tmpdir(), "report-"));

beforeAll(async () => {
  analysis = await analyze(db);
});
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await db.close();
});

async function one<T>(cypher: string): Promise<T> {
  const [row] = await db.read<Record<string, T>>(cypher);
  return Object.values(row ?? {})[0] as T;
}

describe("network measures on the seed agree with direct Cypher counts", () => {
  it("nodes, allied pairs and alliances", async () => {
    expect(analysis.network.nodeCount).toBe(await one<number>("MATCH (o:Organization) RETURN count(o)"));
    expect(analysis.network.allianceCount).toBe(
      await one<number>("MATCH (:Organization)-[a:ALLIANCE]->(:Organization) RETURN count(a)"),
    );
    expect(analysis.network.edgeCount).toBe(
      await one<number>(
        "MATCH (a:Organization)-[:ALLIANCE]-(b:Organization) WHERE a.id < b.id RETURN count(DISTINCT [a.id, b.id])",
      ),
    );
  });

  it("every organization's degree and alliance count", async () => {
    const rows = await db.read<{ id: string; partners: number; alliances: number }>(
      `MATCH (o:Organization)
       RETURN o.id AS id, COUNT { MATCH (o)-[:ALLIANCE]-(p:Organization) RETURN DISTINCT p } AS partners,
              COUNT { (o)-[:ALLIANCE]-(:Organization) } AS alliances ORDER BY id`,
    );
    expect(
      analysis.organizations.map((o) => ({ id: o.id, partners: o.degree, alliances: o.weightedDegree })),
    ).toEqual(rows);
  });

  it("connected components, counted by Cypher reachability", async () => {
    const components = await one<number>(
      `MATCH (o:Organization)
       OPTIONAL MATCH (o)-[:ALLIANCE*1..30]-(x:Organization)
       WITH o, collect(DISTINCT x.id) + [o.id] AS members
       RETURN count(DISTINCT apoc.coll.min(members))`,
    );
    expect(analysis.network.componentCount).toBe(components);
    const largest = await one<number>(
      `MATCH (o:Organization)
       OPTIONAL MATCH (o)-[:ALLIANCE*1..30]-(x:Organization)
       WITH o, apoc.coll.toSet(collect(x.id) + [o.id]) AS members RETURN max(size(members))`,
    );
    expect(analysis.network.mainComponentSize).toBe(largest);
  });

  it("an organization that is some partner's only link, with another partner, is a cut point", async () => {
    const expected = await db.read<{ id: string }>(
      `MATCH (hub:Organization)-[:ALLIANCE]-(leaf:Organization)
       WHERE COUNT { MATCH (leaf)-[:ALLIANCE]-(p:Organization) RETURN DISTINCT p } = 1
         AND COUNT { MATCH (hub)-[:ALLIANCE]-(p:Organization) RETURN DISTINCT p } >= 2
       RETURN DISTINCT hub.id AS id ORDER BY id`,
    );
    for (const { id } of expected) expect(analysis.network.articulationPoints).toContain(id);
    // ...and the tie to such a leaf is a bridge.
    expect(analysis.network.bridges).toContainEqual(["ablynx", "algeta"]);
  });

  it("Ablynx spans ten unconnected partners: constraint 0.1, effective size 10, partner concentration 0.1", () => {
    const ablynx = analysis.organizations.find((o) => o.id === "ablynx");
    expect(ablynx?.constraint).toBeCloseTo(0.1, 12);
    expect(ablynx?.effectiveSize).toBeCloseTo(10, 12);
    expect(ablynx?.partnerConcentration).toBeCloseTo(0.1, 12);
    expect(ablynx?.brokerageRole).toBe("itinerant");
  });

  it("a region's network holds only that region's organizations", async () => {
    const wallonia = await analyze(db, { regionId: "wallonia" });
    expect(wallonia.network.nodeCount).toBe(
      await one<number>("MATCH (o:Organization)-[:LOCATED_IN]->(:Region {id: 'wallonia'}) RETURN count(o)"),
    );
  });

  it("yearly snapshots exist for every year in the data", async () => {
    const snapshots = await yearlySnapshots(db);
    const years = await db.read<{ year: number }>(
      `CALL () { MATCH ()-[q:ACQUIRED]->() RETURN q.year AS year UNION MATCH (p:Product) RETURN p.approvalYear AS year
                 UNION MATCH ()-[a:ALLIANCE]->() RETURN a.since AS year UNION MATCH ()-[a:ALLIANCE]->() RETURN a.until AS year
                 UNION MATCH ()-[s:SPUN_OFF_FROM]->() RETURN s.year AS year }
       WITH year WHERE year IS NOT NULL RETURN DISTINCT year ORDER BY year`,
    );
    expect(snapshots.map((s) => s.year)).toEqual(years.map((y) => y.year));
  });
});

describe("the engines agree", () => {
  it("GDS and the TypeScript implementations give the same measures on the seed", async (context) => {
    const version = await gdsVersion(db);
    if (!version) {
      // A remote server without GDS: the TypeScript engine is the only one, and says so.
      const fallback = await analyze(db);
      expect(fallback.engine).toBe("typescript");
      expect(fallback.engineNote).toMatch(/no Graph Data Science/);
      context.skip();
    }
    // The whole network (native projection), a year (Cypher projection), one region with ties, and
    // one whose organizations have none among them.
    for (const scope of [
      {},
      { asOf: 2013 },
      { regionId: "flanders" },
      { regionId: "wallonia", asOf: 2013 },
    ]) {
      const gds = await analyze(db, { ...scope, engine: "gds" });
      const ts = await analyze(db, { ...scope, engine: "typescript" });
      expect(gds.engine).toBe(`gds-${version}+typescript`);
      const { modularity: qg, ...gNetwork } = gds.network;
      const { modularity: qt, ...tNetwork } = ts.network;
      expect(gNetwork).toEqual(tNetwork);
      if (qt === null) expect(qg).toBeNull();
      else expect(qg).toBeCloseTo(qt, 6);
      for (const g of gds.organizations) {
        const t = ts.organizations.find((o) => o.id === g.id);
        expect({ id: g.id, degree: g.degree, core: g.coreNumber, cut: g.articulationPoint }).toEqual({
          id: t?.id,
          degree: t?.degree,
          core: t?.coreNumber,
          cut: t?.articulationPoint,
        });
        expect(g.betweenness).toBeCloseTo(t?.betweenness ?? -1, 9);
        expect(g.closeness).toBeCloseTo(t?.closeness ?? -1, 9);
        expect(g.pageRank).toBeCloseTo(t?.pageRank ?? -1, 6);
      }
    }
  });
});

describe("write-back", () => {
  it("stores the measures on the nodes with the year they describe", async () => {
    const result = await analyze(db, { asOf: 2013 });
    try {
      const written = await writeMeasures(db, result.organizations, 2013, result.engine);
      expect(written).toBe(result.organizations.length);
      const [row] = await db.read<{ degree: number; asOf: number; engine: string; articulation: boolean }>(
        "MATCH (o:Organization {id: 'ablynx'}) RETURN o.degree AS degree, o.metricsAsOf AS asOf, o.metricsEngine AS engine, o.articulationPoint AS articulation",
      );
      expect(row).toEqual({ degree: 10, asOf: 2013, engine: result.engine, articulation: true });
    } finally {
      // Leave the shared database as the seed made it.
      await clearStoredMeasures(db);
    }
  });
});

describe("the findings report", () => {
  it("is regenerated from the graph, and its numbers match direct queries", async () => {
    const markdown = toMarkdown(await buildFindings(db));
    const firms = await one<number>("MATCH (f:Firm) RETURN count(f)");
    const alliances = await one<number>(
      "MATCH (:Organization)-[a:ALLIANCE]->(:Organization) RETURN count(a)",
    );
    expect(markdown).toContain(`The graph holds ${firms} firms`);
    expect(markdown).toContain(`linked by ${alliances} alliances`);
    const sample = await one<number>("MATCH (f:Firm {studySample: true}) RETURN count(f)");
    const allied = await one<number>(
      "MATCH (f:Firm {studySample: true}) WHERE EXISTS { (f)-[:ALLIANCE]-() } RETURN count(f)",
    );
    expect(markdown).toContain(`${allied} of the ${sample} sample firms have at least one alliance`);
    const withPharma = await one<number>(
      "MATCH (f:Firm {studySample: true}) WHERE EXISTS { (f)-[:ALLIANCE]-(:PharmaCompany) } RETURN count(f)",
    );
    expect(markdown).toContain(
      `${withPharma} of ${sample} sample firms (${((100 * withPharma) / sample).toFixed(1)} %)`,
    );
    const ablynx = await one<number>("MATCH (:Firm {id: 'ablynx'})-[a:ALLIANCE]-() RETURN count(a)");
    expect(markdown).toMatch(new RegExp(`\\| Ablynx \\| ${ablynx} \\|`));
    expect(markdown).toContain(`| components | ${analysis.network.componentCount} |`);
  });
});
