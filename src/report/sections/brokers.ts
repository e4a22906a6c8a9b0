import type { ReportContext } from "../context.js";
import type { Section } from "../document.js";
import { p } from "./blocks.js";

/** Q4: who brokers the network (betweenness, cut points, structural holes, brokerage roles). */
export async function brokersSection(ctx: ReportContext): Promise<Section> {
  const n = ctx.analysis.network;
  const brokers = [...ctx.analysis.organizations]
    .sort((a, b) => b.betweenness - a.betweenness || a.id.localeCompare(b.id))
    .slice(0, 10);
  return {
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
  };
}
