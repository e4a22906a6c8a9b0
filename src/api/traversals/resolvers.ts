import { analyze } from "../../analytics/analyze.js";
import type { OrganizationMeasures } from "../../analytics/measures.js";
import { metricProperties } from "../../analytics/write-back.js";
import { loadQuery } from "../../cypher/library.js";
import { runQuery } from "../../cypher/run-query.js";
import type { Database } from "../../db/database.js";
import { NotFoundError } from "../../errors/app-errors.js";
import { asOfYear, hops, organizationId, pageLimit, pageOffset, top } from "./arguments.js";
import { type AreaTotal, groupDependencyAreas } from "./dependency-areas.js";

type Row = Record<string, unknown>;
type OrganizationMap = Record<string, unknown> & { kind: string };

/**
 * The library's Organization.__resolveType reads `__resolveType` from the object, so each
 * organization map from our Cypher (which carries its kind label) is tagged with its type name.
 */
function organization(map: unknown): Record<string, unknown> {
  const org = map as OrganizationMap;
  return { ...org, __resolveType: org.kind };
}

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

/** Resolvers of the traversal fields on Query; each runs one file of cypher/queries/. */
export function traversalResolvers(db: Database) {
  const lineage = loadQuery("spin-off-lineage");
  const descendants = loadQuery("spin-off-descendants");
  const dependency = loadQuery("partner-dependency");
  const dependents = loadQuery("dependent-firms");
  const path = loadQuery("connection-path");
  const summary = loadQuery("ecosystem-summary");
  const regionSummary = loadQuery("region-summary");
  const regions = loadQuery("regions");

  return {
    Query: {
      spinOffLineage: async (_: unknown, args: { id: string }) => {
        const rows = await runQuery(db, lineage, { id: organizationId("id", args.id) });
        if (rows.length === 0) throw notFound("organization", args.id);
        return rows.map((r) => ({
          depth: r.depth,
          year: r.year,
          organization: organization(r.organization),
        }));
      },

      spinOffDescendants: async (_: unknown, args: { id: string; maxDepth: number }) => {
        const rows = await runQuery(db, descendants, {
          id: organizationId("id", args.id),
          maxDepth: hops("maxDepth", args.maxDepth),
        });
        if (rows.length === 0) throw notFound("organization", args.id);
        // Depth 0 (the organization itself) only proves the id exists.
        return rows
          .filter((r) => (r.depth as number) > 0)
          .map((r) => ({ depth: r.depth, year: r.year, organization: organization(r.organization) }));
      },

      partnerDependency: async (
        _: unknown,
        args: { id: string; asOf?: number | null; limit: number; offset: number },
      ) => {
        const asOf = asOfYear(args.asOf);
        const rows = await runQuery(db, dependency, {
          id: organizationId("id", args.id),
          asOf,
          limit: pageLimit(args.limit),
          offset: pageOffset(args.offset),
        });
        const [first] = rows;
        if (!first) throw notFound("organization", args.id);
        const partners = rows.filter((r) => r.partner !== null);
        return {
          organization: organization(first.firm),
          asOf,
          allianceCount: first.allianceCount,
          partnerCount: first.partnerCount,
          concentration: first.concentration,
          partners: partners.map((r) => ({
            partner: organization(r.partner),
            allianceCount: r.partnerAllianceCount,
            share: r.share,
            types: r.types,
          })),
          dependencyAreas: groupDependencyAreas(
            partners.map((r) => ({
              partner: organization(r.partner),
              areas: r.areas as { area: string; alliances: number }[],
            })),
            first.areaTotals as AreaTotal[],
          ),
        };
      },

      dependentFirms: async (
        _: unknown,
        args: { partnerId: string; asOf?: number | null; limit: number; offset: number },
      ) => {
        const limit = pageLimit(args.limit);
        const offset = pageOffset(args.offset);
        const rows = await runQuery(db, dependents, {
          partnerId: organizationId("partnerId", args.partnerId),
          asOf: asOfYear(args.asOf),
          limit,
          offset,
        });
        const [first] = rows;
        if (!first) throw notFound("organization", args.partnerId);
        const totalCount = first.totalCount as number;
        return {
          partner: organization(first.partner),
          totalCount,
          offset,
          limit,
          hasMore: offset + limit < totalCount,
          firms: rows
            .filter((r) => r.firm !== null)
            .map((r) => ({
              firm: organization(r.firm),
              allianceCount: r.allianceCount,
              share: r.share,
              types: r.types,
            })),
        };
      },

      connectionPath: async (_: unknown, args: { fromId: string; toId: string; maxHops: number }) => {
        const rows = await runQuery(db, path, {
          fromId: organizationId("fromId", args.fromId),
          toId: organizationId("toId", args.toId),
          maxHops: hops("maxHops", args.maxHops),
        });
        const [first] = rows as Row[];
        if (!first?.fromFound) throw notFound("organization", args.fromId);
        if (!first.toFound) throw notFound("organization", args.toId);
        if (first.step === null) return null;
        return rows.map((r) => ({
          organization: organization(r.organization),
          via: r.via,
          direction: r.direction,
        }));
      },

      ecosystemSummary: async (
        _: unknown,
        args: { regionId?: string | null; asOf?: number | null; top: number },
      ) => {
        const regionId = args.regionId ? organizationId("regionId", args.regionId) : null;
        const common = { asOf: asOfYear(args.asOf), top: top(args.top) };
        const [row] = regionId
          ? await runQuery(db, regionSummary, { regionId, ...common })
          : await runQuery(db, summary, common);
        if (!row) throw notFound("region", String(args.regionId));
        return {
          ...row,
          topPartners: (row.topPartners as Row[]).map((p) => ({
            partner: organization(p.partner),
            dependentFirmCount: p.dependentFirmCount,
          })),
        };
      },

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
