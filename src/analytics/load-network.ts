import { loadQuery } from "../cypher/library.js";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { type AllianceNetwork, buildNetwork, type OrganizationInfo, type Tie } from "./network.js";

interface Row {
  id: string;
  name: string;
  kind: string;
  group: string | null;
  studySample: boolean;
  ties: { partner: string; alliances: number; types: string[] }[];
}

/** Reads the alliance network (cypher/queries/alliance-network.cypher) for a year and/or a region. */
export async function loadNetwork(
  db: Database,
  scope: { asOf?: number | null; regionId?: string | null } = {},
): Promise<AllianceNetwork> {
  const rows = await runQuery<Record<string, unknown>>(db, loadQuery("alliance-network"), {
    asOf: scope.asOf ?? null,
    region: scope.regionId ?? null,
  });
  const organizations: OrganizationInfo[] = [];
  const ties: Tie[] = [];
  for (const raw of rows) {
    const row = raw as unknown as Row;
    organizations.push({
      id: row.id,
      name: row.name,
      kind: row.kind,
      group: row.group,
      studySample: row.studySample,
    });
    // Each tie appears at both ends; keep it once.
    for (const t of row.ties)
      if (row.id < t.partner) ties.push({ a: row.id, b: t.partner, alliances: t.alliances, types: t.types });
  }
  return buildNetwork(organizations, ties);
}
