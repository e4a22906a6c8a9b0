import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { p } from "./blocks.js";

/** Q3: the large partners shared by the most sample firms. */
export async function hubsSection(ctx: ReportContext): Promise<Section> {
  const hubs = await ctx.query("partner-hubs", { top: 10 });
  return {
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
  };
}
