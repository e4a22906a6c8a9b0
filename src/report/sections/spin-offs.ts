import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { percent } from "../format.js";
import { p } from "./blocks.js";

/** Spin-off genealogy and Klepper's leading-parent pattern. */
export async function spinOffsSection(ctx: ReportContext): Promise<Section> {
  const genealogy = await ctx.query("spin-off-genealogy");
  const { sample } = ctx;
  const fromSample = genealogy.filter((g) => sample.some((s) => s.id === g.childId)).length;
  return {
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
        `${genealogy.length} spin-offs are recorded (${percent(fromSample / Math.max(1, sample.length))} of the sample firms). Klepper expects leading firms to descend from leading parents; here ${
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
  };
}
