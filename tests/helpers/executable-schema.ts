import { createRequire } from "node:module";
import type * as GraphQLModule from "graphql";
import type { GraphQLSchema } from "graphql";
import { afterAll, beforeAll } from "vitest";
import { buildGraphQLSchema } from "../../src/api/graphql-schema.js";
import type { Database } from "../../src/db/database.js";
import { testDatabase } from "./database.js";

// The CommonJS build of graphql, the one @neo4j/graphql's schema was made with (two copies of
// graphql in one process refuse each other's schemas).
export const { graphql } = createRequire(import.meta.url)("graphql") as typeof GraphQLModule;

/**
 * The executable schema the server serves, on the test database, for tests that run operations
 * without HTTP (and so without its size limits): built before the file's tests, closed after them.
 */
export function withExecutableSchema(): { db: Database; readonly schema: GraphQLSchema } {
  const db = testDatabase();
  let schema: GraphQLSchema | undefined;
  beforeAll(async () => {
    schema = await buildGraphQLSchema(db, undefined);
  });
  afterAll(async () => {
    await db.close();
  });
  return {
    db,
    get schema() {
      if (!schema) throw new Error("the schema is built in beforeAll: use it inside a test");
      return schema;
    },
  };
}
