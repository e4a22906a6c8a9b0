import type { ReportContext } from "../context.js";
import type { Block, Section } from "../document.js";
import { percent } from "../format.js";
import { networkDrawing } from "../network-chart.js";
import { isFlat, lineChart } from "../svg.js";
import { p } from "./blocks.js";

/** The network's structure: key measures, the drawing, and how it changes over the years. */
export async function structureSection(ctx: ReportContext): Promise<Section> {
  const n = ctx.analysis.network;
  const { snapshots } = ctx;
  const drawing = networkDrawing(
    "Alliance network",
    ctx.graph,
    Object.fromEntries(ctx.analysis.organizations.map((o) => [o.id, o.community])),
    ctx.names,
  );
  const shares = snapshots.map((s) => ({ x: s.year, y: s.network.mainComponentShare }));
  const years = snapshots.map((s) => s.year).join(", ");
  // A flat line says nothing a sentence cannot: draw the chart only when the share moves.
  const trend: Block =
    shares.length >= 2 && !isFlat(shares)
      ? {
          kind: "chart",
          chart: {
            file: "main-component-share.svg",
            svg: lineChart("Share of organizations in the main component, by year", shares, {
              yLabel: "share",
            }),
            caption:
              "Main-component share for every year a dated fact refers to; undated alliances count in every year.",
          },
        }
      : p(
          shares.length === 0
            ? "No fact in the data has a year, so there is no yearly view of the network."
            : `No chart of the main component's share over the years: it is ${percent(shares[0]?.y ?? 0)} in every year a dated fact refers to (${years}), so a line would be flat.`,
        );
  return {
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
            ["main component", `${n.mainComponentSize} (${percent(n.mainComponentShare)})`],
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
          svg: drawing.svg,
          caption:
            `The alliance network: colour = Louvain community, size = number of partners; the ${drawing.isolates} organizations without any alliance in the data are listed in the box below the drawing.` +
            (drawing.unlabelled.length > 0
              ? ` Not labelled for lack of room (hover to see): ${drawing.unlabelled.join(", ")}.`
              : ""),
        },
      },
      trend,
      p(
        snapshots.every((s) => s.network.edgeCount === n.edgeCount)
          ? `The yearly snapshots (${years}) are identical: no alliance in the data has a date, so the "network movie" stands still until dated alliances are added.`
          : `The network changes over the years ${snapshots.map((s) => `${s.year}: ${s.network.edgeCount} pairs`).join("; ")}.`,
      ),
    ],
  };
}
