import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";

/** Context: the OECD biotechnology indicators of the paper's table. */
export async function oecdSection(ctx: ReportContext): Promise<Section> {
  const oecd = await ctx.query("oecd-indicators");
  return {
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
  };
}
