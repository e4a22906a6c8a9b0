import { analyze, yearlySnapshots } from "../analytics/analyze.js";
import { loadNetwork } from "../analytics/load-network.js";
import { toGraphology } from "../analytics/network.js";
import { loadQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import type { Block, ReportDocument, Section } from "./document.js";
import { openDataSections } from "./open-data.js";
import { barChart, lineChart, networkDrawing } from "./svg.js";

type Row = Record<string, unknown>;

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(3));
const p = (text: string): Block => ({ kind: "p", text });

async function q<T = Row>(db: Database, name: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return (await runQuery(db, loadQuery(name), params)) as T[];
}

/** Every figure in the findings, computed from the graph now (nothing typed in). */
export async function buildFindings(db: Database, now = new Date()): Promise<ReportDocument> {
  const analysis = await analyze(db);
  const network = { graph: toGraphology(await loadNetwork(db)) };
  const snapshots = await yearlySnapshots(db);
  const [summary] = await q(db, "ecosystem-summary", { top: 10 });
  const hubs = await q(db, "partner-hubs", { top: 10 });
  const [p1] = await q(db, "proposition-1-international-partners");
  const p2 = await q(db, "proposition-2-alliances-and-success");
  const p3 = await q(db, "proposition-3-business-models");
  const genealogy = await q(db, "spin-off-genealogy");
  const oecd = await q(db, "oecd-indicators");
  const sample = analysis.organizations
    .filter((o) => o.studySample)
    .sort((a, b) => b.weightedDegree - a.weightedDegree || a.name.localeCompare(b.name));
  const names = Object.fromEntries(analysis.organizations.map((o) => [o.id, o.name]));
  const partnersOf = (id: string) =>
    network.graph
      .neighbors(id)
      .map((n) => names[n] ?? n)
      .sort();
  const n = analysis.network;
  const sections: Section[] = [];

  // 1. What the graph holds.
  sections.push({
    heading: "The data",
    blocks: [
      p(
        `The graph holds ${summary?.firmCount} firms, ${summary?.universityCount} university and ${summary?.pharmaCompanyCount} (bio)pharma, chemical or diagnostics companies, ` +
          `linked by ${summary?.allianceCount} alliances and ${summary?.acquisitionCount} acquisitions, takeovers, divestments and buy-backs, all taken from Segers (2015): its Table 1 (${sample.length} listed or sampled Belgian new biotechnology firms), its OECD table and its text. ` +
          "Every node and relationship carries its source; nothing was added from elsewhere.",
      ),
      p(`Measures: ${analysis.engineNote}`),
      p(
        "Caveat for every number below: Table 1 names partners without dating the alliances or saying what they are about, so almost all alliances are of type STRATEGIC and undated. The figures describe the cluster as the paper saw it in 2015, not its history.",
      ),
    ],
  });

  // 2. Alliances per firm and with whom.
  sections.push({
    heading: "Q1. How many alliances does each firm have, and with whom?",
    blocks: [
      {
        kind: "chart",
        chart: {
          file: "alliances-per-firm.svg",
          svg: barChart(
            "Alliances per sample firm",
            sample.map((o) => ({ label: o.name, value: o.weightedDegree })),
          ),
          caption: "Alliances of each of the paper's sample firms (Table 1).",
        },
      },
      {
        kind: "table",
        table: {
          columns: ["firm", "alliances", "partners"],
          rows: sample.map((o) => [o.name, o.weightedDegree, partnersOf(o.id).join(", ")]),
        },
      },
      p(
        `${sample.filter((o) => o.weightedDegree > 0).length} of the ${sample.length} sample firms have at least one alliance in the table; ${sample
          .filter((o) => o.weightedDegree === 0)
          .map((o) => o.name)
          .join(", ")} have none listed. ` +
          `The best-allied are ${sample
            .slice(0, 3)
            .map((o) => `${o.name} (${o.weightedDegree})`)
            .join(", ")}.`,
      ),
    ],
  });

  // 3. Dependency concentration.
  const concentrated = sample.filter((o) => o.partnerConcentration !== null);
  sections.push({
    heading: "Q2. How concentrated is each firm's dependence on its partners?",
    blocks: [
      p(
        "Concentration is the Herfindahl index of a firm's alliances over its partners: 1 means a single partner carries all of the firm's alliances, 1/n means n partners share them evenly. The paper lists what new biotech firms depend on large partners for (marketing, manufacturing, product development, licensing, milestone payments); the table rarely says which applies, so the areas can only be read for the few typed alliances (see partnerDependency in the API).",
      ),
      {
        kind: "chart",
        chart: {
          file: "concentration-per-firm.svg",
          svg: barChart(
            "Partner concentration (Herfindahl) per sample firm",
            concentrated.map((o) => ({ label: o.name, value: o.partnerConcentration ?? 0 })),
            { max: 1 },
          ),
          caption: "Herfindahl index of each allied sample firm's alliances over partners.",
        },
      },
      p(
        `Firms with a single partner are fully dependent on it (concentration 1): ${
          concentrated
            .filter((o) => o.partnerConcentration === 1)
            .map((o) => o.name)
            .join(", ") || "none"
        }. ` +
          `The most diversified is ${concentrated.slice().sort((a, b) => (a.partnerConcentration ?? 1) - (b.partnerConcentration ?? 1))[0]?.name} (${num(concentrated.slice().sort((a, b) => (a.partnerConcentration ?? 1) - (b.partnerConcentration ?? 1))[0]?.partnerConcentration ?? 0)}).`,
      ),
    ],
  });

  // 4. Hubs among large partners.
  sections.push({
    heading: "Q3. Which large partners are the hubs?",
    blocks: [
      {
        kind: "table",
        table: {
          columns: ["partner", "sample firms allied", "firms"],
          rows: hubs.map((h) => [
            h.partnerName as string,
            h.dependentFirms as number,
            (h.firms as string[]).join(", "),
          ]),
        },
      },
      p(
        `${hubs[0]?.partnerName} is allied with the most sample firms (${hubs[0]?.dependentFirms}); ${hubs.filter((h) => (h.dependentFirms as number) >= 2).length} partners are shared by two or more firms, the rest by one. The cluster's firms mostly draw on different large partners.`,
      ),
    ],
  });

  // 5. Brokers.
  const brokers = [...analysis.organizations]
    .sort((a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id))
    .slice(0, 10);
  sections.push({
    heading: "Q4. Who brokers the network?",
    blocks: [
      p(
        "Betweenness counts the shortest paths between other organizations that pass through one; articulation points are organizations whose exit would split the network; Burt's constraint is low for organizations spanning structural holes; the Gould–Fernandez role uses the region (or, for most foreign partners, 'unlocated') as the group.",
      ),
      {
        kind: "table",
        table: {
          columns: [
            "organization",
            "kind",
            "partners",
            "betweenness",
            "cut point",
            "constraint",
            "effective size",
            "brokerage role",
          ],
          rows: brokers.map((o) => [
            o.name,
            o.kind,
            o.degree,
            o.betweenness,
            o.articulationPoint,
            o.constraint,
            o.effectiveSize,
            o.brokerageRole,
          ]),
        },
      },
      p(
        `${n.articulationPoints.length} organizations are cut points and ${n.bridges.length} of the ${n.edgeCount} allied pairs are bridges: losing any one of those alliances would split the network ("partner exits"). ` +
          `The main brokers are sample firms with many partners (${brokers
            .filter((o) => o.studySample)
            .slice(0, 3)
            .map((o) => o.name)
            .join(", ")}) and the large partners shared between firms (${brokers
            .filter((o) => !o.studySample && o.kind !== "Firm")
            .slice(0, 3)
            .map((o) => o.name)
            .join(", ")}).`,
      ),
    ],
  });

  // 6. Structure and the network movie.
  sections.push({
    heading: "The network's structure",
    blocks: [
      {
        kind: "table",
        table: {
          columns: ["measure", "value"],
          rows: [
            ["organizations", n.nodeCount],
            ["allied pairs", n.edgeCount],
            ["density", n.density],
            ["components", n.componentCount],
            ["main component", `${n.mainComponentSize} (${pct(n.mainComponentShare)})`],
            ["bicomponents", n.bicomponentCount],
            ["Louvain communities", n.communityCount],
            ["modularity", n.modularity],
          ],
        },
      },
      {
        kind: "chart",
        chart: {
          file: "network.svg",
          svg: networkDrawing(
            "Alliance network (colour = Louvain community, size = partners)",
            network.graph,
            Object.fromEntries(analysis.organizations.map((o) => [o.id, o.community])),
            names,
          ),
          caption: "The alliance network; isolated organizations (no alliance in the data) included.",
        },
      },
      {
        kind: "chart",
        chart: {
          file: "main-component-share.svg",
          svg: lineChart(
            "Share of organizations in the main component, by year",
            snapshots.map((s) => ({ x: s.year, y: s.network.mainComponentShare })),
            { yLabel: "share" },
          ),
          caption:
            "Main-component share for every year a dated fact refers to; undated alliances count in every year.",
        },
      },
      p(
        snapshots.every((s) => s.network.edgeCount === n.edgeCount)
          ? `The yearly snapshots (${snapshots.map((s) => s.year).join(", ")}) are identical: no alliance in the data has a date, so the "network movie" stands still until dated alliances are added.`
          : `The network changes over the years ${snapshots.map((s) => `${s.year}: ${s.network.edgeCount} pairs`).join("; ")}.`,
      ),
    ],
  });

  // 7. Spin-offs.
  sections.push({
    heading: "Spin-off genealogy (Klepper)",
    blocks: [
      {
        kind: "table",
        table: {
          columns: ["spin-off", "parent", "generation", "year", "spin-off leading", "parent leading"],
          rows: genealogy.map((g) => [
            g.child as string,
            g.parent as string,
            g.generation as number,
            (g.year as number | null) ?? "not given",
            g.childLeading as boolean,
            g.parentLeading as boolean,
          ]),
        },
      },
      p(
        `${genealogy.length} spin-offs are recorded (${pct(genealogy.filter((g) => sample.some((s) => s.id === g.childId)).length / Math.max(1, sample.length))} of the sample firms). Klepper expects leading firms to descend from leading parents; here ${
          genealogy
            .filter((g) => g.childLeading)
            .map((g) => g.child)
            .join(", ") || "no spin-off"
        } is leading, ${
          genealogy
            .filter((g) => !g.childLeading)
            .map((g) => g.child)
            .join(", ") || "none"
        } is not. Too few spin-offs are in the source to test the pattern.`,
      ),
    ],
  });

  // 8. Propositions.
  const selfSustaining = p2.find((g) => g.group === "self-sustaining");
  const others = p2.find((g) => g.group === "other");
  const product = p3.find((m) => m.businessModel === "PRODUCT");
  const unknown = p3.find((m) => m.businessModel === "UNKNOWN");
  sections.push({
    heading: "The paper's three propositions",
    blocks: [
      p(
        `**Proposition 1** (new biotech firms must work with international (bio)pharma companies): ${p1?.withPharmaPartner} of ${p1?.sampleFirms} sample firms (${pct(p1?.share as number)}) have at least one alliance with a (bio)pharma company; the data ${p1?.supports ? "support" : "do not support"} it. Without such a partner: ${((p1?.firmsWithout ?? []) as string[]).map((id) => names[id] ?? id).join(", ")}.`,
      ),
      p(
        `**Proposition 2** (success depends on strategic alliances): the ${selfSustaining?.firms} self-sustaining firms average ${num(selfSustaining?.avgAlliances as number)} alliances, the ${others?.firms} others ${num(others?.avgAlliances as number)}. ` +
          `This ${(selfSustaining?.avgAlliances as number) > (others?.avgAlliances as number) ? "is consistent with" : "does not support"} the proposition, with the caveats of a 3-firm group, a one-time snapshot and correlation only.`,
      ),
      p(
        `**Proposition 3** (most new biotech firms will not become fully integrated, product-based companies): the paper classifies only ${product?.firmCount} firm as product-based (${((product?.firms ?? []) as string[]).join(", ")}); ${unknown?.firmCount} of ${sample.length} sample firms have no business model in the source, so the data can neither confirm nor refute it. The paper's own evidence is their dependence on large partners (Q2, Q3).`,
      ),
    ],
  });

  // 9. OECD context.
  sections.push({
    heading: "Context: the OECD indicators",
    blocks: [
      {
        kind: "table",
        table: {
          columns: [
            "country",
            "biotech firms",
            "dedicated",
            "% dedicated",
            "year",
            "biotech % of BERD",
            "biotech R&D intensity %",
          ],
          rows: oecd.map((c) => [
            c.name as string,
            c.biotechFirms as number | null,
            c.dedicatedBiotechFirms as number | null,
            c.dedicatedShare as number | null,
            c.indicatorYear as number | null,
            c.biotechBerdShare as number | null,
            c.biotechRdIntensity as number | null,
          ]),
        },
      },
    ],
  });

  sections.push(...(await openDataSections(db)));

  return {
    title: "Findings: the Belgian biotech cluster's alliance network",
    subtitle: `Generated by \`npm run report\` on ${now.toISOString().slice(0, 10)} from the graph (${n.nodeCount} organizations, ${n.allianceCount} alliances; measures computed by the ${analysis.engine} engine). Every number is computed at generation time.`,
    sections,
  };
}
