import { createRequire } from "node:module";
import type { UndirectedGraph } from "graphology";

// CommonJS layout packages (see src/analytics/centrality.ts for why they are required).
const require = createRequire(import.meta.url);
type Positions = Record<string, { x: number; y: number }>;
const circular = require("graphology-layout/circular") as (graph: UndirectedGraph) => Positions;
const forceAtlas2 = require("graphology-layout-forceatlas2") as {
  (
    graph: UndirectedGraph,
    options: { iterations: number; settings?: object; getEdgeWeight?: string | null },
  ): Positions;
  inferSettings(graph: UndirectedGraph): object;
};

const FONT = "font-family='Helvetica, Arial, sans-serif'";
const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
];

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** Horizontal bar chart, one bar per item, labelled with its value. */
export function barChart(
  title: string,
  items: { label: string; value: number }[],
  options: { max?: number } = {},
): string {
  const rowHeight = 22;
  const left = 190;
  const width = 720;
  const barSpace = width - left - 70;
  const height = 40 + items.length * rowHeight + 10;
  const max = options.max ?? Math.max(1e-9, ...items.map((i) => i.value));
  const bars = items.map((item, i) => {
    const y = 36 + i * rowHeight;
    const w = Math.max(0, (item.value / max) * barSpace);
    return [
      `<text x="${left - 8}" y="${y + 14}" text-anchor="end" font-size="12" ${FONT}>${esc(item.label)}</text>`,
      `<rect x="${left}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowHeight - 6}" fill="#4e79a7"/>`,
      `<text x="${(left + w + 6).toFixed(1)}" y="${y + 14}" font-size="12" ${FONT}>${fmt(item.value)}</text>`,
    ].join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="22" font-size="15" font-weight="bold" ${FONT}>${esc(title)}</text>
${bars.join("\n")}
</svg>\n`;
}

/** Line chart of one series over years (values 0–1 unless `max` is given). */
export function lineChart(
  title: string,
  points: { x: number; y: number }[],
  options: { max?: number; yLabel?: string } = {},
): string {
  const width = 720;
  const height = 300;
  const pad = { left: 60, right: 20, top: 40, bottom: 40 };
  const xs = points.map((p) => p.x);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const maxY = options.max ?? 1;
  const sx = (x: number) =>
    pad.left + (maxX === minX ? 0.5 : (x - minX) / (maxX - minX)) * (width - pad.left - pad.right);
  const sy = (y: number) => height - pad.bottom - (y / maxY) * (height - pad.top - pad.bottom);
  const line = points
    .map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
    .join(" ");
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => t * maxY);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="22" font-size="15" font-weight="bold" ${FONT}>${esc(title)}</text>
${ticks.map((t) => `<line x1="${pad.left}" x2="${width - pad.right}" y1="${sy(t).toFixed(1)}" y2="${sy(t).toFixed(1)}" stroke="#ddd"/><text x="${pad.left - 6}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end" font-size="11" ${FONT}>${fmt(t)}</text>`).join("\n")}
<path d="${line}" fill="none" stroke="#e15759" stroke-width="2"/>
${points.map((p) => `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="4" fill="#e15759"/><text x="${sx(p.x).toFixed(1)}" y="${height - pad.bottom + 18}" text-anchor="middle" font-size="11" ${FONT}>${p.x}</text>`).join("\n")}
${options.yLabel ? `<text x="14" y="${height / 2}" font-size="11" transform="rotate(-90 14 ${height / 2})" text-anchor="middle" ${FONT}>${esc(options.yLabel)}</text>` : ""}
</svg>\n`;
}

/**
 * The alliance network drawn with ForceAtlas2 (deterministic: circular start, fixed iterations),
 * node colour = Louvain community, size = degree; labels for organizations with 2+ partners.
 */
export function networkDrawing(
  title: string,
  graph: UndirectedGraph,
  communities: Record<string, number>,
  names: Record<string, string>,
): string {
  const width = 900;
  const height = 700;
  const layoutGraph = graph.copy() as UndirectedGraph;
  const start = circular(layoutGraph);
  layoutGraph.forEachNode((n) => layoutGraph.mergeNodeAttributes(n, start[n] ?? { x: 0, y: 0 }));
  const positions = forceAtlas2(layoutGraph, {
    iterations: 400,
    settings: forceAtlas2.inferSettings(layoutGraph),
    getEdgeWeight: null,
  });
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const px = (x: number) => 40 + ((x - minX) / Math.max(1e-9, maxX - minX)) * (width - 80);
  const py = (y: number) => 50 + ((y - minY) / Math.max(1e-9, maxY - minY)) * (height - 90);
  const edges = graph.edges().map((e) => {
    const [a, b] = graph.extremities(e);
    const pa = positions[a] ?? { x: 0, y: 0 };
    const pb = positions[b] ?? { x: 0, y: 0 };
    return `<line x1="${px(pa.x).toFixed(1)}" y1="${py(pa.y).toFixed(1)}" x2="${px(pb.x).toFixed(1)}" y2="${py(pb.y).toFixed(1)}" stroke="#999" stroke-opacity="0.6"/>`;
  });
  const nodes = graph.nodes().map((n) => {
    const p = positions[n] ?? { x: 0, y: 0 };
    const r = 4 + 2 * Math.sqrt(graph.degree(n));
    const colour = PALETTE[(communities[n] ?? 0) % PALETTE.length];
    const label =
      graph.degree(n) >= 2
        ? `<text x="${(px(p.x) + r + 2).toFixed(1)}" y="${(py(p.y) + 4).toFixed(1)}" font-size="11" ${FONT}>${esc(names[n] ?? n)}</text>`
        : "";
    return `<circle cx="${px(p.x).toFixed(1)}" cy="${py(p.y).toFixed(1)}" r="${r.toFixed(1)}" fill="${colour}" stroke="white"><title>${esc(names[n] ?? n)}</title></circle>${label}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="24" font-size="15" font-weight="bold" ${FONT}>${esc(title)}</text>
${edges.join("\n")}
${nodes.join("\n")}
</svg>\n`;
}
