import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from "graphql";

// The cost model and input limits live in src/api/limits/; this file keeps the depth rule, which
// runs with GraphQL validation.
// graphql ships CommonJS (index.js) and ESM (index.mjs) builds; @neo4j/graphql and Apollo load the
// CommonJS one, while ESM-aware tools (graphql-query-complexity's ESM build, Vite/Vitest) pick the
// .mjs one, and two copies in one process fail with "Cannot use GraphQLSchema from another module
// or realm". This module therefore requires the CommonJS builds explicitly.
const require = createRequire(import.meta.url);
const { GraphQLError, Kind } = require("graphql") as typeof GraphQLModule;

/** Deepest selection accepted (`{ firms { alliances { name } } }` has depth 3). */
export const MAX_QUERY_DEPTH = 10;

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

/** Depth of one operation of a document (fragments followed, introspection fields not counted). */
export function operationDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  }
  return depthOf(operation.selectionSet, fragments, new Set());
}
