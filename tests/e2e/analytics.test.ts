import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { gdsVersion } from "../../src/analytics/gds.js";
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
    expect(readFileSync(join(tmp, "charts", "network.svg"), "utf8")).toMatch(/^<svg/);
  });
});
