import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { yearlySnapshots } from "../../../src/analytics/analyze.js";
import { ingestClinicalTrials, ingestCordis } from "../../../src/connectors/ingest.js";
import type { IngestSummary } from "../../../src/connectors/ingest-run.js";
import { loadQuery } from "../../../src/cypher/library.js";
import { runQuery } from "../../../src/cypher/run-query.js";
import { applySchema } from "../../../src/db/schema.js";
import { NODE_FILES } from "../../../src/import/dataset-spec.js";
import { openDataSections } from "../../../src/report/open-data.js";
import { graphql, startTestServer } from "../../helpers/api-server.js";
import { removeConnectorData } from "../../helpers/connector-data.js";
import { testDatabase } from "../../helpers/database.js";
import { type GraphCounts, graphCounts } from "../../helpers/graph-counts.js";

const db = testDatabase();
const fixtures = join(import.meta.dirname, "..", "..", "fixtures", "connectors");
const overridesFile = join(fixtures, "overrides.csv");
const out = mkdtempSync(join(tmpdir(), "connectors-"));
let before: GraphCounts;
let ctgov: IngestSummary;
let cordis: IngestSummary;

const created = (s: IngestSummary) =>
  (s.import?.nodes ?? []).reduce((n, c) => n + c.created, 0) +
  (s.import?.relationships ?? []).reduce((n, c) => n + c.created, 0);

async function ingestBoth() {
  const a = await ingestClinicalTrials(db, join(fixtures, "clinicaltrials"), {
    outDir: join(out, "ctgov"),
    overridesFile,
  });
  const b = await ingestCordis(db, join(fixtures, "cordis"), { outDir: join(out, "cordis"), overridesFile });
  return [a, b] as const;
}

beforeAll(async () => {
  await applySchema(db);
  await removeConnectorData(db);
  before = await graphCounts(db);
  [ctgov, cordis] = await ingestBoth();
});

afterAll(async () => {
  await removeConnectorData(db);
  // The seed is exactly as it was: the connectors referenced its nodes and never rewrote them.
  expect(await graphCounts(db)).toEqual(before);
  await db.close();
});

const one = async <T extends Record<string, unknown>>(cypher: string, params = {}) => {
  const [row] = await db.read<T>(cypher, params);
  return row as T;
};
const sponsors = (nct: string) =>
  db.read<{ role: string; id: string }>(
    "MATCH (:ClinicalStudy {nctId: $nct})-[s:SPONSORED_BY]->(o) RETURN s.role AS role, o.id AS id ORDER BY role, id",
    { nct },
  );

