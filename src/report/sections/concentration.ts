import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { readable } from "../format.js";
import { barChart } from "../svg.js";
import { p } from "./blocks.js";

/** Q2: how concentrated each firm's dependence on its partners is (Herfindahl). */
export async function concentrationSection(ctx: ReportContext): Promise<Section> {
  const concentrated = ctx.sample.filter((o) => o.partnerConcentration !== null);
  const mostDiversified = concentrated
    .slice()
    .sort((a, b) => (a.partnerConcentration ?? 1) - (b.partnerConcentration ?? 1))[0];
  return {
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
          `The most diversified is ${mostDiversified?.name} (${readable(mostDiversified?.partnerConcentration ?? 0)}).`,
      ),
    ],
  };
}
