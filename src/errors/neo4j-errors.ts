import { Neo4jError } from "neo4j-driver";
import {
  type AppError,
  DatabaseUnavailableError,
  InternalError,
  QueryError,
  WriteNotAllowedError,
} from "./app-errors.js";

/**
 * The one place that turns a raw driver error into an application error, so no boundary leaks
 * driver internals (stack traces, connection strings) to clients.
 */
export function fromNeo4jError(error: unknown): AppError {
  if (!(error instanceof Neo4jError)) {
    return new InternalError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const code = error.code ?? "";
  if (
    code === "ServiceUnavailable" ||
    code === "SessionExpired" ||
    code.startsWith("Neo.TransientError.General")
  ) {
    return new DatabaseUnavailableError(`The database is unavailable: ${error.message}`, { cause: error });
  }
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new DatabaseUnavailableError(
      `The database refused the credentials (${code}); check NEO4J_USERNAME / NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || code === "Neo.ClientError.Cluster.NotALeader") {
    return new WriteNotAllowedError(
      "This statement writes to the database, but it ran in a read transaction. Pass --write to allow writes.",
      { cause: error },
    );
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new QueryError(error.message, code, "CONSTRAINT_VIOLATION", { cause: error });
  }
  if (code.startsWith("Neo.ClientError.Statement.") || code.startsWith("Neo.ClientError.Procedure.")) {
    return new QueryError(error.message, code, "CYPHER_ERROR", { cause: error });
  }
  return new InternalError(`Database error ${code}: ${error.message}`, { cause: error });
}
