import { loadQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { type AllianceNetwork, NetworkBuilder } from "./network.js";

interface Row {
  id: string;
  name: string;
  kind: string;
  group: string | null;
  studySample: boolean;
  ties: { partner: string; alliances: number; types: string[] }[];
}

/** Organizations per page of alliance-network.cypher: a page of ties stays a few megabytes. */
export const NETWORK_PAGE_SIZE = 10_000;

export type LoadProgress = (organizations: number) => void;

function addRows(builder: NetworkBuilder, rows: Row[]): void {
  for (const row of rows) {
    builder.addOrganization({
      id: row.id,
      name: row.name,
      kind: row.kind,
      group: row.group,
      studySample: row.studySample,
    });
    for (const t of row.ties)
      builder.addTie({ a: row.id, b: t.partner, alliances: t.alliances, types: t.types });
  }
}

/**
 * Reads the alliance network for a year and/or a region: a region in one query that starts from
 * it (region-network.cypher); the whole graph page by page in id order (alliance-network.cypher),
 * each page its own short read transaction, so no result or transaction holds the whole network.
 */
export async function loadNetwork(
  db: Database,
  scope: { asOf?: number | null; regionId?: string | null } = {},
  onProgress?: LoadProgress,
): Promise<AllianceNetwork> {
  const builder = new NetworkBuilder();
  const asOf = scope.asOf ?? null;
  if (scope.regionId) {
    const rows = await runQuery(db, loadQuery("region-network"), { region: scope.regionId, asOf });
    addRows(builder, rows as unknown as Row[]);
    onProgress?.(rows.length);
    return builder.build();
  }
  const page = loadQuery("alliance-network");
  let after = "";
  let loaded = 0;
  for (;;) {
    const rows = (await runQuery(db, page, { asOf, after, pageSize: NETWORK_PAGE_SIZE })) as unknown as Row[];
    addRows(builder, rows);
    loaded += rows.length;
    onProgress?.(loaded);
    const last = rows.at(-1);
    if (!last || rows.length < NETWORK_PAGE_SIZE) break;
    after = last.id;
  }
  return builder.build();
}
