// First: rewrites a helper in the driver's files as they load (see driver-generators.ts).
import "./driver-generators.js";
import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
  type RecordShape,
} from "neo4j-driver";
import { DatabaseIncompatibleError } from "../errors/app-errors.js";
import { fromNeo4jError } from "../errors/neo4j-errors.js";
import { APOC_MISSING_MESSAGE, assertSupportedNeo4j } from "./compatibility.js";
import type { DatabaseTarget } from "./target.js";

export interface ServerInfo {
  neo4jVersion: string;
  edition: string;
  apocVersion: string;
}

export type Params = Record<string, unknown>;

/** What a unit of work needs of a transaction: managed and explicit ones both provide it. */
export interface StatementRunner {
  run<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<QueryResult<T>>;
}

/** A write transaction its caller commits or rolls back (driver errors mapped like everywhere else). */
export interface ExplicitWrite extends StatementRunner {
  commit(): Promise<void>;
  /** Ends the transaction without writing; safe to call after a failure or twice. */
  rollback(): Promise<void>;
}

const mapped = async <R>(work: Promise<R>): Promise<R> => {
  try {
    return await work;
  } catch (error) {
    throw error instanceof Neo4jError ? fromNeo4jError(error) : error;
  }
};

/**
 * Calls `start` (synchronous) with no stack trace captured: neo4j-driver formats a stack trace for
 * every Result it creates (`new Error().stack`), only to graft it onto a later failure. That cost
 * ~0.3 ms of CPU per statement under tsx, whose source maps every formatted stack goes through (a
 * CPU profile of the API at 1M: 2% of the server's time, more than Apollo's own code), and it is
 * paid on every request. The API never shows a driver stack (errors are mapped at this edge), so
 * its per-request statement goes without one; a failure keeps its message, code and cause.
 */
