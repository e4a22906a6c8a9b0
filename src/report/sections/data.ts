import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { p } from "./blocks.js";

interface SourceFacts {
  source: string;
  nodes: number;
  relationships: number;
  keys: number;
  testData: boolean;
}

/** How each family of citation keys (the prefix before ':') is named in the report. */
const SOURCE_NAMES: Record<string, string> = {
  segers2015: "Segers (2015): its Table 1, its OECD table and its text",
  ctgov: "ClinicalTrials.gov (clinical studies, their sponsors and collaborators)",
  cordis: "CORDIS (EU research projects and their participants)",
  eurostat: "Eurostat NUTS (the regions of the CORDIS participants)",
  iso3166: "ISO 3166 (countries named by the connectors)",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the graph holds, where each part comes from, and the caveat that applies to every figure. */
export async function dataSection(ctx: ReportContext): Promise<Section> {
  const [summary] = await ctx.query("ecosystem-summary", { top: 10 });
  const sources = await ctx.query<SourceFacts>("facts-by-source");
  const counts =
    `The graph holds ${summary?.firmCount} firms, ${summary?.universityCount} university and ${summary?.pharmaCompanyCount} (bio)pharma, chemical or diagnostics companies, ` +
    `linked by ${summary?.allianceCount} alliances and ${summary?.acquisitionCount} acquisitions, takeovers, divestments and buy-backs`;
  const paperOnly = sources.length === 1 && sources[0]?.source === "segers2015";
  if (paperOnly) {
    return {
      heading: "The data",
      blocks: [
        p(
          `${counts}, all taken from Segers (2015): its Table 1 (${ctx.sample.length} listed or sampled Belgian new biotechnology firms), its OECD table and its text. ` +
            "Every node and relationship carries its source; nothing was added from elsewhere.",
        ),
        p(`Measures: ${ctx.analysis.engineNote}`),
        p(
          "Caveat for every number below: Table 1 names partners without dating the alliances or saying what they are about, so almost all alliances are of type STRATEGIC and undated. The figures describe the cluster as the paper saw it in 2015, not its history.",
        ),
      ],
    };
  }
  const perSource = sources.map(
    (s) =>
      `${SOURCE_NAMES[s.source] ?? `source keys "${s.source}:…"`}: ${plural(s.nodes, "node", "nodes")} and ${plural(s.relationships, "relationship", "relationships")} (${plural(s.keys, "citation key", "citation keys")})` +
      (s.testData ? ", **test data** (hand-written fixtures, not real records)" : ""),
  );
  return {
    heading: "The data",
    blocks: [
      p(
        `${counts}. They come from ${plural(sources.length, "source", "sources")}, counted by the citation key every node and relationship carries: ${perSource.join("; ")}. ` +
          `The paper's sample is ${ctx.sample.length} listed or sampled Belgian new biotechnology firms (Table 1).`,
      ),
      p(`Measures: ${ctx.analysis.engineNote}`),
      p(
        "Caveat for every number below: the paper's alliances are undated and mostly of type STRATEGIC; the open-data ties are dated (by the first study or project that evidences them) and typed CO_DEVELOPMENT or RESEARCH_COLLABORATION, but a shared study or project is evidence of collaboration, not a contract. Figures that mix both describe the cluster as the paper saw it in 2015 plus what the open data add over time.",
      ),
    ],
  };
}
