import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { AppError } from "../errors/app-errors.js";
import { fromNeo4jError, isUnavailable } from "../errors/neo4j-errors.js";

const CLIENT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_HASH_MISMATCH",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "QUERY_TOO_COMPLEX",
  "OPERATION_NOT_SUPPORTED",
  "DATABASE_UNAVAILABLE",
  "QUERY_TIMEOUT",
  "QUERY_MEMORY_EXCEEDED",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
]);

// @neo4j/graphql's own error classes (classes/Error.ts), by class name; its authentication errors
// reach us as a plain Neo4jGraphQLError whose message says what happened.
const LIBRARY_ERROR_CODES: Record<string, string> = {
  Neo4jGraphQLAuthenticationError: "UNAUTHENTICATED",
  Neo4jGraphQLForbiddenError: "FORBIDDEN",
  Neo4jGraphQLConstraintValidationError: "CONSTRAINT_VIOLATION",
  Neo4jGraphQLRelationshipValidationError: "BAD_USER_INPUT",
};
const LIBRARY_MESSAGE_CODES: Record<string, string> = {
  Unauthenticated: "UNAUTHENTICATED",
  Forbidden: "FORBIDDEN",
};

// Apollo Server refuses these automatic-persisted-query requests with HTTP 400 but no code (its
// own message is the only mark); each gets a precise code and a message that says what to send.
// PERSISTED_QUERY_HASH_MISMATCH is the code other GraphQL servers and gateways use for it.
const APOLLO_MESSAGE_ERRORS: Record<string, { code: string; message: string }> = {
  "provided sha does not match query": {
    code: "PERSISTED_QUERY_HASH_MISMATCH",
    message:
      "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it: send the hex SHA-256 of the exact query text.",
  },
  "Unsupported persisted query version": {
    code: "BAD_REQUEST",
    message: "extensions.persistedQuery.version must be 1 (the only version of automatic persisted queries).",
  },
};

function neo4jGraphQLErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const className = Object.getPrototypeOf(error)?.constructor?.name ?? "";
  if (LIBRARY_ERROR_CODES[className]) return LIBRARY_ERROR_CODES[className];
  if (className === "Neo4jGraphQLError") return LIBRARY_MESSAGE_CODES[error.message] ?? "BAD_USER_INPUT";
  return undefined;
}

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
    original instanceof Neo4jError ||
    isUnavailable(original) ||
    (original &&
      typeof original === "object" &&
      "code" in original &&
      String(original.code).startsWith("Neo."))
  ) {
    const mapped = fromNeo4jError(original);
    console.error("[graphql] database error:", original instanceof Error ? original.message : original);
    return { ...formatted, message: mapped.message, extensions: { ...extensions, code: mapped.code } };
  }
  const code = typeof extensions.code === "string" ? extensions.code : "INTERNAL_SERVER_ERROR";
  if (CLIENT_CODES.has(code)) return { ...formatted, extensions };
  const apollo =
    original instanceof Error && !formatted.path ? APOLLO_MESSAGE_ERRORS[original.message] : undefined;
  if (apollo) return { message: apollo.message, extensions: { code: apollo.code } };
  const libraryCode = neo4jGraphQLErrorCode(original);
  if (libraryCode) return { ...formatted, extensions: { ...extensions, code: libraryCode } };
  console.error("[graphql] unexpected error:", original instanceof Error ? original.stack : original);
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
