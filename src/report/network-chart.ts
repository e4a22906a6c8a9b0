import { createRequire } from "node:module";
import type { UndirectedGraph } from "graphology";
import { readable } from "./format.js";
import { esc, FONT, GREY, PALETTE } from "./svg.js";

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

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const LABEL_SIZE = 11;
/** Width of a label in Helvetica at LABEL_SIZE, estimated per character (no font metrics in Node). */
const labelWidth = (text: string) => text.length * LABEL_SIZE * 0.6 + 2;

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Greedy label placement: the best-connected organizations first, each label at the first of
 * several spots around its node that overlaps no placed label, no node and stays in the frame;
 * farther spots get a leader line. Returns the labels that found no free spot, for the caption.
 */
function placeLabels(
  nodes: { id: string; x: number; y: number; r: number; text: string; priority: number }[],
  frame: Box,
): { svg: string[]; unplaced: string[] } {
  const taken: Box[] = nodes.map((n) => ({ x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r }));
  const svg: string[] = [];
  const unplaced: string[] = [];
  const order = [...nodes].sort((a, b) => b.priority - a.priority || a.text.localeCompare(b.text));
  for (const n of order) {
    const w = labelWidth(n.text);
    const h = LABEL_SIZE + 2;
    let placed = false;
    for (const gap of [2, 12, 24]) {
      const d = n.r + gap;
      const spots: Box[] = [
        { x: n.x + d, y: n.y - h / 2, w, h },
        { x: n.x - d - w, y: n.y - h / 2, w, h },
        { x: n.x - w / 2, y: n.y - d - h, w, h },
        { x: n.x - w / 2, y: n.y + d, w, h },
        { x: n.x + d * 0.7, y: n.y - d * 0.7 - h, w, h },
        { x: n.x + d * 0.7, y: n.y + d * 0.7, w, h },
        { x: n.x - d * 0.7 - w, y: n.y - d * 0.7 - h, w, h },
        { x: n.x - d * 0.7 - w, y: n.y + d * 0.7, w, h },
      ];
      const spot = spots.find(
        (s) =>
          s.x >= frame.x &&
          s.y >= frame.y &&
          s.x + s.w <= frame.x + frame.w &&
          s.y + s.h <= frame.y + frame.h &&
          !taken.some((t) => overlaps(s, t)),
      );
      if (!spot) continue;
      taken.push(spot);
      if (gap > 2) {
        const cx = Math.min(Math.max(n.x, spot.x), spot.x + spot.w);
        const cy = Math.min(Math.max(n.y, spot.y), spot.y + spot.h);
        svg.push(
          `<line x1="${n.x.toFixed(1)}" y1="${n.y.toFixed(1)}" x2="${cx.toFixed(1)}" y2="${cy.toFixed(1)}" stroke="#777" stroke-width="1"/>`,
        );
      }
      svg.push(
        `<text x="${(spot.x + 1).toFixed(1)}" y="${(spot.y + h - 3).toFixed(1)}" font-size="${LABEL_SIZE}" ${FONT}>${esc(n.text)}</text>`,
      );
      placed = true;
      break;
    }
    if (!placed) unplaced.push(n.text);
  }
  return { svg, unplaced };
}

export interface NetworkChart {
  svg: string;
  /** Names that could not be labelled without overlap (shown on hover only). */
  unlabelled: string[];
  isolates: number;
}

/**
 * The alliance network: ForceAtlas2 on the allied organizations (deterministic: circular start,
 * fixed iterations), colour = Louvain community (the largest ones, named after their best-connected
 * member, in a legend), size = partners, every label placed without overlap; organizations without
 * any alliance are grouped, labelled, in a box below instead of scattered around the drawing.
 */