describe("ClinicalTrials.gov connector (TEST DATA fixtures)", () => {
  it("reads all three input shapes: list pages, single-study files, a folder", async () => {
    expect(ctgov.records).toBe(32);
    const studies = await one<{ n: number; test: number }>(
      "MATCH (s:ClinicalStudy) WHERE s.nctId STARTS WITH 'NCT99' RETURN count(s) AS n, count(CASE WHEN s.testData THEN 1 END) AS test",
    );
    expect(studies).toEqual({ n: 32, test: 32 });
    const s = await one<Record<string, unknown>>(
      "MATCH (s:ClinicalStudy {nctId: 'NCT99000012'}) RETURN s.phases AS phases, s.status AS status, s.startYear AS startYear, s.completionYear AS completionYear, s.conditions AS conditions, s.source AS source",
    );
    expect(s).toEqual({
      phases: ["PHASE2"],
      status: "COMPLETED",
      startYear: 2016,
      completionYear: 2018,
      conditions: ["Immune Thrombocytopenia"],
      source: "ctgov:NCT99000012",
    });
  });

  it("resolves the issue's name variants onto the seed's organizations", async () => {
    expect(await sponsors("NCT99000002")).toEqual([
      { role: "COLLABORATOR", id: "janssen-pharmaceuticals" },
      { role: "LEAD", id: "galapagos" },
    ]);
    expect((await sponsors("NCT99000004"))[1]).toEqual({ role: "LEAD", id: "ucb" }); // UCB Biopharma SRL
    expect((await sponsors("NCT99000005"))[1]).toEqual({ role: "LEAD", id: "ucb" }); // UCB Pharma S.A.
    expect((await sponsors("NCT99000022"))[0]).toEqual({ role: "COLLABORATOR", id: "ku-leuven" }); // Katholieke Universiteit Leuven
    expect((await sponsors("NCT99000026"))[0]).toEqual({ role: "COLLABORATOR", id: "ku-leuven" }); // KU Leuven
    // Janssen R&D is Janssen, kept apart from its parent J&J (which has its own study).
    expect((await sponsors("NCT99000024"))[0]).toEqual({
      role: "COLLABORATOR",
      id: "janssen-pharmaceuticals",
    });
    expect((await sponsors("NCT99000030"))[0]).toEqual({ role: "COLLABORATOR", id: "johnson-johnson" });
    // The override file merges F. Hoffmann-La Roche Ltd into roche and keeps the tour firm apart.
    expect((await sponsors("NCT99000020"))[0]).toEqual({ role: "COLLABORATOR", id: "roche" });
    expect((await sponsors("NCT99000023"))[1]?.id).not.toBe("galapagos");
  });

  it("counts a collaborator listed twice (or under two spellings) once", async () => {
    expect(await sponsors("NCT99000011")).toEqual([
      { role: "COLLABORATOR", id: "ku-leuven" },
      { role: "LEAD", id: "ucb" },
    ]);
    expect(await sponsors("NCT99000006")).toEqual([
      { role: "COLLABORATOR", id: "ku-leuven" },
      { role: "LEAD", id: "thrombogenics" },
    ]);
  });

  it("maps agency classes to kinds and flags what it cannot tell", async () => {
    const kinds = await db.read<{
      name: string;
      kind: string;
      uncertain: boolean | null;
      sector: string | null;
    }>(
      `MATCH (o:Organization) WHERE o.testData
       RETURN o.name AS name, [l IN labels(o) WHERE l <> 'Organization'][0] AS kind, o.kindUncertain AS uncertain, o.sector AS sector`,
    );
    const kindOf = (name: string) => kinds.find((k) => k.name === name);
    expect(kindOf("Fixture Patient Foundation")).toMatchObject({ kind: "Other", uncertain: true }); // class UNKNOWN
    expect(kindOf("Fixture Consortium Holding")).toMatchObject({ kind: "Other", uncertain: true }); // class AMBIG
    expect(kindOf("Dr. Jan Fixture")).toMatchObject({ kind: "Other", sector: "INDIVIDUAL" });
    expect(kindOf("National Cancer Institute (NCI)")).toMatchObject({ kind: "PublicBody", sector: "NIH" });
    expect(kindOf("Universitaire Ziekenhuizen Leuven")).toMatchObject({ kind: "Other", sector: "HOSPITAL" });
    expect(kindOf("Universiteit Gent")).toMatchObject({ kind: "University" });
    expect(kindOf("Fixture Biologics B.V.")).toMatchObject({ kind: "Firm", uncertain: true }); // INDUSTRY, not listed pharma
    expect(kindOf("Merck KGaA")).toMatchObject({ kind: "PharmaCompany" });
  });

  it("dates each lead–collaborator tie by its earliest study and lists the studies as evidence", async () => {
    const tie = await one<Record<string, unknown>>(
      `MATCH (:Organization {id: 'galapagos'})-[a:ALLIANCE {type: 'CO_DEVELOPMENT', origin: 'ctgov'}]-(:Organization {id: 'janssen-pharmaceuticals'})
       RETURN a.since AS since, a.source AS source, a.evidence AS evidence, a.evidenceCount AS n`,
    );
    expect(tie).toEqual({ since: 2010, source: "ctgov:NCT99000002", evidence: ["ctgov:NCT99000002"], n: 1 });
    const argenxJanssen = await one<Record<string, unknown>>(
      `MATCH (:Organization {id: 'argenx'})-[a:ALLIANCE {origin: 'ctgov'}]-(:Organization {id: 'janssen-pharmaceuticals'}) RETURN a.since AS since`,
    );
    expect(argenxJanssen).toEqual({ since: 2020 });
    // The study without a start date (NCT99000025) adds its evidence without changing `since`.
    const undated = await one<Record<string, unknown>>(
      `MATCH (:Organization {name: 'Fixture Biologics B.V.'})-[a:ALLIANCE {origin: 'ctgov'}]-(:Organization {id: 'ucb'})
       RETURN a.since AS since, a.evidence AS evidence`,
    );
    expect(undated).toEqual({ since: 2012, evidence: ["ctgov:NCT99000005", "ctgov:NCT99000025"] });
    // The seed's own Galapagos–Janssen alliance keeps its type and source.
    const seedTie = await one<Record<string, unknown>>(
      `MATCH (:Organization {id: 'galapagos'})-[a:ALLIANCE]->(:Organization {id: 'janssen-pharmaceuticals'})
       WHERE a.origin IS NULL RETURN a.type AS type, a.source AS source, a.since AS since`,
    );
    expect(seedTie).toEqual({ type: "STRATEGIC", source: "segers2015:table1", since: null });
  });

  it("writes matches.csv: scored merges and the candidates left for review, with score and evidence", () => {
    const matches = readFileSync(ctgov.matchesFile, "utf8");
    expect(matches.split("\n")[0]).toBe(
      "decision,name,source,id,candidateId,candidateName,score,rule,evidence",
    );
    expect(matches).toContain(
      '"Janssen Research & Development, LLC",ctgov:NCT99000002,janssen-pharmaceuticals,janssen-pharmaceuticals,,0.95,name+descriptors',
    );
    // Merck KGaA is not Merck & Co.: proposed, not merged.
    expect(matches).toMatch(
      /^review,Merck KGaA,ctgov:NCT99000032,merck-kgaa,merck-co,Merck & Co\.,0\.\d+,candidate,/m,
    );
    // Decided by the override file: neither listed again.
    expect(matches).not.toContain("Galapagos Fixture Tours");
    expect(matches).not.toContain("Hoffmann");
  });
});

