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
 * Runs the GDS algorithms on a Cypher projection of the alliance network (same scope rules as
 * alliance-network.cypher) and always drops the projection afterwards.
 */
export async function runGds(
  db: Database,
  version: string,
  scope: { asOf: number | null; regionId: string | null },
): Promise<GdsResult> {
  const graphName = `ecosystem-${randomUUID()}`;
  const [projected] = await runQuery<{ relationshipCount: number }>(db, analyticsQuery("gds-project"), {
    graphName,
    asOf: scope.asOf,
    region: scope.regionId,
  });
  try {
    const hasTies = (projected?.relationshipCount ?? 0) > 0;
    const [network] = await runQuery<{ modularity: number; communityCount: number; componentCount: number }>(
      db,
      analyticsQuery("gds-measures"),
      { graphName },
    );
    const rows = (await runQuery(db, analyticsQuery("gds-node-measures"), { graphName })) as unknown as ({
      id: string;
    } & GdsNodeMeasures)[];
    // GDS 2.13's articulationPoints fails on a graph without relationships (index out of bounds);
    // such a graph has no cut points or bridges anyway.
    const cuts = hasTies
      ? await runQuery<{ kind: string; id: string | null; a: string | null; b: string | null }>(
          db,
          analyticsQuery("gds-cut-points"),
          { graphName },
        )
      : [];
    return {
      version,
      nodes: new Map(rows.map(({ id, ...m }) => [id, m])),
      // Louvain on a graph without relationships reports a modularity that means nothing.
      modularity: hasTies ? (network?.modularity ?? null) : null,
      communityCount: network?.communityCount ?? 0,
      componentCount: network?.componentCount ?? 0,
      articulationPoints: new Set(
        cuts.filter((c) => c.kind === "articulationPoint").map((c) => c.id as string),
      ),
      bridges: cuts
        .filter((c) => c.kind === "bridge")
        .map((c) => [c.a as string, c.b as string] as [string, string])
        .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1])),
    };
  } finally {
    await runQuery(db, analyticsQuery("gds-drop"), { graphName });
  }
}