function withoutCallerStack<R>(start: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export interface DriverSettings {
  /** Longest wait to open a connection (a dead or unroutable server fails after this). */
  connectionTimeoutMs?: number;
  /** Longest wait for a connection from the pool (a stalled server holds them all). */
  acquisitionTimeoutMs?: number;
  /** How long managed transactions retry transient failures (the driver's default is 30 s). */
  maxRetryTimeMs?: number;
}

/** Defaults for every entry point: fail within seconds rather than hang when the database is gone. */
export const DRIVER_DEFAULTS: Required<DriverSettings> = {
  connectionTimeoutMs: 3_000,
  acquisitionTimeoutMs: 4_000,
  maxRetryTimeMs: 1_000,
};

/**
 * The application's handle on Neo4j: one driver, reads through executeRead (so a cluster or Aura
 * routes them to followers), writes through executeWrite, and driver errors mapped at this edge.
 */
export class Database {
  readonly driver: Driver;

  /**
   * @param transactionTimeoutMs when set, the server terminates every transaction of this handle
   *   after that long (the API sets QUERY_TIMEOUT_MS; CLIs that legitimately run long leave it unset).
   */
  constructor(
    readonly target: DatabaseTarget,
    settings: DriverSettings = {},
    readonly transactionTimeoutMs?: number,
    shared?: Driver,
  ) {
    const s = { ...DRIVER_DEFAULTS, ...settings };
    this.driver =
      shared ??
      neo4j.driver(target.uri, neo4j.auth.basic(target.username, target.password), {
        disableLosslessIntegers: true,
        userAgent: "biotech-ecosystem-graph",
        connectionTimeout: s.connectionTimeoutMs,
        connectionAcquisitionTimeout: s.acquisitionTimeoutMs,
        maxTransactionRetryTime: s.maxRetryTimeMs,
      });
    this.ownsDriver = !shared;
  }

  private readonly ownsDriver: boolean;

  /** The same driver, with every transaction limited to `ms` (closing the view leaves the driver open). */
  withTransactionTimeout(ms: number): Database {
    return new Database(this.target, {}, ms, this.driver);
  }

  get name(): string {
    return this.target.database;
  }

  async read<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run("READ", (tx) =>
      tx.run<T>(cypher, params).then((r) => r.records.map((rec) => rec.toObject())),
    );
  }

  /**
   * One read statement as an auto-commit transaction: the driver sends RUN and PULL in one write and
   * the answer ends the transaction, where `read` (a managed transaction) costs BEGIN, RUN+PULL and
   * COMMIT, three writes and two round trips. On a loaded machine each write to the database's
   * socket may hand the CPU to another process, and those extra writes were the largest part of the
   * API's own time on a traversal at 1M organizations (README "Queries at scale"). For single
   * statements the API runs per request. The driver does not retry an auto-commit transaction, so
   * a transient failure (a cluster member going away…) is retried once through `read`, which does.
   */
  async readStatement<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Params = {},
  ): Promise<T[]> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: neo4j.session.READ,
    });
    let rows: T[] | undefined;
    try {
      const config = this.transactionTimeoutMs ? { timeout: this.transactionTimeoutMs } : undefined;
      const result = await withoutCallerStack(() => session.run<T>(cypher, params, config));
      rows = result.records.map((rec) => rec.toObject());
    } catch (error) {
      if (!(error instanceof Neo4jError)) throw error;
      if (!error.retryable) throw fromNeo4jError(error);
    } finally {
      await session.close();
    }
    return rows ?? this.read<T>(cypher, params);
  }

  async write<T extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.run("WRITE", (tx) =>
      tx.run<T>(cypher, params).then((r) => r.records.map((rec) => rec.toObject())),
    );
  }

  /** Runs one statement and keeps the column names (known even when no row comes back). */
  async query(
    mode: "READ" | "WRITE",
    cypher: string,
    params: Params = {},
  ): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
    return this.run(mode, async (tx) => {
      const result = tx.run(cypher, params);
      const columns = (await result.keys()).map(String);
      const { records } = await result;
      return { columns, rows: records.map((r) => r.toObject()) };
    });
  }

  /**
   * Runs one read and hands each record to `onRecord` as it arrives: the driver pulls records in
   * batches, so a result of millions of rows never sits in memory at once. A transient failure
   * retries the whole read, so `onRecord` must tolerate records repeating from the start.
   */
  async stream<T extends RecordShape = RecordShape>(
    cypher: string,
    params: Params,
    onRecord: (record: T) => void,
  ): Promise<number> {
    return this.run("READ", async (tx) => {
      let count = 0;
      for await (const record of tx.run<T>(cypher, params)) {
        onRecord(record.toObject());
        count += 1;
      }
      return count;
    });
  }

  /** Runs a unit of work in one managed transaction; everything in it commits or nothing does. */
  async run<R>(mode: "READ" | "WRITE", work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const config = this.transactionTimeoutMs ? { timeout: this.transactionTimeoutMs } : undefined;
      return mode === "READ"
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw error instanceof Neo4jError ? fromNeo4jError(error) : error;
    } finally {
      await session.close();
    }
  }

  /**
   * An explicit write transaction, for callers that must overlap one transaction's commit with the
   * next one's statements (the importer's pipeline). Not retried: the caller decides what a failure means.
   */
  beginWrite(): ExplicitWrite {
    const session = this.driver.session({
      database: this.target.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    const tx = session.beginTransaction(
      this.transactionTimeoutMs ? { timeout: this.transactionTimeoutMs } : undefined,
    );
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await session.close();
    };
    return {
      run: <T extends RecordShape = RecordShape>(cypher: string, params: Params = {}) =>
        mapped(tx.run<T>(cypher, params)),
      commit: async () => {
        try {
          await mapped(tx.commit());
        } finally {
          await close();
        }
      },
      rollback: async () => {
        try {
          if (tx.isOpen()) await mapped(tx.rollback());
        } finally {
          await close();
        }
      },
    };
  }

  /** Checks that the server is one we support and that APOC answers; throws a message saying what to install. */
  async verifyServer(): Promise<ServerInfo> {
    try {
      await this.driver.verifyConnectivity({ database: this.target.database });
    } catch (error) {
      throw fromNeo4jError(error);
    }
    const [component] = await this.read<{ version: string; edition: string }>(
      "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition",
    );
    if (!component)
      throw new DatabaseIncompatibleError("The server did not report its version (dbms.components).");
    assertSupportedNeo4j(component.version);
    let apocVersion: string;
    try {
      const [row] = await this.read<{ apoc: string }>("RETURN apoc.version() AS apoc");
      apocVersion = row?.apoc ?? "";
    } catch (error) {
      throw new DatabaseIncompatibleError(APOC_MISSING_MESSAGE, { cause: error });
    }
    return { neo4jVersion: component.version, edition: component.edition, apocVersion };
  }

  async close(): Promise<void> {
    if (this.ownsDriver) await this.driver.close();
  }
}