describe("CORDIS connector (TEST DATA fixtures)", () => {
  it("creates projects and participations, amounts with a decimal comma or point", async () => {
    expect(cordis.records).toBe(22);
    const project = await one<Record<string, unknown>>(
      "MATCH (p:Project {projectId: '990000001'}) RETURN p.acronym AS acronym, p.startYear AS startYear, p.totalCost AS totalCost, p.frameworkProgramme AS fp, p.source AS source, p.testData AS testData",
    );
    expect(project).toEqual({
      acronym: "FIXBIOMARK",
      startYear: 2014,
      totalCost: 4999875.5,
      fp: "H2020",
      source: "cordis:project:990000001",
      testData: true,
    });
    // KU Leuven twice in one project (two organisation ids): one participation, stronger role, summed contribution.
    const kul = await db.read<Record<string, unknown>>(
      "MATCH (:Organization {id: 'ku-leuven'})-[r:PARTICIPATES_IN]->(:Project {projectId: '990000014'}) RETURN r.role AS role, r.ecContribution AS ec",
    );
    expect(kul).toEqual([{ role: "coordinator", ec: 2300000 }]);
  });

  it("maps activity types to kinds", async () => {
    const kind = (name: string) =>
      one<{ kind: string; uncertain: boolean | null }>(
        "MATCH (o:Organization {name: $name}) RETURN [l IN labels(o) WHERE l <> 'Organization'][0] AS kind, o.kindUncertain AS uncertain",
        { name },
      );
    expect(await kind("UNIVERSITEIT LEIDEN")).toEqual({ kind: "University", uncertain: null }); // HES
    expect(await kind("INSTITUT PASTEUR")).toEqual({ kind: "ResearchInstitute", uncertain: null }); // REC
    expect(await kind("FIXTURE PATIENT ADVOCACY ASBL")).toEqual({ kind: "Other", uncertain: null }); // OTH
    expect(await kind("FIXTURE NEW STARTUP BV")).toEqual({ kind: "Other", uncertain: true }); // no activityType
    // PUB: Sciensano was first met on ClinicalTrials.gov (OTHER_GOV) and resolved by name here.
    expect(await kind("Sciensano")).toEqual({ kind: "PublicBody", uncertain: null });
  });

  it("builds the NUTS hierarchy on the paper's regions: BE2 is Flanders", async () => {
    const chain = await db.read<{ ids: string[] }>(
      `MATCH (:Organization {id: 'ku-leuven'})-[:LOCATED_IN]->(r:Region)
       MATCH path = (r)-[:PART_OF*]->(:Country)
       RETURN [n IN nodes(path) | n.id] AS ids`,
    );
    expect(chain).toEqual([{ ids: ["nuts-be242", "nuts-be24", "flanders", "belgium"] }]);
    const nuts = await db.read<{ code: string; id: string }>(
      `MATCH (i:Identifier {scheme: 'NUTS'})-[:IDENTIFIES]->(r:Region) WHERE i.value IN ['BE1', 'BE2', 'BE3']
       RETURN i.value AS code, r.id AS id ORDER BY code`,
    );
    expect(nuts).toEqual([
      { code: "BE1", id: "brussels-capital-region" },
      { code: "BE2", id: "flanders" },
      { code: "BE3", id: "wallonia" },
    ]);
    // A participant without a nutsCode is located in its country.
    const country = await one<{ id: string }>(
      "MATCH (:Organization {name: 'FIXTURE PATIENT ADVOCACY ASBL'})-[:LOCATED_IN]->(c:Country) RETURN c.id AS id",
    );
    expect(country).toEqual({ id: "belgium" });
    // Galapagos' seed location (Flanders, Segers 2015) is untouched; CORDIS adds Arr. Mechelen.
    const places = await db.read<{ id: string; source: string }>(
      "MATCH (:Organization {id: 'galapagos'})-[l:LOCATED_IN]->(r) RETURN r.id AS id, l.source AS source ORDER BY id",
    );
    expect(places).toEqual([
      { id: "flanders", source: "segers2015:table1" },
      { id: "nuts-be212", source: "cordis:project:990000007" },
    ]);
  });

  it("records the identifiers on the crosswalk and resolves by them", async () => {
    const ids = await db.read<{ scheme: string; value: string }>(
      `MATCH (i:Identifier)-[:IDENTIFIES]->(:Organization {id: 'ku-leuven'}) WHERE i.scheme <> 'NAME'
       RETURN DISTINCT i.scheme AS scheme, i.value AS value ORDER BY scheme, value`,
    );
    expect(ids).toEqual([
      { scheme: "CORDIS_ORG", value: "000100001" },
      { scheme: "CORDIS_ORG", value: "000100021" },
      { scheme: "VAT", value: "BE0999000001" },
    ]);
  });

  it("ties co-participants by project start (RESEARCH_COLLABORATION)", async () => {
    const tie = await one<Record<string, unknown>>(
      `MATCH (:Organization {id: 'ku-leuven'})-[a:ALLIANCE {type: 'RESEARCH_COLLABORATION'}]-(:Organization {id: 'galapagos'})
       RETURN a.since AS since, a.evidence AS evidence, a.source AS source`,
    );
    expect(tie).toEqual({
      since: 2016,
      evidence: ["cordis:project:990000007", "cordis:project:990000016"],
      source: "cordis:project:990000007",
    });
  });
});

