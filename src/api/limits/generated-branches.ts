import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema } from "graphql";

// CommonJS builds, as in cost-model.ts (one graphql module per process).
const require = createRequire(import.meta.url);
const { getNamedType, isAbstractType, isInputObjectType, isLeafType, isListType, isNonNullType } =
  require("graphql") as typeof GraphQLModule;

/**
 * Most per-type branches the Cypher of one request may have (see fieldBranches). Measured with the
 * six Organization implementations on the seed (Neo4j 5.26, plan cache cleared, a busy 2-core
 * machine): 43 branches (a two-level `alliances` filter or selection from firms) plan in 2–3 s, the
 * explorer's organization page (106) in about 10 s, while 259 (three levels) took 27 s as a selection
 * and, as a filter, exhausted a 1 GB heap while planning. Planning counts against QUERY_TIMEOUT_MS.
 */
export const MAX_GENERATED_BRANCHES = 150;

const HOP = /^(some|all|none|single)$|_(SOME|ALL|NONE|SINGLE)$/;

/** How many concrete types @neo4j/graphql generates a branch for when it reads `type`. */
function implementations(schema: GraphQLSchema, type: GraphQLNamedType | undefined): number {
  return type && isAbstractType(type) ? schema.getPossibleTypes(type).length : 1;
}

/** The node type a relationship filter's `…Where` input filters (its `node` for a connection filter). */
function filteredType(schema: GraphQLSchema, where: GraphQLInputType): GraphQLNamedType | undefined {
  let named = getNamedType(where);
  if (isInputObjectType(named) && named.name.endsWith("ConnectionWhere")) {
    const node = named.getFields().node;
    if (node) named = getNamedType(node.type);
  }
  return schema.getType(named.name.replace(/Where$/, "")) ?? undefined;
}

/**
 * Branches a filter value adds: every relationship filter (`alliances: { some: … }`,
 * `alliancesConnection: { all: … }`, `alliances_SOME`) becomes one EXISTS subquery per concrete type
 * of its target, each holding the filters nested in it.
 */
export function filterBranches(schema: GraphQLSchema, value: unknown, type: GraphQLInputType): number {
  if (value === null || value === undefined) return 0;
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  if (isListType(unwrapped)) {
    if (!Array.isArray(value)) return filterBranches(schema, value, unwrapped.ofType);
    return value.reduce((n: number, item) => n + filterBranches(schema, item, unwrapped.ofType), 0);
  }
  if (!isInputObjectType(unwrapped) || typeof value !== "object") return 0;
  const fields = unwrapped.getFields();
  let branches = 0;
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const field = fields[key];
    if (!field) continue;
    const nested = filterBranches(schema, inner, field.type);
    branches += HOP.test(key)
      ? implementations(schema, filteredType(schema, field.type)) * (1 + nested)
      : nested;
  }
  return branches;
}

/**
 * Estimate of the per-type branches in the Cypher @neo4j/graphql generates for one field, given its
 * selection's: a field whose type is an interface is read once per implementation (a UNION branch
 * each, holding the whole selection and filter below it), so the size of the generated Cypher, and the
 * time Neo4j takes to plan it, multiply with every interface level. Scalars and enums cost nothing.
 */
export function fieldBranches(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  childBranches: number,
): number {
  if (field.name.startsWith("__")) return 0;
  const named = getNamedType(field.type);
  let filters = 0;
  for (const arg of field.args) filters += filterBranches(schema, args[arg.name], arg.type);
  if (isLeafType(named)) return filters;
  return implementations(schema, named) * (1 + childBranches + filters);
}
