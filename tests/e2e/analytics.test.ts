import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyze } from "../../src/analytics/analyze.js";
import { gdsVersion } from "../../src/analytics/gds.js";
import { storeNetworkSummary, summarize } from "../../src/analytics/stored-metrics.js";
import { graphql, withTestServer } from "../helpers/api-server.js";
import { clearStoredMeasures } from "../helpers/measures.js";
import { runCliAsync } from "../helpers/run-cli.js";

const app = withTestServer();
const { db } = app;
const tmp = mkdtempSync(join(tmpdir(), "analytics-e2e-"));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe("GraphQL networkMetrics", () => {
  type Metrics = {
    nodeCount: number;
    edgeCount: number;
    componentCount: number;
    mainComponentShare: number;
    modularity: number;
    topByDegree: { organization: { id: string; degree: number }; score: number }[];
    topByBetweenness: { organization: { id: string }; score: number }[];
    articulationPoints: { organization: { id: string }; score: number }[];
    bridges: { a: { id: string }; b: { id: string } }[];
  };
  const query = `query($asOf: Int, $regionId: ID, $top: Int) { networkMetrics(asOf: $asOf, regionId: $regionId, top: $top) {
    nodeCount edgeCount componentCount mainComponentShare modularity
    topByDegree { organization { id degree } score } topByBetweenness { organization { id } score }
    articulationPoints { organization { id } score } bridges { a { id } b { id } } } }`;

  it("describes the whole network, highest scores first", async () => {
    const { body } = await graphql<{ networkMetrics: Metrics }>(app.server, query, { top: 3 });
    const m = body.data?.networkMetrics;
    const [row] = await db.read<{ n: number }>("MATCH (o:Organization) RETURN count(o) AS n");
    expect(m?.nodeCount).toBe(row?.n);
    expect(m?.topByDegree.map((s) => [s.organization.id, s.score, s.organization.degree])).toEqual([
      ["ablynx", 10, 10],
      ["galapagos", 7, 7],
      ["ucb", 6, 6],
    ]);
    expect(m?.topByBetweenness[0]?.organization.id).toBe("ablynx");
    const scores = m?.articulationPoints.map((a) => a.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(m?.mainComponentShare).toBeGreaterThan(0);
    // Algeta's only tie is with Ablynx: losing that alliance cuts Algeta off.
    expect(m?.bridges).toContainEqual({ a: { id: "ablynx" }, b: { id: "algeta" } });
    expect(m?.modularity).toBeGreaterThan(0);
  });

  it("restricts to a region and refuses unknown ones", async () => {
    const { body } = await graphql<{ networkMetrics: Metrics }>(app.server, query, { regionId: "flanders" });
    expect(body.data?.networkMetrics.nodeCount).toBe(7);
    const missing = await graphql(app.server, query, { regionId: "atlantis" });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const bad = await graphql(app.server, query, { top: 0 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("stored network measures", () => {
  const query = `query($regionId: ID, $asOf: Int) { networkMetrics(regionId: $regionId, asOf: $asOf, top: 2) {
    stored computedAt nodeCount edgeCount articulationPointCount bridgeCount
    topByDegree { organization { id } score } articulationPoints { organization { id } score } } }`;
  type Metrics = {
    stored: boolean;
    computedAt: string;
    nodeCount: number;
    edgeCount: number;
    articulationPointCount: number;
    bridgeCount: number;
    topByDegree: { organization: { id: string }; score: number }[];
    articulationPoints: { organization: { id: string }; score: number }[];
  };

  it("are served once stored, with when they were computed, for that scope only", async () => {
    const fetchMetrics = async (variables: Record<string, unknown>) => {
      const { body } = await graphql<{ networkMetrics: Metrics }>(app.server, query, variables);
      return body.data?.networkMetrics as Metrics;
    };
    const before = await fetchMetrics({ regionId: "flanders" });
    expect(before.stored).toBe(false);
    // What `npm run analytics -- --write --region flanders` stores (the CLI test below runs the command).
    const analysis = await analyze(db, { regionId: "flanders" });
    const computedAt = await storeNetworkSummary(
      db,
      { regionId: "flanders", asOf: null },
      summarize(analysis),
    );
    try {
      const after = await fetchMetrics({ regionId: "flanders" });
      expect(after.stored).toBe(true);
      expect(after.computedAt).toBe(computedAt);
      expect(Date.now() - Date.parse(after.computedAt)).toBeLessThan(10 * 60_000);
      // The stored figures are the ones computed on demand.
      const { stored: _s, computedAt: _c, ...stored } = after;
      const { stored: _b, computedAt: _d, ...fresh } = before;
      expect(stored).toEqual(fresh);
      // Another scope (a year) is not the stored one.
      expect((await fetchMetrics({ regionId: "flanders", asOf: 2013 })).stored).toBe(false);
    } finally {
      await clearStoredMeasures(db);
    }
  });
});

describe("stored measures in the generated API", () => {
  it("can be filtered and sorted after npm run analytics -- --write", async () => {
    const { status } = await runCliAsync("analytics.ts", ["--write", "--format", "json"]);
    try {
      expect(status).toBe(0);
      const { body } = await graphql<{
        firms: { id: string; betweenness: number; articulationPoint: boolean }[];
      }>(
        app.server,
        `{ firms(where: { articulationPoint: { eq: true } }, sort: [{ betweenness: DESC }], limit: 3) { id betweenness articulationPoint } }`,
      );
      expect(body.data?.firms.map((f) => f.id)).toEqual(["ablynx", "galapagos", "thrombogenics"]);
      expect(body.data?.firms[0]?.betweenness).toBe(219.5);
      // The network-level result is stored too, for networkMetrics.
      const [stored] = await db.read<{ nodeCount: number; computedAt: string }>(
        "MATCH (m:NetworkMetrics {key: '|'}) RETURN m.nodeCount AS nodeCount, toString(m.computedAt) AS computedAt",
      );
      const [count] = await db.read<{ n: number }>("MATCH (o:Organization) RETURN count(o) AS n");
      expect(stored?.nodeCount).toBe(count?.n);
    } finally {
      await clearStoredMeasures(db);
    }
  });
});

describe("npm run analytics and npm run report", () => {
  it("prints the network measures as JSON", async () => {
    const { status, stdout } = await runCliAsync("analytics.ts", ["--format", "json", "--snapshots"]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    const version = await gdsVersion(db);
    expect(result.engine).toBe(version ? `gds-${version}+typescript` : "typescript");
    expect(result.network.nodeCount).toBe(result.organizations.length);
    expect(result.snapshots.map((s: { year: number }) => s.year)).toEqual([2010, 2013, 2015]);
  });

  it("writes findings.md, findings.html and SVG charts that need no internet", async () => {
    const { status } = await runCliAsync("report.ts", ["--out", tmp]);
    expect(status).toBe(0);
    const html = readFileSync(join(tmp, "findings.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(readFileSync(join(tmp, "findings.md"), "utf8")).toContain("## The paper's three propositions");
    const network = readFileSync(join(tmp, "charts", "network.svg"), "utf8");
    expect(network).toMatch(/^<svg/);
    expect(network).toContain("Colour: community (Louvain)");
    expect(network).toMatch(/No alliance in the data \(\d+ organizations\)/);
    // The seed's alliances are undated, so the main component's share is the same every year: said, not drawn.
    const md = readFileSync(join(tmp, "findings.md"), "utf8");
    expect(md).toMatch(/No chart of the main component's share over the years: it is [\d.]+ % in every year/);
    expect(existsSync(join(tmp, "charts", "main-component-share.svg"))).toBe(false);
  });
});
