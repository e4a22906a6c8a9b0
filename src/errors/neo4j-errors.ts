import { Neo4jError } from "neo4j-driver";
import {
  type AppError,
  DatabaseUnavailableError,
  InternalError,
  QueryError,
  QueryMemoryError,
  QueryTimeoutError,
  WriteNotAllowedError,
} from "./app-errors.js";

/**
 * The one place that turns a raw driver error into an application error, so no boundary leaks
 * driver internals (stack traces, connection strings) to clients.
 */
/** Shown to clients while the database is down; the driver's own text (addresses, ports) stays in the log. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "The database is unavailable or not answering; try again shortly.";

/**
 * Whether an error means "no database to talk to": the driver's own codes (ServiceUnavailable,
 * SessionExpired, or none at all for socket errors such as ECONNREFUSED / ECONNRESET), acquisition
 * timeouts, and transient server states.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = String((error as { code?: unknown }).code ?? "");
  if (code === "ServiceUnavailable" || code === "SessionExpired") return true;
  if (/^E(CONNREFUSED|CONNRESET|PIPE|HOSTUNREACH|TIMEDOUT|NOTFOUND)$/.test(code)) return true;
  if (code.startsWith("Neo.TransientError.General.") && !code.endsWith("MemoryPoolOutOfMemoryError"))
    return true;
  if (code.startsWith("Neo.TransientError.Database.") || code === "Neo.ClientError.Database.DatabaseNotFound")
    return true;
  if (!code.startsWith("Neo.") && error.name === "Neo4jError") return true;
  return /connection acquisition timed out|failed to connect|ECONNREFUSED|ECONNRESET|Pool is closed/i.test(
    error.message,
  );
}

export function fromNeo4jError(error: unknown): AppError {
  if (isUnavailable(error)) {
    return new DatabaseUnavailableError(DATABASE_UNAVAILABLE_MESSAGE, { cause: error });
  }
  if (!(error instanceof Neo4jError)) {
    return new InternalError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const code = error.code ?? "";
  if (
    code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
    code === "Neo.ClientError.Transaction.Terminated" ||
    code === "Neo.TransientError.Transaction.Terminated"
  ) {
    return new QueryTimeoutError(
      "The query ran past its time limit and the database terminated it; ask for less (limit, fewer hops).",
      { cause: error },
    );
  }
  if (code.endsWith("MemoryPoolOutOfMemoryError")) {
    return new QueryMemoryError(
      "The query needed more memory than the database allows one transaction; ask for less.",
      { cause: error },
    );
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
