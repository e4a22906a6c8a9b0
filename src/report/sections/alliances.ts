import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { barChart } from "../svg.js";
import { p } from "./blocks.js";

/** Q1: alliances per sample firm, and with whom. */
export async function alliancesSection(ctx: ReportContext): Promise<Section> {
  const { sample } = ctx;
  const allied = sample.filter((o) => o.weightedDegree > 0);
  const none = sample.filter((o) => o.weightedDegree === 0);
  return {
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
          rows: sample.map((o) => [o.name, o.weightedDegree, ctx.partnersOf(o.id).join(", ")]),
        },
      },
      p(
        `${allied.length} of the ${sample.length} sample firms have at least one alliance in the table; ${none
          .map((o) => o.name)
          .join(", ")} have none listed. ` +
          `The best-allied are ${sample
            .slice(0, 3)
            .map((o) => `${o.name} (${o.weightedDegree})`)
            .join(", ")}.`,
      ),
    ],
  };
}
