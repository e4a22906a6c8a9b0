import Graph from "graphology";
import { circular } from "graphology-layout";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { useEffect, useRef, useState } from "react";
import Sigma from "sigma";
import { kindColour } from "../kinds";

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  degree: number;
}

export interface GraphEdge {
  source: string;
  target: string;
}

interface Props {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The organization the view is about: drawn larger and with a dark ring. */
  centerId?: string | undefined;
  /** Ids along a path, in order: those nodes and the edges between consecutive ones are highlighted. */
  highlight?: string[] | undefined;
  onSelect?: ((id: string) => void) | undefined;
  label: string;
}

const DIMMED = "#d4d4d4";
const PATH_EDGE = "#c2185b";

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Draws a network with sigma.js (WebGL) on a deterministic ForceAtlas2 layout, so the same data
 * always gives the same picture. Colour = kind of organization; size = partners in view.
 */
export function NetworkGraph({ nodes, edges, centerId, highlight, onSelect, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const graph = new Graph({ type: "undirected", multi: false });
    for (const node of nodes) {
      graph.mergeNode(node.id, {
        label: node.name,
        size: (node.id === centerId ? 9 : 4) + 2.2 * Math.sqrt(node.degree),
        color: kindColour(node.kind),
      });
    }
    for (const edge of edges) {
      if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      graph.mergeEdge(edge.source, edge.target, { size: 1.5, color: "#8a8a8a" });
    }
    circular.assign(graph);
    if (graph.order > 2) {
      forceAtlas2.assign(graph, {
        iterations: 500,
        settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 12 },
      });
    }
    const onPath = new Set(highlight ?? []);
    const pathEdges = new Set<string>();
    for (let i = 0; i + 1 < (highlight?.length ?? 0); i++) {
      pathEdges.add(pairKey(highlight?.[i] ?? "", highlight?.[i + 1] ?? ""));
    }
    const hasPath = onPath.size > 0;
    let renderer: Sigma | undefined;
    try {
      renderer = new Sigma(graph, element, {
        // Drawn once the container has a size (e.g. after the stylesheet applies), not an error.
        allowInvalidContainer: true,
        renderLabels: true,
        labelRenderedSizeThreshold: graph.order > 80 ? 8 : 0,
        // Small views label every node; sigma still drops a label that would cover another.
        labelDensity: graph.order > 80 ? 1 : 3,
        labelGridCellSize: 60,
        labelFont: "system-ui, sans-serif",
        labelColor: { color: "#1a1a1a" },
        defaultEdgeType: "line",
        nodeReducer: (node, data) => {
          if (node === centerId) return { ...data, highlighted: true, zIndex: 2 };
          if (!hasPath) return data;
          return onPath.has(node)
            ? { ...data, size: data.size * 1.5, forceLabel: true, zIndex: 2 }
            : { ...data, color: DIMMED, label: "", zIndex: 0 };
        },
        edgeReducer: (edge, data) => {
          if (!hasPath) return data;
          const [a, b] = graph.extremities(edge);
          return pathEdges.has(pairKey(a, b))
            ? { ...data, color: PATH_EDGE, size: 5, zIndex: 2 }
            : { ...data, color: "#e6e6e6", zIndex: 0 };
        },
        zIndex: true,
      });
      renderer.on("clickNode", ({ node }) => select.current?.(node));
      renderer.on("enterNode", () => element.classList.add("pointer"));
      renderer.on("leaveNode", () => element.classList.remove("pointer"));
      setFailure(null);
    } catch (error) {
      // No WebGL (old browser, locked-down machine): the list next to the graph still shows everything.
      setFailure(error instanceof Error ? error.message : String(error));
    }
    return () => renderer?.kill();
  }, [nodes, edges, centerId, highlight]);

  return (
    <div className="graph-frame">
      <div ref={container} className="graph" role="img" aria-label={label} data-testid="graph-canvas" />
      {failure && (
        <p className="notice">
          The graph cannot be drawn in this browser ({failure}); the list below shows the same data.
        </p>
      )}
    </div>
  );
}
