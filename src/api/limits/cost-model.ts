import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type { GraphQLCompositeType, GraphQLField, GraphQLOutputType, GraphQLSchema } from "graphql";

// graphql ships CommonJS and ESM builds; @neo4j/graphql and Apollo load the CommonJS one, so this
// module requires it too (two copies in one process fail with "another module or realm").
const require = createRequire(import.meta.url);
const { getNamedType, isListType, isNonNullType, isLeafType } = require("graphql") as typeof GraphQLModule;

/**
 * The cost model. A request's cost is the sum over its fields of
 *
 *   - a scalar or enum: 0;
 *   - an object: 1 + the cost of its selection;
 *   - a list (or a connection): rows x (1 + the cost of its selection), where rows is its `limit`
 *     or `first` argument (capped at the schema's @limit max, 200), else the default page of 50;
 *   - a root field listed in ROOT_FIELD_COSTS: that base cost (the database work of the
 *     traversal, which may grow with arguments such as maxHops) plus the above;
 *   - any other custom root field (a traversal added later and not yet in the table):
 *     UNKNOWN_ROOT_FIELD_COST plus the above;
 *   - introspection (`__schema`, `__type`, `__typename`): 0, so GraphiQL and code generators are
 *     never refused (introspection itself is off in production).
 *
 * Aliases add up (each alias is a field), and nested lists multiply. The budget is QUERY_MAX_COST.
 */

/** Rows assumed for a list without `limit`/`first` (the schema's @limit default). */
export const DEFAULT_LIST_ROWS = 50;
/** The schema's @limit max: the library never returns more rows per list. */
export const MAX_LIST_ROWS = 200;
/** Base cost of a custom root field that is not in ROOT_FIELD_COSTS. */
export const UNKNOWN_ROOT_FIELD_COST = 100;
/** Base cost of a generated `…Aggregate` field (counts over a label). */
export const AGGREGATE_COST = 50;

type Args = Record<string, unknown>;
const num = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;

/**
 * Base cost of each custom root field: roughly the database work it does per call, in "rows".
 * To add a traversal, add a line here (unlisted ones cost UNKNOWN_ROOT_FIELD_COST).
 */
export const ROOT_FIELD_COSTS: Record<string, (args: Args) => number> = {
  spinOffLineage: () => 20,
  spinOffDescendants: (a) => 20 * num(a.maxDepth, 10),
  partnerDependency: () => 50,
  dependentFirms: () => 200,
  // A breadth-first search whose frontier grows with every hop.
  connectionPath: (a) => 25 * num(a.maxHops, 10),
  ecosystemSummary: () => 500,
  // Loads the whole (or a region's) alliance network and runs every measure on it.
  networkMetrics: () => 5_000,
  auditTrail: () => 50,
  // One full-text index query.
  searchOrganizations: () => 20,
  // Breadth-first levels of up to `limit` organizations each, then their ties.
  allianceNetwork: (a) => num(a.limit, 100) * num(a.hops, 1),
  // Every alliance of the graph (or of a region) counted per year.
  allianceTimeline: () => 500,
};

/**
 * Whether a root field is one of the library's generated queries (firms, firmsConnection…): those
 * return a @node type, which has a generated `…Where` input, and cost by their rows only.
 */
export function isGeneratedRootField(schema: GraphQLSchema, type: GraphQLOutputType): boolean {
  const named = getNamedType(type)
    .name.replace(/Connection$/, "")
    .replace(/sConnection$/, "");
  return Boolean(schema.getType(`${named}Where`)) || getNamedType(type).name.endsWith("Connection");
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

export function rowsOf(args: Args): number {
  const requested = num(args.limit, Number.NaN) || num(args.first, Number.NaN);
  if (Number.isNaN(requested)) return DEFAULT_LIST_ROWS;
  return Math.min(Math.max(requested, 1), MAX_LIST_ROWS);
}

export interface FieldCostInput {
  schema: GraphQLSchema;
  parentType: GraphQLCompositeType;
  field: GraphQLField<unknown, unknown>;
  args: Args;
  childCost: number;
  isRoot: boolean;
}

/** Cost of one field, given the cost of its selection (see the model above). */
export function fieldCost({ schema, parentType, field, args, childCost, isRoot }: FieldCostInput): number {
  if (field.name.startsWith("__") || parentType.name.startsWith("__")) return 0;
  if (isLeafType(getNamedType(field.type))) return 0;
  const named = getNamedType(field.type).name;
  // A connection's edges are already counted by the connection's rows (`first`).
  if (named.endsWith("Relationship") || named.endsWith("Edge")) return childCost;
  if (named === "PageInfo") return 0;
  const list = isList(field.type) || named.endsWith("Connection");
  const own = list ? rowsOf(args) * (1 + childCost) : 1 + childCost;
  if (!isRoot) return own;
  if (named.endsWith("Aggregate") || named.endsWith("AggregateSelection")) return AGGREGATE_COST + childCost;
  const table = ROOT_FIELD_COSTS[field.name];
  if (table) return table(args) + own;
  if (isGeneratedRootField(schema, field.type)) return own;
  return UNKNOWN_ROOT_FIELD_COST + own;
}
