import { analyze } from "../../analytics/analyze.js";
import type { OrganizationMeasures } from "../../analytics/measures.js";
import {
  type NetworkSummary,
  ON_DEMAND_LIMIT,
  readNetworkSummary,
  scopeSize,
  summarize,
} from "../../analytics/stored-metrics.js";
import { metricProperties } from "../../analytics/write-back.js";
import { loadQuery } from "../../cypher/library.js";
import { runQuery } from "../../cypher/run-query.js";
import type { Database } from "../../db/database.js";
import { MetricsNotComputedError, NotFoundError } from "../../errors/app-errors.js";
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

type OrganizationMap = Record<string, unknown> & { kind: string };

/**
 * The library's Organization.__resolveType reads `__resolveType` from the object, so each stored
 * organization map (which carries its kind label) is tagged with its type name.
 */
function organization(map: unknown): Record<string, unknown> {
  const org = map as OrganizationMap;
  return { ...org, __resolveType: org.kind };
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
        const scope = { regionId, asOf };
        // A result stored by `npm run analytics -- --write` for this scope is served as it is.
        const stored = await readNetworkSummary(db, scope);
        let summary: NetworkSummary;
        let computedAt: string;
        let organizationOf: (id: string) => Record<string, unknown>;
        if (stored) {
          summary = stored.summary;
          computedAt = stored.computedAt;
          organizationOf = (id) => organization(stored.organizations.get(id) ?? { id, kind: "Firm" });
        } else {
          const size = await scopeSize(db, scope);
          if (size > ON_DEMAND_LIMIT) {
            throw new MetricsNotComputedError(
              `The network measures of ${regionId ? `region '${regionId}'` : "the whole graph"}${asOf === null ? "" : ` as of ${asOf}`} (${size} organizations) are computed on demand only up to ${ON_DEMAND_LIMIT} organizations; store them first with: npm run analytics -- --write${regionId ? ` --region ${regionId}` : ""}${asOf === null ? "" : ` --as-of ${asOf}`}`,
            );
          }
          const result = await analyze(db, scope);
          summary = summarize(result);
          computedAt = new Date().toISOString();
          const byId = new Map(result.organizations.map((o) => [o.id, o]));
          organizationOf = (id) => asOrganization(byId.get(id) as OrganizationMeasures, asOf, result.engine);
        }
        const scores = (r: { ids: string[]; scores: number[] }, n: number) =>
          r.ids.slice(0, n).map((id, i) => ({ organization: organizationOf(id), score: r.scores[i] }));
        return {
          asOf,
          regionId,
          computedAt,
          stored: stored !== null,
          ...summary,
          topByDegree: scores(summary.topByDegree, limit),
          topByPageRank: scores(summary.topByPageRank, limit),
          topByBetweenness: scores(summary.topByBetweenness, limit),
          articulationPoints: scores(summary.articulationPoints, summary.articulationPoints.ids.length),
          bridges: summary.bridges.map(([a, b]) => ({ a: organizationOf(a), b: organizationOf(b) })),
        };
      },
    },
  };
}
