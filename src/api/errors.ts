import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { AppError } from "../errors/app-errors.js";
import { fromNeo4jError } from "../errors/neo4j-errors.js";

const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "QUERY_TOO_COMPLEX",
]);

/**
 * The single mapper from internal errors to GraphQL errors: our AppErrors keep their code and
 * message; raw Neo4j driver errors are translated; anything else becomes a generic internal error
 * (logged, never sent with its stack or driver details).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
  if (original instanceof AppError) {
    return { ...formatted, message: original.message, extensions: { ...extensions, code: original.code } };
  }
  if (
    original &&
    typeof original === "object" &&
    "code" in original &&
    String(original.code).startsWith("Neo.")
  ) {
    const mapped = fromNeo4jError(original);
    console.error("[graphql] database error:", original);
    return { ...formatted, message: mapped.message, extensions: { ...extensions, code: mapped.code } };
  }
  const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
  if (CLIENT_CODES.has(code)) return { ...formatted, extensions };
  // The library's own typed errors (e.g. Neo4jGraphQLForbiddenError) carry meaningful names.
  if (original instanceof Error && original.name === "Neo4jGraphQLForbiddenError") {
    return { ...formatted, extensions: { ...extensions, code: "FORBIDDEN" } };
  }
  if (original instanceof Error && original.name === "Neo4jGraphQLAuthenticationError") {
    return { ...formatted, extensions: { ...extensions, code: "UNAUTHENTICATED" } };
  }
  console.error("[graphql] unexpected error:", original instanceof Error ? original.stack : original);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
