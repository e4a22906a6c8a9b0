import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CypherQuery, parseQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { cypherDir } from "../paths.js";

const cache = new Map<string, CypherQuery>();
function analyticsQuery(name: string): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    const file = join(cypherDir, "analytics", `${name}.cypher`);
    query = parseQuery(file, readFileSync(file, "utf8"));
    cache.set(name, query);
  }
  return query;
}

/** The server's GDS version, or null when it has no Graph Data Science (e.g. a plain remote Neo4j). */
export async function gdsVersion(db: Database): Promise<string | null> {
  try {
    const [row] = await runQuery<{ version: string }>(db, analyticsQuery("gds-version"));
    return row?.version ?? null;
  } catch {
    return null;
  }
}

export interface GdsNodeMeasures {
  degree: number;
  pageRank: number;
  betweenness: number;
  closeness: number;
  coreNumber: number;
  community: number;
  component: number;
}

export interface GdsResult {
  version: string;
  nodes: Map<string, GdsNodeMeasures>;
  modularity: number | null;
  communityCount: number;
  componentCount: number;
  articulationPoints: Set<string>;
  bridges: [string, string][];
}

/**
 * Runs the GDS algorithms on a projection of the alliance network and always drops the projection
 * afterwards. The whole graph without a year is projected natively (GDS reads the store); a year
 * or a region goes through a Cypher projection that streams (a region starts from the region).
 * Results are streamed back row by row. Betweenness and closeness run only when the network has
 * at most `exactLimit` organizations (`pathsComputed` says whether they did).
 */
export async function runGds(
  db: Database,
  version: string,
  scope: { asOf: number | null; regionId: string | null },
  exactLimit: number,
): Promise<GdsResult & { pathsComputed: boolean }> {
  const graphName = `ecosystem-${randomUUID()}`;
  const [projected] = scope.regionId
    ? await runQuery<{ nodeCount: number; relationshipCount: number }>(
        db,
        analyticsQuery("gds-project-region"),
        {
          graphName,
          asOf: scope.asOf,
          region: scope.regionId,
        },
      )
    : scope.asOf === null
      ? await runQuery<{ nodeCount: number; relationshipCount: number }>(
          db,
          analyticsQuery("gds-project-native"),
          { graphName },
        )
      : await runQuery<{ nodeCount: number; relationshipCount: number }>(db, analyticsQuery("gds-project"), {
          graphName,
          asOf: scope.asOf,
        });
  try {
    const hasTies = (projected?.relationshipCount ?? 0) > 0;
    const [network] = await runQuery<{ modularity: number; communityCount: number; componentCount: number }>(
      db,
      analyticsQuery("gds-measures"),
      { graphName },
    );
    const pathsComputed = (projected?.nodeCount ?? 0) <= exactLimit;
    if (pathsComputed) await runQuery(db, analyticsQuery("gds-paths"), { graphName });
    const properties = ["degree", "pageRank", "coreNumber", "community", "component"];
    if (pathsComputed) properties.push("betweenness", "closeness");

    const idOf = new Map<number, string>();
    const ids = analyticsQuery("gds-node-ids");
    await db.stream<{ nodeId: number; id: string }>(ids.text, { graphName }, (r) => {
      idOf.set(r.nodeId, r.id);
    });
    const nodes = new Map<string, GdsNodeMeasures>();
    const values = analyticsQuery("gds-node-measures");
    await db.stream<{ nodeId: number; property: string; value: number }>(
      values.text,
      { graphName, properties },
      (r) => {
        const id = idOf.get(r.nodeId) as string;
        let m = nodes.get(id);
        if (!m) {
          m = {
            degree: 0,
            pageRank: 0,
            betweenness: 0,
            closeness: 0,
            coreNumber: 0,
            community: 0,
            component: 0,
          };
          nodes.set(id, m);
        }
        m[r.property as keyof GdsNodeMeasures] = r.value;
      },
    );
    // GDS 2.13's articulationPoints fails on a graph without relationships (index out of bounds);
    // such a graph has no cut points or bridges anyway.
    const articulationPoints = new Set<string>();
    const bridges: [string, string][] = [];
    if (hasTies) {
      const cuts = analyticsQuery("gds-cut-points");
      await db.stream<{ kind: string; id: string | null; a: string | null; b: string | null }>(
        cuts.text,
        { graphName },
        (c) => {
          if (c.kind === "articulationPoint") articulationPoints.add(c.id as string);
          else bridges.push([c.a as string, c.b as string]);
        },
      );
    }
    bridges.sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
    return {
      version,
      nodes,
      // Louvain on a graph without relationships reports a modularity that means nothing.
      modularity: hasTies ? (network?.modularity ?? null) : null,
      communityCount: network?.communityCount ?? 0,
      componentCount: network?.componentCount ?? 0,
      articulationPoints,
      bridges,
      pathsComputed,
    };
  } finally {
    await runQuery(db, analyticsQuery("gds-drop"), { graphName });
  }
}
