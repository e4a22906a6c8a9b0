import { stringify } from "csv-stringify/sync";
import type { ExportGraph, GraphEdge, GraphNode, Value } from "./read-graph.js";

type AttrType = "boolean" | "long" | "double" | "string";

function attributeKeys(items: (GraphNode | GraphEdge)[]): string[] {
  return [...new Set(items.flatMap((i) => Object.keys(i.properties)))].sort();
}

/** The narrowest GraphML type that holds every value of an attribute (lists become text). */
function attrType(values: Value[]): AttrType {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return "string";
  if (present.every((v) => typeof v === "boolean")) return "boolean";
  if (present.every((v) => typeof v === "number" && Number.isInteger(v))) return "long";
  if (present.every((v) => typeof v === "number")) return "double";
  return "string";
}

function text(value: Value | undefined): string {
  if (value === null || value === undefined) return "";
  return Array.isArray(value) ? value.join("|") : String(value);
}

function xml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * GraphML with typed <key>s, as Gephi, yEd, NetworkX (read_graphml) and igraph read it. The graph is
 * directed as stored; ALLIANCE edges are meant undirected (their `relationship` attribute says so).
 * Multi-valued properties (aliases, approvedBy) are written as text joined with '|'.
 */
export function toGraphML(graph: ExportGraph): string {
  const nodeAttrs = ["kind", "labels", ...attributeKeys(graph.nodes).filter((k) => k !== "id")];
  const edgeAttrs = ["relationship", ...attributeKeys(graph.edges)];
  const nodeValue = (n: GraphNode, k: string): Value =>
    k === "kind" ? n.kind : k === "labels" ? n.labels.join(":") : (n.properties[k] ?? null);
  const edgeValue = (e: GraphEdge, k: string): Value =>
    k === "relationship" ? e.relationship : (e.properties[k] ?? null);
  const nodeTypes = nodeAttrs.map((k) => attrType(graph.nodes.map((n) => nodeValue(n, k))));
  const edgeTypes = edgeAttrs.map((k) => attrType(graph.edges.map((e) => edgeValue(e, k))));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeAttrs.map(
      (k, i) => `  <key id="n${i}" for="node" attr.name="${xml(k)}" attr.type="${nodeTypes[i]}"/>`,
    ),
    ...edgeAttrs.map(
      (k, i) => `  <key id="e${i}" for="edge" attr.name="${xml(k)}" attr.type="${edgeTypes[i]}"/>`,
    ),
    `  <graph id="ecosystem" edgedefault="directed">`,
  ];
  const data = (prefix: string, keys: string[], get: (k: string) => Value) =>
    keys
      .map((k, i) => [i, get(k)] as const)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([i, v]) => `      <data key="${prefix}${i}">${xml(text(v))}</data>`);
  for (const n of graph.nodes) {
    lines.push(
      `    <node id="${xml(n.id)}">`,
      ...data("n", nodeAttrs, (k) => nodeValue(n, k)),
      "    </node>",
    );
  }
  graph.edges.forEach((e, i) => {
    lines.push(
      `    <edge id="r${i}" source="${xml(e.source)}" target="${xml(e.target)}">`,
      ...data("e", edgeAttrs, (k) => edgeValue(e, k)),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}

/**
 * In edge lists, `source`/`target` are the endpoints (the convention of pandas, NetworkX and igraph),
 * so the provenance property `source` is renamed `citation` in the CSV and JSON network formats.
 */
function withCitation(properties: Record<string, Value>): Record<string, Value> {
  const { source, ...rest } = properties;
  return source === undefined ? rest : { ...rest, citation: source };
}

function renamed(graph: ExportGraph): ExportGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({ ...n, properties: withCitation(n.properties) })),
    edges: graph.edges.map((e) => ({ ...e, properties: withCitation(e.properties) })),
  };
}

/** Node and edge lists with a header (pandas.read_csv, networkx.from_pandas_edgelist, igraph). */
export function toNetworkCsv(original: ExportGraph): { nodes: string; edges: string } {
  const graph = renamed(original);
  const nodeAttrs = attributeKeys(graph.nodes).filter((k) => k !== "id");
  const edgeAttrs = attributeKeys(graph.edges);
  return {
    nodes: stringify([
      ["id", "kind", "labels", ...nodeAttrs],
      ...graph.nodes.map((n) => [
        n.id,
        n.kind,
        n.labels.join(":"),
        ...nodeAttrs.map((k) => text(n.properties[k])),
      ]),
    ]),
    edges: stringify([
      ["source", "target", "relationship", ...edgeAttrs],
      ...graph.edges.map((e) => [
        e.source,
        e.target,
        e.relationship,
        ...edgeAttrs.map((k) => text(e.properties[k])),
      ]),
    ]),
  };
}

/** NetworkX node-link JSON (networkx.node_link_graph(data, edges="links")), with all properties. */
export function toNodeLinkJson(original: ExportGraph): string {
  const graph = renamed(original);
  return `${JSON.stringify(
    {
      directed: true,
      multigraph: true,
      graph: { name: "innovation ecosystem", asOf: graph.asOf },
      nodes: graph.nodes.map((n) => ({ id: n.id, kind: n.kind, labels: n.labels, ...n.properties })),
      links: graph.edges.map((e) => ({
        source: e.source,
        target: e.target,
        relationship: e.relationship,
        ...e.properties,
      })),
    },
    null,
    2,
  )}\n`;
}
