import { analyze } from "../../analytics/analyze.js";
import type { OrganizationMeasures } from "../../analytics/measures.js";
import { metricProperties } from "../../analytics/write-back.js";
import { loadQuery } from "../../cypher/library.js";
import { runQuery } from "../../cypher/run-query.js";
import type { Database } from "../../db/database.js";
import { NotFoundError } from "../../errors/app-errors.js";
import { asOfYear, organizationId, top } from "./arguments.js";

/**
 * An organization as networkMetrics returns it: identity plus the measures of this computation
 * (which may differ from the ones stored on the node by an earlier --write for another year).
 */
function asOrganization(
  o: OrganizationMeasures,
  asOf: number | null,
  engine: string,
): Record<string, unknown> {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    ...(o.kind === "Firm" ? { studySample: o.studySample } : {}),
    ...metricProperties(o),
    metricsAsOf: asOf,
    metricsEngine: engine,
    __resolveType: o.kind,
  };
}

function notFound(what: string, id: string): NotFoundError {
  return new NotFoundError(`No ${what} has the id '${id}'.`);
}

/**
 * Resolvers of the Query fields computed in TypeScript (the traversals are `@cypher` fields of
 * schema.graphql, translated by @neo4j/graphql; see guards.ts for their checks).
 */
export function traversalResolvers(db: Database) {
  const regions = loadQuery("regions");

  return {
    Query: {
      networkMetrics: async (
        _: unknown,
        args: { asOf?: number | null; regionId?: string | null; top: number },
      ) => {
        const regionId = args.regionId ? organizationId("regionId", args.regionId) : null;
        const limit = top(args.top);
        const asOf = asOfYear(args.asOf);
        if (regionId && (await runQuery(db, regions, { region: regionId })).length === 0)
          throw notFound("region", regionId);
        const result = await analyze(db, { asOf, regionId });
        const byId = new Map(result.organizations.map((o) => [o.id, o]));
        const ranked = (score: (o: OrganizationMeasures) => number, n: number | null) =>
          [...result.organizations]
            .sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id))
            .slice(0, n ?? undefined)
            .map((o) => ({ organization: asOrganization(o, asOf, result.engine), score: score(o) }));
        return {
          asOf,
          regionId,
          engine: result.engine,
          engineNote: result.engineNote,
          ...result.network,
          bridgeCount: result.network.bridges.length,
          topByDegree: ranked((o) => o.degree, limit),
          topByPageRank: ranked((o) => o.pageRank, limit),
          topByBetweenness: ranked((o) => o.betweenness, limit),
          articulationPoints: ranked((o) => o.betweenness, null).filter(
            (s) => byId.get(s.organization.id as string)?.articulationPoint,
          ),
          bridges: result.network.bridges.map(([a, b]) => ({
            a: asOrganization(byId.get(a) as OrganizationMeasures, asOf, result.engine),
            b: asOrganization(byId.get(b) as OrganizationMeasures, asOf, result.engine),
          })),
        };
      },
    },
  };
}
