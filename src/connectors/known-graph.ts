import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CypherQuery, parseQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { cypherDir } from "../paths.js";
import type { ExternalIdentifier, KnownOrganization } from "./resolution/types.js";

const cache = new Map<string, CypherQuery>();

/** Loads `cypher/connectors/<name>.cypher`: the connectors' lookups, one file each. */
export function connectorQuery(name: string): CypherQuery {
  let query = cache.get(name);
  if (!query) {
    const file = join(cypherDir, "connectors", `${name}.cypher`);
    query = parseQuery(file, readFileSync(file, "utf8"));
    cache.set(name, query);
  }
  return query;
}

/** What a connector needs to know about the graph before it resolves a run's records. */
export interface KnownGraph {
  organizations: KnownOrganization[];
  ids: Set<string>;
  places: Map<string, "Region" | "Country">;
}

export async function readKnownGraph(db: Database): Promise<KnownGraph> {
  const organizations = await runQuery<{
    id: string;
    name: string;
    aliases: string[];
    kind: string;
    identifiers: (ExternalIdentifier | null)[];
  }>(db, connectorQuery("known-organizations"));
  const nodes = await runQuery<{ id: string; place: "Region" | "Country" | null }>(
    db,
    connectorQuery("node-ids"),
  );
  const places = new Map<string, "Region" | "Country">();
  for (const n of nodes) if (n.place) places.set(n.id, n.place);
  return {
    organizations: organizations.map((o) => ({
      ...o,
      identifiers: o.identifiers.filter((i): i is ExternalIdentifier => i !== null),
    })),
    ids: new Set(nodes.map((n) => n.id)),
    places,
  };
}
