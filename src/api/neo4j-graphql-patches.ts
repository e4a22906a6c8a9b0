import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

const libraryDir = dirname(require.resolve("@neo4j/graphql"));
const factoryModule = (name: string) => join(libraryDir, "translate", "queryAST", "factory", name);

type CypherFieldOptions = { field: { args: Record<string, unknown> } } & Record<string, unknown>;
type FieldFactoryClass = {
  prototype: {
    createCypherAttributeField?: (options: CypherFieldOptions) => unknown;
    __argsPatched?: boolean;
  };
};

/**
 * @neo4j/graphql 7.6.3 moves a `@cypher` field's arguments out of the shared resolve tree
 * (`field.args = {}` in FieldFactory.createCypherAttributeField). Asked through an interface
 * (`organizations { spinOffDescendants(maxDepth: 2) }`) the same field is translated once per
 * implementing type, so every type after the first got its arguments as NULL and silently returned
 * nothing. Giving each translation its own copy of the field keeps the arguments for all of them.
 * Fails loudly at start-up if a library upgrade moves the method (then check whether the bug is
 * still there: tests/e2e/composable-traversals.test.ts asks through the interface).
 */
export function patchCypherFieldArguments(): void {
  const libraryDir = dirname(require.resolve("@neo4j/graphql"));
  const { FieldFactory } = require(
    join(libraryDir, "translate", "queryAST", "factory", "FieldFactory.js"),
  ) as {
    FieldFactory: FieldFactoryClass;
  };
  const proto = FieldFactory.prototype;
  if (proto.__argsPatched) return;
  const original = proto.createCypherAttributeField;
  if (typeof original !== "function") {
    throw new Error(
      "@neo4j/graphql changed: FieldFactory.createCypherAttributeField is gone (see neo4j-graphql-patches.ts)",
    );
  }
  proto.createCypherAttributeField = function (options: CypherFieldOptions) {
    return original.call(this, { ...options, field: { ...options.field, args: { ...options.field.args } } });
  };
  proto.__argsPatched = true;
}

type ResolveTree = { args: Record<string, unknown> } & Record<string, unknown>;
type Hydrate = (options: { resolveTree: ResolveTree } & Record<string, unknown>) => unknown;
type CustomCypherFactoryClass = {
  prototype: {
    createTopLevelCustomCypherOperation?: (options: Record<string, unknown>) => unknown;
    queryASTFactory?: { operationsFactory: { hydrateReadOperation: Hydrate } };
    __pagingPatched?: boolean;
  };
};

/**
 * @neo4j/graphql 7.6.3 also reads a top-level `@cypher` field's `limit` and `offset` arguments as
 * paging of the statement's result rows (SKIP/LIMIT after it), while passing them to the statement as
 * parameters too. Our traversals page inside their Cypher (`dependentFirms(limit, offset)` returns ONE
 * page object), so `offset: 1` skipped that single row and the API answered NOT_FOUND. Nested
 * `@cypher` fields never had this (the library clears their arguments first); this makes the
 * top-level ones behave the same: `limit`/`offset` reach the statement only.
 */
export function patchTopLevelCypherPaging(): void {
  const { CustomCypherFactory } = require(factoryModule(join("Operations", "CustomCypherFactory.js"))) as {
    CustomCypherFactory: CustomCypherFactoryClass;
  };
  const proto = CustomCypherFactory.prototype;
  if (proto.__pagingPatched) return;
  const original = proto.createTopLevelCustomCypherOperation;
  if (typeof original !== "function") {
    throw new Error(
      "@neo4j/graphql changed: CustomCypherFactory.createTopLevelCustomCypherOperation is gone (see neo4j-graphql-patches.ts)",
    );
  }
  proto.createTopLevelCustomCypherOperation = function (
    this: typeof proto,
    options: Record<string, unknown>,
  ) {
    const operations = this.queryASTFactory?.operationsFactory;
    if (!operations) throw new Error("@neo4j/graphql changed: CustomCypherFactory has no operationsFactory");
    const hydrate = operations.hydrateReadOperation;
    operations.hydrateReadOperation = (hydrateOptions) => {
      const { limit: _limit, offset: _offset, ...args } = hydrateOptions.resolveTree.args;
      return hydrate.call(operations, {
        ...hydrateOptions,
        resolveTree: { ...hydrateOptions.resolveTree, args },
      });
    };
    try {
      return original.call(this, options);
    } finally {
      operations.hydrateReadOperation = hydrate;
    }
  };
  proto.__pagingPatched = true;
}
