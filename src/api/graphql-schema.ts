import { readFileSync } from "node:fs";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import { type QuerySubstitutes, querySubstitutes } from "../cypher/procedure-fallbacks.js";
import type { Database } from "../db/database.js";
import { schemaFile } from "../paths.js";
import { expandCypherIncludes } from "./cypher-includes.js";
import { installNeo4jGraphQLCaches } from "./neo4j-graphql-caches.js";
import { patchCypherFieldArguments, patchTopLevelCypherPaging } from "./neo4j-graphql-patches.js";
import { resolveTraversalsDirectly } from "./traversals/direct.js";
import { guardTraversals } from "./traversals/guards.js";
import { traversalResolvers } from "./traversals/resolvers.js";

/** schema.graphql with the Cypher of its `@cypher` fields loaded from cypher/ (see cypher-includes.ts). */
export function readTypeDefs(substitutes: QuerySubstitutes = {}): string {
  return expandCypherIncludes(readFileSync(schemaFile, "utf8"), substitutes);
}

/**
 * Builds the executable schema: the library's generated API from schema.graphql plus our traversal
 * resolvers. Without a database (`npm run schema:print`) the schema is only for printing: same SDL,
 * no driver and no resolvers to run.
 */
export async function buildGraphQLSchema(
  db: Database | undefined,
  jwtSecret: string | undefined,
): Promise<GraphQLSchema> {
  patchCypherFieldArguments();
  patchTopLevelCypherPaging();
  // A database without the project's procedures (Aura) gets their plain-Cypher fallbacks, chosen once here.
  const typeDefs = readTypeDefs(db ? await querySubstitutes(db) : {});
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    ...(db ? { driver: db.driver, resolvers: traversalResolvers(db) } : {}),
    features: {
      // Without JWT_SECRET no token can be valid, so mutations (behind @authentication) are refused.
      authorization: { key: jwtSecret ?? `unset-${crypto.randomUUID()}` },
    },
  });
  const schema = await neoSchema.getSchema();
  // Translation caches (README "Load"): a repeated read is not translated to Cypher again.
  installNeo4jGraphQLCaches();
  if (db) {
    // Simple selections of the single-entity traversals skip the library's translation (direct.ts).
    resolveTraversalsDirectly(schema, db, typeDefs);
    guardTraversals(schema, db);
  }
  return schema;
}
