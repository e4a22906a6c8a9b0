import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";

/**
 * Root fields whose work loads a whole network into memory (GDS projections, the TypeScript
 * measures): they run one at a time, and identical concurrent requests share one computation, so
 * a burst of them cannot exhaust the database's heap.
 */
export const HEAVY_ROOT_FIELDS = ["networkMetrics"];

export function serializeHeavyFields(schema: GraphQLSchema, names: string[] = HEAVY_ROOT_FIELDS): void {
  const query = schema.getQueryType();
  if (!query) return;
  let queue: Promise<unknown> = Promise.resolve();
  const inFlight = new Map<string, Promise<unknown>>();
  for (const name of names) {
    const field = query.getFields()[name];
    const resolve = field?.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
    if (!field || !resolve) continue;
    field.resolve = (source, args, context, info) => {
      const key = `${name}:${JSON.stringify(args)}`;
      const shared = inFlight.get(key);
      if (shared) return shared;
      const run = queue.then(() => resolve(source, args, context, info));
      queue = run.catch(() => undefined);
      const entry = run.finally(() => inFlight.delete(key));
      inFlight.set(key, entry);
      return entry;
    };
  }
}
