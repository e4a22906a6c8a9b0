import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { percent, readable } from "../format.js";
import { p } from "./blocks.js";

/** The paper's three propositions, each checked against the data. */
export async function propositionsSection(ctx: ReportContext): Promise<Section> {
  const [p1] = await ctx.query("proposition-1-international-partners");
  const p2 = await ctx.query("proposition-2-alliances-and-success");
  const p3 = await ctx.query("proposition-3-business-models");
  const selfSustaining = p2.find((g) => g.group === "self-sustaining");
  const others = p2.find((g) => g.group === "other");
  const product = p3.find((m) => m.businessModel === "PRODUCT");
  const unknown = p3.find((m) => m.businessModel === "UNKNOWN");
  return {
    heading: "The paper's three propositions",
    blocks: [
      p(
        `**Proposition 1** (new biotech firms must work with international (bio)pharma companies): ${p1?.withPharmaPartner} of ${p1?.sampleFirms} sample firms (${percent(p1?.share as number)}) have at least one alliance with a (bio)pharma company; the data ${p1?.supports ? "support" : "do not support"} it. Without such a partner: ${((p1?.firmsWithout ?? []) as string[]).map((id) => ctx.names[id] ?? id).join(", ")}.`,
      ),
      p(
        `**Proposition 2** (success depends on strategic alliances): the ${selfSustaining?.firms} self-sustaining firms average ${readable(selfSustaining?.avgAlliances as number)} alliances, the ${others?.firms} others ${readable(others?.avgAlliances as number)}. ` +
          `This ${(selfSustaining?.avgAlliances as number) > (others?.avgAlliances as number) ? "is consistent with" : "does not support"} the proposition, with the caveats of a 3-firm group, a one-time snapshot and correlation only.`,
      ),
      p(
        `**Proposition 3** (most new biotech firms will not become fully integrated, product-based companies): the paper classifies only ${product?.firmCount} firm as product-based (${((product?.firms ?? []) as string[]).join(", ")}); ${unknown?.firmCount} of ${ctx.sample.length} sample firms have no business model in the source, so the data can neither confirm nor refute it. The paper's own evidence is their dependence on large partners (Q2, Q3).`,
      ),
    ],
  };
}
