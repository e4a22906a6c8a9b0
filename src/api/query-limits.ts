import { createRequire } from "node:module";
import type { ApolloServerPlugin } from "@apollo/server";
import type * as GraphQLModule from "graphql";
import type {
  ASTVisitor,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLOutputType,
  SelectionSetNode,
  ValidationContext,
} from "graphql";
import type * as QueryComplexity from "graphql-query-complexity";

// graphql ships CommonJS (index.js) and ESM (index.mjs) builds; @neo4j/graphql and Apollo load the
// CommonJS one, while ESM-aware tools (graphql-query-complexity's ESM build, Vite/Vitest) pick the
// .mjs one, and two copies in one process fail with "Cannot use GraphQLSchema from another module
// or realm". This module therefore requires the CommonJS builds explicitly.
const require = createRequire(import.meta.url);
const { GraphQLError, getNamedType, isListType, isNonNullType, Kind } =
  require("graphql") as typeof GraphQLModule;
const { getComplexity } = require("graphql-query-complexity") as typeof QueryComplexity;

/** Deepest selection accepted (`{ firms { alliances { name } } }` has depth 3). */
export const MAX_QUERY_DEPTH = 10;
/** Most rows (nodes in the response tree) a query may ask for, estimated from its limits before it runs. */
export const MAX_QUERY_ROWS = 20_000;
/** Rows assumed for a list field with no `limit`/`first` argument (the schema's @limit default). */
export const DEFAULT_LIST_ROWS = 50;

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Refuses operations nested deeper than `max` before anything reaches the database. */
export function depthLimitRule(max: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} levels deep; the limit is ${max}.`, {
              nodes: [node],
              extensions: { code: "QUERY_TOO_COMPLEX" },
            }),
          );
        }
      },
    };
  };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Estimates how many rows a field yields: a list multiplies its children by its `limit`
 * (or `first`, or `options.limit`), or by the default page size when none is given.
 */
function rowEstimator({
  field,
  args,
  childComplexity,
}: {
  field: { type: GraphQLOutputType };
  args: Record<string, unknown>;
  childComplexity: number;
  node: FieldNode;
}): number {
  const requested =
    (typeof args.limit === "number" && args.limit) ||
    (typeof args.first === "number" && args.first) ||
    undefined;
  const connection = getNamedType(field.type).name.endsWith("Connection");
  // A connection's `edges` list is already counted by the connection field's `first`.
  const edgesOfConnection =
    getNamedType(field.type).name.endsWith("Relationship") || getNamedType(field.type).name.endsWith("Edge");
  const rows = edgesOfConnection
    ? 1
    : isList(field.type) || connection
      ? (requested ?? DEFAULT_LIST_ROWS)
      : 1;
  return rows * Math.max(1, childComplexity);
}

/** Apollo plugin: computes the row estimate with the request's variables and refuses oversized queries. */
export function rowLimitPlugin(max: number = MAX_QUERY_ROWS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let rows: number;
          try {
            rows = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: [rowEstimator],
            });
          } catch (error) {
            // The estimate coerces the variables first, so a missing or mistyped variable lands here.
            throw new GraphQLError(error instanceof Error ? error.message : String(error), {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          if (rows > max) {
            throw new GraphQLError(
              `The query could return about ${rows} rows; the limit is ${max}. Ask for fewer (use limit/first) or nest less.`,
              {
                extensions: {
                  code: "QUERY_TOO_COMPLEX",
                  estimatedRows: rows,
                  maxRows: max,
                  http: { status: 400 },
                },
              },
            );
          }
        },
      };
    },
  };
}

export function queryLimitRules() {
  return [depthLimitRule()];
}
