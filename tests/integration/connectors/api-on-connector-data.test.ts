import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../../src/api/app.js";
import { ingestClinicalTrials, ingestCordis } from "../../../src/connectors/ingest.js";
import { loadQuery } from "../../../src/cypher/library.js";
import { runQuery } from "../../../src/cypher/run-query.js";
import { applySchema } from "../../../src/db/schema.js";
import type { ReportContext } from "../../../src/report/context.js";
import { dataSection } from "../../../src/report/sections/data.js";
import { request } from "../../../src/web/client/request.js";
// The documents the explorer sends (GraphQL Code Generator's output for src/web/api/queries.ts).
import {
  AllianceNetworkDocument as AllianceNetworkQuery,
  AllianceTimelineDocument as AllianceTimelineQuery,
  ExplorerOrganizationKindDocument as OrganizationKindQuery,
  ExplorerOrganizationDocument as OrganizationPageQuery,
  SearchOrganizationsDocument as SearchOrganizationsQuery,
} from "../../../src/web/graphql/graphql.js";
import { graphql, startTestServer } from "../../helpers/api-server.js";
import { removeConnectorData } from "../../helpers/connector-data.js";
import { testDatabase } from "../../helpers/database.js";

// The API on a graph holding connector data (the TEST DATA fixtures ingested into the test database,
// removed again afterwards): every field typed Organization must resolve the connector kinds too.
const db = testDatabase();
const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "connectors");
const out = mkdtempSync(join(tmpdir(), "connectors-api-"));
let server: RunningServer;
let endpoint: string;

/** An organization of each connector kind that has alliances, and a firm allied with the institute. */
let institute: { id: string; name: string };
let publicBody: { id: string; name: string };
let firmOfInstitute: string;

beforeAll(async () => {
  await applySchema(db);
  await removeConnectorData(db);
  const overridesFile = join(fixtures, "overrides.csv");
  await ingestClinicalTrials(db, join(fixtures, "clinicaltrials"), {
    outDir: join(out, "ctgov"),
    overridesFile,
  });
  await ingestCordis(db, join(fixtures, "cordis"), { outDir: join(out, "cordis"), overridesFile });
  const [row] = await db.read<{ r: string; rName: string; f: string }>(
    `MATCH (f:Firm)-[:ALLIANCE]-(r:ResearchInstitute)
     RETURN r.id AS r, r.name AS rName, f.id AS f ORDER BY r.id, f.id LIMIT 1`,
  );
  const [pub] = await db.read<{ id: string; name: string }>(
    "MATCH (p:PublicBody)-[:ALLIANCE]-() RETURN DISTINCT p.id AS id, p.name AS name ORDER BY id LIMIT 1",
  );
  if (!row || !pub)
    throw new Error("the fixtures no longer hold an allied research institute and public body");
  institute = { id: row.r, name: row.rName };
  firmOfInstitute = row.f;
  publicBody = pub;
  server = await startTestServer(db);
  endpoint = `${server.url}/graphql`;
});

afterAll(async () => {
  await server?.close();
  await removeConnectorData(db);
  await db.close();
});

