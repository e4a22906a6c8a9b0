import { readable } from "./format.js";

export const FONT = "font-family='Helvetica, Arial, sans-serif'";
export const PALETTE = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
];

export function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Grey for what the legend groups as "other" (and for isolates). */
export const GREY = "#9e9e9e";

const fmt = readable;

/** True when a series carries no information as a chart: every value the same. */
export function isFlat(points: { y: number }[]): boolean {
  const ys = points.map((p) => p.y);
  return ys.length === 0 || Math.max(...ys) - Math.min(...ys) < 1e-9;
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
