import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { writeDatasetCsv } from "../../../src/export/dataset-csv.js";
import { toGraphML, toNetworkCsv, toNodeLinkJson } from "../../../src/export/network-formats.js";
import { OPTIONAL_KINDS, type OptionalKind, readGraph } from "../../../src/export/read-graph.js";
import { importDataset } from "../../../src/import/import-dataset.js";
import { type Dataset, validateDataset } from "../../../src/import/validate.js";
import { seedDir } from "../../../src/paths.js";
import { testDatabase } from "../../helpers/database.js";

const db = testDatabase();
const tmp = mkdtempSync(join(tmpdir(), "ecosystem-export-"));
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await db.close();
});

async function count(cypher: string): Promise<number> {
  const [row] = await db.read<{ n: number }>(cypher);
  return row?.n ?? -1;
}

describe("GraphML export", () => {
  it("parses back with the graph's counts and typed keys", async () => {
    const graph = await readGraph(db);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(toGraphML(graph));
    const nodes = [doc.graphml.graph.node].flat();
    const edges = [doc.graphml.graph.edge].flat();
    expect(nodes.length).toBe(await count("MATCH (o:Organization) RETURN count(o) AS n"));
    expect(edges.length).toBe(await count("MATCH (:Organization)-[r]->(:Organization) RETURN count(r) AS n"));
    const keys = Object.fromEntries(
      [doc.graphml.key]
        .flat()
        .map((k: Record<string, string>) => [`${k["@for"]}:${k["@attr.name"]}`, k["@attr.type"]]),
    );
    expect(keys).toMatchObject({
      "node:name": "string",
      "node:selfSustaining": "boolean",
      "edge:relationship": "string",
      "edge:type": "string",
      "edge:year": "long",
    });
    // Every node and edge points at declared keys; every edge at existing nodes.
    const ids = new Set(nodes.map((n: Record<string, string>) => n["@id"]));
    for (const e of edges) {
      expect(ids.has(e["@source"])).toBe(true);
      expect(ids.has(e["@target"])).toBe(true);
    }
  });

  it("includes the optional node kinds when asked", async () => {
    const kinds = Object.keys(OPTIONAL_KINDS) as OptionalKind[];
    const graph = await readGraph(db, { include: kinds });
    const labels = ["Organization", ...Object.values(OPTIONAL_KINDS)];
    expect(graph.nodes.length).toBe(
      await count(
        `MATCH (n) WHERE any(l IN labels(n) WHERE l IN ${JSON.stringify(labels)}) RETURN count(n) AS n`,
      ),
    );
    expect(graph.edges.length).toBe(
      await count("MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN count(r) AS n"),
    );
  });
});

describe("CSV and JSON network exports", () => {
  it("writes node and edge lists with headers that pandas-style readers load", async () => {
    const graph = await readGraph(db, { include: ["regions"] });
    const { nodes, edges } = toNetworkCsv(graph);
    const nodeRows = parse(nodes, { columns: true }) as Record<string, string>[];
    const edgeRows = parse(edges, { columns: true }) as Record<string, string>[];
    expect(nodeRows.length).toBe(graph.nodes.length);
    expect(edgeRows.length).toBe(graph.edges.length);
    expect(Object.keys(edgeRows[0] ?? {}).slice(0, 3)).toEqual(["source", "target", "relationship"]);
    const located = edgeRows.filter((e) => e.relationship === "LOCATED_IN" && e.target === "wallonia");
    expect(located.length).toBe(
      await count("MATCH (:Organization)-[r:LOCATED_IN]->(:Region {id: 'wallonia'}) RETURN count(r) AS n"),
    );
    // Provenance is kept, under `citation` (source/target are the endpoints here).
    expect(edgeRows.every((e) => e.relationship === "PART_OF" || e.citation !== "")).toBe(true);
  });

  it("writes NetworkX node-link JSON", async () => {
    const graph = await readGraph(db);
    const data = JSON.parse(toNodeLinkJson(graph));
    expect(data.directed).toBe(true);
    expect(data.multigraph).toBe(true);
    expect(data.nodes.length).toBe(graph.nodes.length);
    expect(data.links.length).toBe(graph.edges.length);
    const ablynx = data.nodes.find((n: { id: string }) => n.id === "ablynx");
    expect(ablynx).toMatchObject({
      kind: "Firm",
      name: "Ablynx",
      studySample: true,
      citation: "segers2015:table1",
    });
  });

  it("restricts alliances and acquisitions with asOf", async () => {
    const all = await readGraph(db);
    const asOf2011 = await readGraph(db, { asOf: 2011 });
    const later = await count("MATCH ()-[r:ACQUIRED]->() WHERE r.year > 2011 RETURN count(r) AS n");
    expect(later).toBeGreaterThan(0);
    expect(all.edges.length - asOf2011.edges.length).toBe(later);
  });
});

describe("round trip through the dataset importer", () => {
  it("exports the seed graph as the seed dataset, and re-importing it changes nothing", async () => {
    const dir = join(tmp, "dataset");
    const full = await readGraph(db, { include: Object.keys(OPTIONAL_KINDS) as OptionalKind[] });
    writeDatasetCsv(full, dir);
    const exported = validateDataset(dir);
    expect(exported.issues).toEqual([]);
    const seed = validateDataset(seedDir);
    const canonical = (d: Dataset | undefined) => ({
      nodes: [...(d?.nodes ?? [])]
        .map((n) =>
          JSON.stringify([
            n.labels,
            n.id,
            Object.entries(n.properties)
              .filter(([, v]) => v !== null)
              .sort(),
          ]),
        )
        .sort(),
      relationships: [...(d?.relationships ?? [])]
        .map((r) =>
          JSON.stringify([
            r.type,
            r.from,
            r.to,
            r.identity,
            Object.entries(r.properties)
              .filter(([, v]) => v !== null)
              .sort(),
          ]),
        )
        .sort(),
      sources: [...(d?.sources.keys() ?? [])].sort(),
    });
    expect(canonical(exported.dataset)).toEqual(canonical(seed.dataset));
    const report = await importDataset(db, dir);
    expect(report.nodes.every((n) => n.created === 0)).toBe(true);
    expect(report.relationships.every((r) => r.created === 0)).toBe(true);
    // A byte-level check on one file as well: the exported alliances are the seed's rows.
    const rows = (file: string) => (parse(readFileSync(file, "utf8"), { columns: true }) as unknown[]).length;
    expect(rows(join(dir, "alliances.csv"))).toBe(rows(join(seedDir, "alliances.csv")));
  });
});