export function networkDrawing(
  title: string,
  graph: UndirectedGraph,
  communities: Record<string, number>,
  names: Record<string, string>,
): NetworkChart {
  const width = 1000;
  const drawing: Box = { x: 20, y: 44, w: 740, h: 600 };
  const legendX = 780;
  const name = (id: string) => names[id] ?? id;
  const allied = graph.nodes().filter((n) => graph.degree(n) > 0);
  const isolates = graph
    .nodes()
    .filter((n) => graph.degree(n) === 0)
    .sort((a, b) => name(a).localeCompare(name(b)));

  // Communities ranked by size, then by name of their best-connected member: stable colours.
  const members = new Map<number, string[]>();
  for (const n of allied) {
    const c = communities[n] ?? -1;
    members.set(c, [...(members.get(c) ?? []), n]);
  }
  const leader = (ids: string[]) =>
    [...ids].sort((a, b) => graph.degree(b) - graph.degree(a) || name(a).localeCompare(name(b)))[0] ?? "";
  const ranked = [...members.entries()]
    .map(([id, ids]) => ({ id, ids, leader: leader(ids) }))
    .sort((a, b) => b.ids.length - a.ids.length || name(a.leader).localeCompare(name(b.leader)));
  const coloured = ranked.filter((c) => c.ids.length >= 3).slice(0, PALETTE.length);
  const colourOf = new Map<number, string>(coloured.map((c, i) => [c.id, PALETTE[i] ?? GREY]));
  const small = ranked.filter((c) => !colourOf.has(c.id));

  const sub = graph.copy() as UndirectedGraph;
  for (const n of isolates) sub.dropNode(n);
  const start = circular(sub);
  sub.forEachNode((n) => sub.mergeNodeAttributes(n, start[n] ?? { x: 0, y: 0 }));
  const positions =
    sub.order > 2
      ? forceAtlas2(sub, {
          iterations: 500,
          settings: { ...forceAtlas2.inferSettings(sub), scalingRatio: 10, gravity: 0.5 },
          getEdgeWeight: null,
        })
      : start;
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Keep a margin for labels around the outermost nodes.
  const px = (x: number) => drawing.x + 70 + ((x - minX) / Math.max(1e-9, maxX - minX)) * (drawing.w - 140);
  const py = (y: number) => drawing.y + 20 + ((y - minY) / Math.max(1e-9, maxY - minY)) * (drawing.h - 40);
  const at = (id: string) => {
    const p = positions[id] ?? { x: 0, y: 0 };
    return { x: px(p.x), y: py(p.y) };
  };
  const radius = (id: string) => 4 + 2 * Math.sqrt(graph.degree(id));
  const colour = (id: string) => colourOf.get(communities[id] ?? -1) ?? GREY;

  const edges = sub.edges().map((e) => {
    const [a, b] = sub.extremities(e);
    const pa = at(a);
    const pb = at(b);
    return `<line x1="${pa.x.toFixed(1)}" y1="${pa.y.toFixed(1)}" x2="${pb.x.toFixed(1)}" y2="${pb.y.toFixed(1)}" stroke="#999" stroke-opacity="0.7"/>`;
  });
  const nodes = allied.map((n) => {
    const p = at(n);
    return `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${radius(n).toFixed(1)}" fill="${colour(n)}" stroke="white"><title>${esc(name(n))}: ${graph.degree(n)} partner(s)</title></circle>`;
  });
  const labels = placeLabels(
    allied.map((n) => ({ id: n, ...at(n), r: radius(n), text: name(n), priority: graph.degree(n) })),
    drawing,
  );

  // Legend: colours, then sizes.
  const legend: string[] = [
    `<text x="${legendX}" y="${drawing.y + 14}" font-size="12" font-weight="bold" ${FONT}>Colour: community (Louvain)</text>`,
  ];
  let ly = drawing.y + 34;
  for (const c of coloured) {
    legend.push(
      `<circle cx="${legendX + 7}" cy="${ly - 4}" r="6" fill="${colourOf.get(c.id)}"/><text x="${legendX + 18}" y="${ly}" font-size="11" ${FONT}>around ${esc(name(c.leader))} (${c.ids.length})</text>`,
    );
    ly += 18;
  }
  if (small.length > 0) {
    const count = small.reduce((sum, c) => sum + c.ids.length, 0);
    legend.push(
      `<circle cx="${legendX + 7}" cy="${ly - 4}" r="6" fill="${GREY}"/><text x="${legendX + 18}" y="${ly}" font-size="11" ${FONT}>smaller groups (${count} organizations)</text>`,
    );
    ly += 18;
  }
  ly += 14;
  legend.push(
    `<text x="${legendX}" y="${ly}" font-size="12" font-weight="bold" ${FONT}>Size: partners</text>`,
  );
  ly += 20;
  for (const d of [1, 4, 9]) {
    const r = 4 + 2 * Math.sqrt(d);
    legend.push(
      `<circle cx="${legendX + 12}" cy="${ly - 4}" r="${r.toFixed(1)}" fill="none" stroke="#555"/><text x="${legendX + 30}" y="${ly}" font-size="11" ${FONT}>${readable(d)}</text>`,
    );
    ly += 2 * r + 6;
  }

  // Isolates: one labelled box below the drawing.
  const columns = 4;
  const cellW = (width - 40) / columns;
  const rows = Math.ceil(isolates.length / columns);
  const boxY = drawing.y + drawing.h + 16;
  const isolateSvg: string[] = [];
  if (isolates.length > 0) {
    isolateSvg.push(
      `<rect x="20" y="${boxY}" width="${width - 40}" height="${30 + rows * 18}" fill="#fafafa" stroke="#ccc"/>`,
      `<text x="30" y="${boxY + 18}" font-size="12" font-weight="bold" ${FONT}>No alliance in the data (${isolates.length} organizations)</text>`,
    );
    isolates.forEach((n, i) => {
      const x = 30 + (i % columns) * cellW;
      const y = boxY + 38 + Math.floor(i / columns) * 18;
      isolateSvg.push(
        `<circle cx="${x + 5}" cy="${y - 4}" r="4" fill="${GREY}"/><text x="${x + 14}" y="${y}" font-size="11" ${FONT}>${esc(name(n))}</text>`,
      );
    });
  }
  const height = isolates.length > 0 ? boxY + 30 + rows * 18 + 10 : drawing.y + drawing.h + 10;

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">
<rect width="100%" height="100%" fill="white"/>
<text x="10" y="24" font-size="15" font-weight="bold" ${FONT}>${esc(title)}</text>
${edges.join("\n")}
${nodes.join("\n")}
${labels.svg.join("\n")}
${legend.join("\n")}
${isolateSvg.join("\n")}
</svg>\n`;
  return { svg, unlabelled: labels.unplaced, isolates: isolates.length };
}