describe("the API on connector data (TEST DATA fixtures)", () => {
  it("resolves research institutes and public bodies wherever an Organization is returned", async () => {
    const { body } = await graphql<{
      organizations: { id: string; __typename: string }[];
      partnerDependency: { partners: { partner: { id: string; __typename: string } }[] };
    }>(
      server,
      `query($ids: [ID!]!, $firm: ID!) {
        organizations(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id __typename }
        partnerDependency(id: $firm) { partners { partner { id __typename } } }
      }`,
      { ids: [institute.id, publicBody.id], firm: firmOfInstitute },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.organizations).toEqual(
      [
        { id: institute.id, __typename: "ResearchInstitute" },
        { id: publicBody.id, __typename: "PublicBody" },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(body.data?.partnerDependency.partners.map((p) => p.partner)).toContainEqual({
      id: institute.id,
      __typename: "ResearchInstitute",
    });
  });

  it("draws the whole alliance network and an institute's ego network (the explorer's operation)", async () => {
    const whole = await request(endpoint, AllianceNetworkQuery, { limit: 500 });
    const kinds = new Set(whole.allianceNetwork?.nodes.map((n) => n.organization.__typename));
    expect(kinds).toEqual(
      new Set(["Firm", "University", "PharmaCompany", "ResearchInstitute", "PublicBody", "Other"]),
    );
    const [{ allied }] = (await db.read<{ allied: number }>(
      "MATCH (:Organization {id: $id})-[:ALLIANCE]-(o:Organization) RETURN count(DISTINCT o) AS allied",
      { id: institute.id },
    )) as [{ allied: number }];
    const ego = await request(endpoint, AllianceNetworkQuery, { centerId: institute.id, hops: 1 });
    expect(ego.allianceNetwork?.nodes).toHaveLength(1 + allied);
    expect(ego.allianceNetwork?.nodes[0]?.organization).toEqual({
      __typename: "ResearchInstitute",
      id: institute.id,
      name: institute.name,
    });
  });

  it("finds an institute by name (searchOrganizations)", async () => {
    const found = await request(endpoint, SearchOrganizationsQuery, { query: institute.name, limit: 5 });
    expect(found.searchOrganizations[0]?.organization).toMatchObject({
      __typename: "ResearchInstitute",
      id: institute.id,
    });
  });

  it("serves the explorer's organization page for a research institute", async () => {
    const org = institute;
    const kind = await request(endpoint, OrganizationKindQuery, { id: org.id });
    const typename = kind.organizations[0]?.__typename;
    expect(typename).toBe("ResearchInstitute");
    const page = await request(endpoint, OrganizationPageQuery, { id: org.id, researchInstitute: true });
    expect(page.researchInstitutes?.[0]).toMatchObject({ __typename: typename, id: org.id, name: org.name });
    expect(page.firms).toBeUndefined();
    const [{ partners }] = (await db.read<{ partners: number }>(
      "MATCH (:Organization {id: $id})-[:ALLIANCE]-(o:Organization) RETURN count(DISTINCT o) AS partners",
      { id: org.id },
    )) as [{ partners: number }];
    expect(page.partnerDependency.partnerCount).toBe(partners);
    expect(page.spinOffLineage[0]?.organization.__typename).toBe(typename);
  });

  it("counts an organization located in a NUTS 3 area for its NUTS 1 region (Flanders)", async () => {
    // KU Leuven is located in NUTS 3 BE242 only (Arr. Leuven, PART_OF BE24, PART_OF Flanders).
    const [direct] = await db.read<{ places: string[] }>(
      "MATCH (:Organization {id: 'ku-leuven'})-[:LOCATED_IN]->(r) RETURN collect(r.id) AS places",
    );
    expect(direct?.places).toEqual(["nuts-be242"]);
    const [expected] = await db.read<{ firms: number; universities: number }>(
      `MATCH (:Region {id: 'flanders'})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(o:Organization)
       RETURN count(DISTINCT CASE WHEN o:Firm THEN o END) AS firms,
              count(DISTINCT CASE WHEN o:University THEN o END) AS universities`,
    );
    const { body } = await graphql<{
      ecosystemSummary: { firmCount: number; universityCount: number };
      allianceNetwork: { nodes: { organization: { id: string } }[] };
    }>(
      server,
      `{ ecosystemSummary(regionId: "flanders") { firmCount universityCount }
         allianceNetwork(regionId: "flanders", limit: 500) { nodes { organization { id } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.ecosystemSummary).toEqual({
      firmCount: expected?.firms,
      universityCount: expected?.universities,
    });
    expect(expected?.universities).toBeGreaterThan(0);
    expect(body.data?.allianceNetwork.nodes.map((n) => n.organization.id)).toContain("ku-leuven");
  });

  it("shows alliances starting and accumulating over the years (allianceTimeline)", async () => {
    const { allianceTimeline } = await request(endpoint, AllianceTimelineQuery, {});
    // Expected figures come from the graph itself.
    const started = await db.read<{ year: number; n: number }>(
      "MATCH ()-[a:ALLIANCE]->() WHERE a.since IS NOT NULL RETURN a.since AS year, count(*) AS n ORDER BY year",
    );
    const [{ undated }] = (await db.read<{ undated: number }>(
      "MATCH ()-[a:ALLIANCE]->() WHERE a.since IS NULL AND a.until IS NULL RETURN count(*) AS undated",
    )) as [{ undated: number }];
    expect(started.length).toBeGreaterThan(10);
    const byYear = new Map(allianceTimeline.map((row) => [row.year, row]));
    for (const { year, n } of started) expect(byYear.get(year)?.started, `started in ${year}`).toBe(n);
    // Nothing in the fixtures ends, so the running total only grows: undated + all started so far.
    let running = undated;
    for (const row of allianceTimeline) {
      running += started.find((s) => s.year === row.year)?.n ?? 0;
      expect(row.ended).toBe(0);
      expect(row.undated).toBe(undated);
      expect(row.active, `active in ${row.year}`).toBe(running);
    }
    const first = allianceTimeline[0];
    const last = allianceTimeline[allianceTimeline.length - 1];
    expect(last?.active).toBeGreaterThan(first?.active ?? Number.POSITIVE_INFINITY);
  });

  it("says in the report's data section what each source contributed", async () => {
    // The section reads the graph through ctx.query only; the network analysis a full report context
    // computes first (half a minute here) plays no part in it.
    const ctx = {
      query: (name: string, params: Record<string, unknown> = {}) => runQuery(db, loadQuery(name), params),
      sample: [],
      analysis: { engineNote: "not computed in this test" },
    } as unknown as ReportContext;
    const section = await dataSection(ctx);
    const text = section.blocks.map((b) => ("text" in b ? b.text : "")).join("\n");
    expect(text).not.toContain("all taken from Segers (2015)");
    // Each source's counts, as the graph holds them.
    const facts = await db.read<{ prefix: string; nodes: number; relationships: number }>(
      `UNWIND ['segers2015', 'ctgov', 'cordis'] AS prefix
       CALL (prefix) {
         MATCH (n) WHERE n.source STARTS WITH prefix + ':' AND NOT n:Source RETURN count(n) AS nodes
       }
       CALL (prefix) {
         MATCH ()-[r]->() WHERE r.source STARTS WITH prefix + ':' RETURN count(r) AS relationships
       }
       RETURN prefix, nodes, relationships`,
    );
    for (const f of facts) {
      expect(f.nodes + f.relationships, f.prefix).toBeGreaterThan(0);
      expect(text).toContain(`${f.nodes} nodes and ${f.relationships} relationships`);
    }
    expect(text).toMatch(/Segers \(2015\)[^;]*: \d+ nodes/);
    expect(text).toMatch(/ClinicalTrials\.gov[^;]*: \d+ nodes[^;]*test data/);
    expect(text).toMatch(/CORDIS[^;]*: \d+ nodes[^;]*test data/);
  });
});
