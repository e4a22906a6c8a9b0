import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type {
  FieldNode,
  GraphQLFieldResolver,
  GraphQLResolveInfo,
  GraphQLSchema,
  SelectionSetNode,
} from "graphql";
import { loadQuery } from "../../cypher/library.js";
import { runQuery } from "../../cypher/run-query.js";
import type { Database } from "../../db/database.js";
import { BadInputError, NotFoundError } from "../../errors/app-errors.js";
import { asOfYear, hops, inRange, organizationId, pageLimit, pageOffset, top } from "./arguments.js";
import { recalledKnown } from "./known-ids.js";

const { Kind, valueFromASTUntyped } = createRequire(import.meta.url)("graphql") as typeof GraphQLModule;

type Args = Record<string, unknown>;

/**
 * What @neo4j/graphql cannot do for a `@cypher` traversal field: refuse bad arguments before any
 * Cypher runs (BAD_USER_INPUT), and tell an unknown id (NOT_FOUND) from an empty answer, which
 * needs a look-up only when the answer is empty.
 */
interface Guard {
  check(args: Args): void;
  /** Called with an empty answer (null or []): throws NOT_FOUND, or returns what to answer. */
  whenEmpty?(args: Args, exists: Exists): Promise<unknown>;
  /**
   * The arguments holding organization ids whose existence whenEmpty looks up. A traversal resolved
   * directly learns it in its own statement (direct.ts), so the look-up costs no second query.
   */
  looksUp?: readonly string[];
}

interface Exists {
  organization(id: string): Promise<boolean>;
  region(id: string): Promise<boolean>;
}

const optionalId = (name: string, value: unknown) => {
  if (value !== null && value !== undefined) organizationId(name, value as string);
};

async function organizationOrFail(exists: Exists, id: unknown): Promise<void> {
  if (!(await exists.organization(id as string)))
    throw new NotFoundError(`No organization has the id '${id}'.`);
}

async function regionOrFail(exists: Exists, id: unknown): Promise<void> {
  if (id && !(await exists.region(id as string))) throw new NotFoundError(`No region has the id '${id}'.`);
}

export const TRAVERSAL_GUARDS: Record<string, Guard> = {
  spinOffLineage: {
    check: (a) => organizationId("id", a.id as string),
    // The lineage always holds the organization itself, so empty means unknown.
    whenEmpty: async (a) => {
      throw new NotFoundError(`No organization has the id '${a.id}'.`);
    },
  },
  spinOffDescendants: {
    check: (a) => {
      organizationId("id", a.id as string);
      hops("maxDepth", a.maxDepth as number);
    },
    whenEmpty: async (a, exists) => {
      await organizationOrFail(exists, a.id);
      return [];
    },
    looksUp: ["id"],
  },
  partnerDependency: {
    check: (a) => {
      organizationId("id", a.id as string);
      asOfYear(a.asOf as number | null);
      pageLimit(a.limit as number);
      pageOffset(a.offset as number);
    },
    whenEmpty: async (a) => {
      throw new NotFoundError(`No organization has the id '${a.id}'.`);
    },
  },
  dependentFirms: {
    check: (a) => {
      organizationId("partnerId", a.partnerId as string);
      asOfYear(a.asOf as number | null);
      pageLimit(a.limit as number);
      pageOffset(a.offset as number);
    },
    // Every known partner gets a page (maybe with no firm), so no page means an unknown id.
    whenEmpty: async (a) => {
      throw new NotFoundError(`No organization has the id '${a.partnerId}'.`);
    },
  },
  connectionPath: {
    check: (a) => {
      organizationId("fromId", a.fromId as string);
      organizationId("toId", a.toId as string);
      hops("maxHops", a.maxHops as number);
    },
    whenEmpty: async (a, exists) => {
      await organizationOrFail(exists, a.fromId);
      await organizationOrFail(exists, a.toId);
      return null;
    },
    looksUp: ["fromId", "toId"],
  },
  ecosystemSummary: {
    check: (a) => {
      optionalId("regionId", a.regionId);
      asOfYear(a.asOf as number | null);
      top(a.top as number);
    },
    whenEmpty: async (a) => {
      throw new NotFoundError(`No region has the id '${a.regionId}'.`);
    },
  },
  searchOrganizations: {
    check: (a) => {
      const query = (a.query as string).trim();
      if (query.length === 0 || query.length > 200) {
        throw new BadInputError(`query must have 1 to 200 characters (got ${query.length}).`);
      }
      inRange("limit", a.limit as number, { min: 1, max: 50 });
    },
  },
  allianceNetwork: {
    check: (a) => {
      asOfYear(a.asOf as number | null);
      optionalId("regionId", a.regionId);
      optionalId("centerId", a.centerId);
      inRange("hops", a.hops as number, { min: 1, max: 3 });
      inRange("limit", a.limit as number, { min: 1, max: 500 });
    },
    whenEmpty: async (a, exists) => {
      if (a.centerId) await organizationOrFail(exists, a.centerId);
      await regionOrFail(exists, a.regionId);
      throw new Error("allianceNetwork returned nothing for known ids");
    },
  },
  allianceTimeline: {
    check: (a) => optionalId("regionId", a.regionId),
    whenEmpty: async (a, exists) => {
      await regionOrFail(exists, a.regionId);
      return [];
    },
  },
};

