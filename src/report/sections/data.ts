import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { p } from "./blocks.js";

/** What the graph holds and the caveat that applies to every figure. */
export async function dataSection(ctx: ReportContext): Promise<Section> {
  const [summary] = await ctx.query("ecosystem-summary", { top: 10 });
  return {
    heading: "The data",
    blocks: [
      p(
        `The graph holds ${summary?.firmCount} firms, ${summary?.universityCount} university and ${summary?.pharmaCompanyCount} (bio)pharma, chemical or diagnostics companies, ` +
          `linked by ${summary?.allianceCount} alliances and ${summary?.acquisitionCount} acquisitions, takeovers, divestments and buy-backs, all taken from Segers (2015): its Table 1 (${ctx.sample.length} listed or sampled Belgian new biotechnology firms), its OECD table and its text. ` +
          "Every node and relationship carries its source; nothing was added from elsewhere.",
      ),
      p(`Measures: ${ctx.analysis.engineNote}`),
      p(
        "Caveat for every number below: Table 1 names partners without dating the alliances or saying what they are about, so almost all alliances are of type STRATEGIC and undated. The figures describe the cluster as the paper saw it in 2015, not its history.",
      ),
    ],
  };
}
