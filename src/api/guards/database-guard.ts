import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import type { DatabaseProbe } from "../../db/probe.js";
import { DatabaseUnavailableError, QueryTimeoutError } from "../../errors/app-errors.js";
import { DATABASE_UNAVAILABLE_MESSAGE } from "../../errors/neo4j-errors.js";

export interface DatabaseGuardOptions {
  probe: DatabaseProbe;
  /** A request pending this long makes the guard ask the probe whether the database still answers. */
  checkAfterMs: number;
  /** How long the probe may take before the database counts as not answering. */
  probeTimeoutMs: number;
  /** The server terminates transactions after QUERY_TIMEOUT_MS; this is the client-side backstop. */
  deadlineMs: number;
}

/**
 * Wraps every root Query and Mutation field so that no request waits on a database that is gone:
 * a killed server fails fast through the driver (short retry, connection timeout), but a frozen
 * one accepts the query and never answers. While a field is pending, the shared probe is asked
 * every `checkAfterMs`; when it says the database is down, the field fails with
 * DATABASE_UNAVAILABLE (the driver's session is left to fail on its own when the socket dies).
 */
export function guardDatabaseFields(schema: GraphQLSchema, options: DatabaseGuardOptions): void {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) =>
        guarded(() => resolve(source, args, context, info), options);
    }
  }
}

async function guarded<T>(work: () => T | Promise<T>, options: DatabaseGuardOptions): Promise<T> {
  const { probe } = options;
  const started = Date.now();
  const pending = Promise.resolve().then(work);
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const watchdog = new Promise<never>((_, reject) => {
    const arm = () => {
      timer = setTimeout(async () => {
        if (settled) return;
        if (Date.now() - started > options.deadlineMs) {
          reject(
            new QueryTimeoutError("The query ran past its time limit; ask for less (limit, fewer hops)."),
          );
          return;
        }
        if (!(await probe.check(options.probeTimeoutMs))) {
          reject(new DatabaseUnavailableError(DATABASE_UNAVAILABLE_MESSAGE));
          return;
        }
        if (!settled) arm();
      }, options.checkAfterMs);
      timer.unref();
    };
    arm();
  });
  // The losing promise must not become an unhandled rejection.
  watchdog.catch(() => {});
  pending.catch(() => {});
  try {
    return await Promise.race([pending, watchdog]);
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}
