import { toPlain } from "../cypher/render.js";
import type { Database } from "../db/database.js";

export type Value = string | number | boolean | string[] | number[] | null;

export interface GraphNode {
  id: string;
  /** The most specific label: Firm, University, PharmaCompany, Region, Country, … */
  kind: string;
  labels: string[];
  properties: Record<string, Value>;
}

export interface GraphEdge {
  source: string;
  target: string;
  relationship: string;
  properties: Record<string, Value>;
}

export interface ExportGraph {
  asOf: number | null;
  nodes: GraphNode[];
  edges: GraphEdge[];
  sources: Record<string, Value>[];
}

/** Node kinds beyond organizations that an export can include. */
export const OPTIONAL_KINDS = {
  regions: "Region",
  countries: "Country",
  platforms: "TechnologyPlatform",
  products: "Product",
  exchanges: "StockExchange",
} as const;
export type OptionalKind = keyof typeof OPTIONAL_KINDS;

const READ_NODES = `
MATCH (n)
WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
ORDER BY id`;

// asOf: alliances running that year (or undated), acquisitions up to that year (or undated);
// the same rule as the traversals.
const READ_EDGES = `
MATCH (a)-[r]->(b)
WHERE a.id IS NOT NULL AND b.id IS NOT NULL
  AND any(l IN labels(a) WHERE l IN $labels) AND any(l IN labels(b) WHERE l IN $labels)
  AND ($asOf IS NULL
       OR (type(r) = 'ALLIANCE' AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf))
       OR (type(r) = 'ACQUIRED' AND (r.year IS NULL OR r.year <= $asOf))
       OR NOT type(r) IN ['ALLIANCE', 'ACQUIRED'])
RETURN a.id AS source, b.id AS target, type(r) AS relationship, properties(r) AS properties
ORDER BY relationship, source, target, coalesce(r.type, r.kind, '')`;

function kindOf(labels: string[]): string {
  return labels.find((l) => l !== "Organization") ?? labels[0] ?? "Node";
}

/** Reads organizations (plus the optional kinds asked for) and the relationships among them. */
export async function readGraph(
  db: Database,
  options: { asOf?: number | null; include?: OptionalKind[] } = {},
): Promise<ExportGraph> {
  const labels = ["Organization", ...(options.include ?? []).map((k) => OPTIONAL_KINDS[k])];
  const asOf = options.asOf ?? null;
  const nodes = await db.read<{ id: string; labels: string[]; properties: Record<string, unknown> }>(
    READ_NODES,
    {
      labels,
    },
  );
  const edges = await db.read<{
    source: string;
    target: string;
    relationship: string;
    properties: Record<string, unknown>;
  }>(READ_EDGES, { labels, asOf });
  const sources = await db.read<{ s: Record<string, unknown> }>(
    "MATCH (s:Source) RETURN properties(s) AS s ORDER BY s.key",
  );
  return {
    asOf,
    nodes: nodes.map((n) => ({
      id: n.id,
      kind: kindOf(n.labels),
      labels: [...n.labels].sort(),
      properties: toPlain(n.properties) as Record<string, Value>,
    })),
    edges: edges.map((e) => ({ ...e, properties: toPlain(e.properties) as Record<string, Value> })),
    sources: sources.map((s) => toPlain(s.s) as Record<string, Value>),
  };
}