describe("both connectors", () => {
  it("give every fact a source that resolves, and mark every node they create as test data", async () => {
    const unresolved = await one<{ nodes: number; relationships: number }>(
      `CALL () { MATCH (n) WHERE n.source IS NOT NULL AND NOT EXISTS { MATCH (:Source {key: n.source}) } RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE r.source IS NOT NULL AND NOT EXISTS { MATCH (:Source {key: r.source}) } RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
    );
    expect(unresolved).toEqual({ nodes: 0, relationships: 0 });
    const unsourced = await one<{ nodes: number; relationships: number }>(
      `CALL () { MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.source IS NULL RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() WHERE r.source IS NULL AND NOT type(r) = 'PART_OF' RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
      // The dataset kinds (not the import ledger or the audit trail, which are not facts).
      { labels: NODE_FILES.map((f) => f.labels[0]) },
    );
    expect(unsourced).toEqual({ nodes: 0, relationships: 0 });
    const created = await one<{ n: number; unmarked: number }>(
      `MATCH (n) WHERE n:ClinicalStudy OR n:Project OR n:Identifier OR (n:Organization AND n.source STARTS WITH 'ctgov:') OR (n:Organization AND n.source STARTS WITH 'cordis:')
       RETURN count(n) AS n, count(CASE WHEN n.testData IS NULL THEN 1 END) AS unmarked`,
    );
    expect(created.n).toBeGreaterThan(100);
    expect(created.unmarked).toBe(0);
    const sources = await one<{ n: number; marked: number }>(
      `MATCH (s:Source) WHERE s.key STARTS WITH 'ctgov:' OR s.key STARTS WITH 'cordis:'
       RETURN count(s) AS n, count(CASE WHEN s.title CONTAINS 'TEST DATA' THEN 1 END) AS marked`,
    );
    expect(sources).toEqual({ n: 54, marked: 54 });
  });

  it("re-running both changes nothing", async () => {
    const counts = await graphCounts(db);
    const [a, b] = await ingestBoth();
    expect(created(a)).toBe(0);
    expect(created(b)).toBe(0);
    expect(await graphCounts(db)).toEqual(counts);
  });

  it("makes time real: the timeline, asOf and the yearly snapshots change over the years", async () => {
    const timeline = await runQuery<{ year: number | null; type: string; alliances: number }>(
      db,
      loadQuery("alliance-timeline"),
    );
    const years = [...new Set(timeline.map((t) => t.year).filter((y) => y !== null))];
    expect(years.length).toBeGreaterThan(10);
    expect(timeline.find((t) => t.year === 2010 && t.type === "CO_DEVELOPMENT")?.alliances).toBeGreaterThan(
      0,
    );
    const [early] = await runQuery<{ allianceCount: number }>(db, loadQuery("ecosystem-summary"), {
      asOf: 2012,
    });
    const [late] = await runQuery<{ allianceCount: number }>(db, loadQuery("ecosystem-summary"), {
      asOf: 2020,
    });
    expect(late?.allianceCount).toBeGreaterThan(early?.allianceCount ?? 0);
    const snapshots = await yearlySnapshots(db, null, "typescript");
    const first = snapshots[0]?.network.edgeCount ?? 0;
    const last = snapshots[snapshots.length - 1]?.network.edgeCount ?? 0;
    expect(last).toBeGreaterThan(first);
  });

  it("answers the worked example: Belgian firms whose first industry partner came after their first EU project", async () => {
    const rows = await runQuery<Record<string, unknown>>(
      db,
      loadQuery("first-industry-partner-after-eu-project"),
    );
    expect(rows.map((r) => [r.firmId, r.firstEuProjectYear, r.firstPartnerYear])).toEqual([
      ["mdxhealth", 2014, 2018],
      ["argenx", 2014, 2016],
      ["biocartis", 2015, 2017],
      ["bone-therapeutics", 2016, 2019],
    ]);
  });

  it("serves studies, projects, the crosswalk, the new kinds and the NUTS hierarchy through the GraphQL API", async () => {
    const server = await startTestServer(db);
    try {
      const { body } = await graphql<Record<string, unknown>>(
        server,
        `{
          clinicalStudies(where: { nctId: { eq: "NCT99000002" } }) {
            startYear testData
            sponsorsConnection(sort: [{ edge: { role: ASC } }]) { edges { properties { role } node { id __typename } } }
          }
          projects(where: { projectId: { eq: "990000007" } }) { acronym participants(sort: [{ id: ASC }]) { id } }
          regions(where: { id: { eq: "nuts-be242" } }) { nutsLevel parentRegion { id parentRegion { id country { id } } } }
          researchInstitutes(where: { name: { eq: "INSTITUT PASTEUR" } }) { testData }
          identifiers(where: { scheme: { eq: "NUTS" }, value: { eq: "BE2" } }) { regions { id } }
        }`,
      );
      expect(body.errors).toBeUndefined();
      expect(body.data).toEqual({
        clinicalStudies: [
          {
            startYear: 2010,
            testData: true,
            sponsorsConnection: {
              edges: [
                {
                  properties: { role: "COLLABORATOR" },
                  node: { id: "janssen-pharmaceuticals", __typename: "PharmaCompany" },
                },
                { properties: { role: "LEAD" }, node: { id: "galapagos", __typename: "Firm" } },
              ],
            },
          },
        ],
        projects: [
          {
            acronym: "FIXFIBROSIS",
            participants: [{ id: "galapagos" }, { id: "ku-leuven" }, { id: "universiteit-leiden" }],
          },
        ],
        regions: [
          {
            nutsLevel: 3,
            parentRegion: { id: "nuts-be24", parentRegion: { id: "flanders", country: { id: "belgium" } } },
          },
        ],
        researchInstitutes: [{ testData: true }],
        identifiers: [{ regions: [{ id: "flanders" }] }],
      });
    } finally {
      await server.close();
    }
  });

  it("gives the report one section per source, with its figures", async () => {
    const sections = await openDataSections(db);
    expect(sections.map((s) => s.heading)).toEqual([
      "Open data: CORDIS (EU research projects)",
      "Open data: ClinicalTrials.gov",
    ]);
    const text = (i: number) =>
      sections[i]?.blocks.flatMap((b) => (b.kind === "p" ? [b.text] : [])).join(" ");
    expect(text(0)).toContain("22 EU-funded projects starting 2014–2023");
    expect(text(1)).toContain("32 clinical studies starting 2008–2022 (1 without a start date)");
    expect(text(1)).toContain("**Test data:** 32 of these 32 records");
    expect(sections[1]?.blocks.some((b) => b.kind === "chart")).toBe(true);
  });
});
