/**
 * One typed error hierarchy for the whole application. Each error carries a stable `code`
 * (GraphQL `extensions.code`) and a CLI exit code, so the boundaries (HTTP, GraphQL, CLI)
 * translate errors without inspecting messages.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  /** Process exit code a CLI uses when this error ends it. */
  readonly exitCode: number = 1;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Invalid configuration (environment variables); fixed by the operator. */
export class ConfigError extends AppError {
  readonly code = "CONFIG_INVALID";
  override readonly exitCode = 78; // EX_CONFIG
}

/** The database cannot be reached or refused the credentials. */
export class DatabaseUnavailableError extends AppError {
  readonly code = "DATABASE_UNAVAILABLE";
  override readonly exitCode = 69; // EX_UNAVAILABLE
}

/** The database answers but is not one we can run on (too old, no APOC). */
export class DatabaseIncompatibleError extends AppError {
  readonly code = "DATABASE_INCOMPATIBLE";
  override readonly exitCode = 69;
}

/** A requested entity does not exist. */
export class NotFoundError extends AppError {
  readonly code = "NOT_FOUND";
  override readonly exitCode = 2;
}

/** An argument is out of range or malformed. */
export class BadInputError extends AppError {
  readonly code = "BAD_USER_INPUT";
  override readonly exitCode = 2;
}

/** A Cypher statement failed (syntax, semantics, constraint) for a reason the caller can fix. */
export class QueryError extends AppError {
  readonly code: string;
  override readonly exitCode = 3;
  constructor(
    message: string,
    readonly neo4jCode: string,
    code = "CYPHER_ERROR",
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
  }
}

/** A write was attempted where only reads are allowed. */
export class WriteNotAllowedError extends AppError {
  readonly code = "WRITE_NOT_ALLOWED";
  override readonly exitCode = 4;
}

/** Another import is writing to the same database: two writers would break each other's checkpoints. */
export class ImportInProgressError extends AppError {
  readonly code = "IMPORT_IN_PROGRESS";
  override readonly exitCode = 75; // EX_TEMPFAIL: try again later
}

export interface DatasetIssue {
  file: string;
  /** 1-based line in the file (the header is line 1); absent for file-level problems. */
  line?: number;
  field?: string;
  message: string;
}

export function formatIssue(issue: DatasetIssue): string {
  const where = [issue.file, issue.line === undefined ? undefined : `line ${issue.line}`, issue.field]
    .filter((part) => part !== undefined)
    .join(", ");
  return `${where}: ${issue.message}`;
}

/** A dataset failed validation; nothing was written. */
export class DatasetInvalidError extends AppError {
  readonly code = "DATASET_INVALID";
  override readonly exitCode = 65; // EX_DATAERR
  /** `total` counts every problem; `issues` keeps the first ones (a huge broken file would not fit). */
  constructor(
    readonly issues: DatasetIssue[],
    readonly total = issues.length,
  ) {
    super(
      `The dataset has ${total} problem(s)${total > issues.length ? ` (the first ${issues.length} listed)` : ""}; nothing was written:\n${issues.map((i) => `  - ${formatIssue(i)}`).join("\n")}`,
    );
  }
}

/** The database terminated a transaction that ran past its time limit (QUERY_TIMEOUT_MS). */
export class QueryTimeoutError extends AppError {
  readonly code = "QUERY_TIMEOUT";
  override readonly exitCode = 3;
}

/** One query needed more memory than the database allows a transaction (dbms.memory.transaction.total.max). */
export class QueryMemoryError extends AppError {
  readonly code = "QUERY_MEMORY_EXCEEDED";
  override readonly exitCode = 3;
}

/** Anything unexpected; the message shown outside is generic, the cause is logged. */
export class InternalError extends AppError {
  readonly code = "INTERNAL_SERVER_ERROR";
}

/** A large scope's network measures were asked for, but no stored result exists (see `npm run analytics -- --write`). */
export class MetricsNotComputedError extends AppError {
  readonly code = "METRICS_NOT_COMPUTED";
  override readonly exitCode = 2;
}