/** Traversal arguments checked where they occur nested, e.g. `firms { spinOffDescendants(maxDepth: 3) }`. */
const NESTED_CHECKS: Record<string, (args: Args) => void> = {
  spinOffDescendants: (a) => {
    if (a.maxDepth !== undefined) hops("maxDepth", a.maxDepth as number);
  },
  partnerDependency: (a) => checkPage(a),
  dependentFirms: (a) => checkPage(a),
};

/** asOf, limit and offset where given (absent ones take the schema's defaults). */
function checkPage(a: Args): void {
  asOfYear(a.asOf as number | null);
  if (a.limit !== undefined) pageLimit(a.limit as number);
  if (a.offset !== undefined) pageOffset(a.offset as number);
}

function checkNested(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  seen: Set<string>,
) {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const check = NESTED_CHECKS[selection.name.value];
      if (check) {
        const args = Object.fromEntries(
          (selection.arguments ?? []).map((arg) => [
            arg.name.value,
            valueFromASTUntyped(arg.value, info.variableValues),
          ]),
        );
        check(args);
      }
      checkNested(selection.selectionSet, info, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      checkNested(selection.selectionSet, info, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      checkNested(info.fragments[selection.name.value]?.selectionSet, info, seen);
    }
  }
}

/** Whether a selection holds a field NESTED_CHECKS checks (at any depth, fragments included). */
function hasNestedChecks(
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  seen: Set<string>,
): boolean {
  if (!selectionSet) return false;
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD)
      return (
        Object.hasOwn(NESTED_CHECKS, selection.name.value) ||
        hasNestedChecks(selection.selectionSet, info, seen)
      );
    if (selection.kind === Kind.INLINE_FRAGMENT) return hasNestedChecks(selection.selectionSet, info, seen);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    return hasNestedChecks(info.fragments[selection.name.value]?.selectionSet, info, seen);
  });
}

// Apollo keeps one parsed document per query text: whether a root field's selection has anything
// to check is worked out once per document; the check itself runs on every request (the arguments
// may come from variables).
const needsNestedChecks = new WeakMap<FieldNode, boolean>();

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * Wraps the resolvers @neo4j/graphql made for the Query fields: every field checks the traversal
 * arguments nested in its selection, and each traversal field checks its own and reports unknown ids.
 */
export function guardTraversals(schema: GraphQLSchema, db: Database): void {
  const organization = loadQuery("organization");
  const regions = loadQuery("regions");
  const existsFor = (context: unknown): Exists => ({
    organization: async (id) =>
      recalledKnown(context, id) ?? (await runQuery(db, organization, { id })).length > 0,
    region: async (id) => (await runQuery(db, regions, { region: id })).length > 0,
  });
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown, Args> | undefined;
    if (!resolve) continue;
    const guard = TRAVERSAL_GUARDS[field.name];
    field.resolve = async (source, args, context, info) => {
      guard?.check(args);
      for (const node of info.fieldNodes) {
        let needed = needsNestedChecks.get(node);
        if (needed === undefined) {
          needed = hasNestedChecks(node.selectionSet, info, new Set());
          needsNestedChecks.set(node, needed);
        }
        if (needed) checkNested(node.selectionSet, info, new Set());
      }
      const result = await resolve(source, args, context, info);
      return guard?.whenEmpty && isEmpty(result) ? guard.whenEmpty(args, existsFor(context)) : result;
    };
  }
}
