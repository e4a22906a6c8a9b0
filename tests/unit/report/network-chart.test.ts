import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { networkDrawing } from "../../../src/report/network-chart.js";

// Test data: two stars with long names (crowded labels) and three organizations without alliances.
function testGraph() {
  const graph = new UndirectedGraph();
  const names: Record<string, string> = {};
  const communities: Record<string, number> = {};
  const add = (id: string, community: number) => {
    graph.addNode(id);
    names[id] = `Organization with a long name ${id}`;
    communities[id] = community;
  };
  for (const hub of ["a", "b"]) {
    add(hub, hub === "a" ? 1 : 2);
    for (let i = 0; i < 9; i++) {
      add(`${hub}${i}`, hub === "a" ? 1 : 2);
      graph.addEdge(hub, `${hub}${i}`);
    }
  }
  graph.addEdge("a", "b");
  for (const id of ["x", "y", "z"]) add(id, 10);
  return { graph, names, communities };
}

interface Label {
  x: number;
  y: number;
  text: string;
}

function labels(svg: string): Label[] {
  return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="11"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      text: m[3] ?? "",
    }),
  );
}

describe("the network chart", () => {
  const { graph, names, communities } = testGraph();
  const chart = networkDrawing("Test network", graph, communities, names);

  it("places labels that do not overlap one another", () => {
    const placed = labels(chart.svg).filter((l) => l.text.startsWith("Organization"));
    // Boxes as the chart estimates them (0.6 em per character, 13 px high), shrunk by 1 px of tolerance.
    const boxes = placed.map((l) => ({ x: l.x, y: l.y - 11, w: l.text.length * 6.6 - 1, h: 12 }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (!a || !b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${placed[i]?.text} / ${placed[j]?.text}`).toBe(false);
      }
    }
    // Every allied organization is either labelled or named in the caption's list.
    expect(placed.length + chart.unlabelled.length).toBe(20 + 3);
  });

  it("groups the organizations without alliances in one labelled box", () => {
    expect(chart.isolates).toBe(3);
    expect(chart.svg).toContain("No alliance in the data (3 organizations)");
    for (const id of ["x", "y", "z"]) expect(chart.svg).toContain(`Organization with a long name ${id}<`);
  });

  it("has a colour legend naming each community after its best-connected member", () => {
    expect(chart.svg).toContain("Colour: community (Louvain)");
    expect(chart.svg).toContain("around Organization with a long name a (10)");
    expect(chart.svg).toContain("around Organization with a long name b (10)");
  });

  it("draws the same picture every time", () => {
    expect(networkDrawing("Test network", graph, communities, names).svg).toBe(chart.svg);
  });
});
