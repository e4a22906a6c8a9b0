import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

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
