import type { Database } from "../../db/database.js";

/** Resolvers for the root traversal fields; filled in with the traversal issue. */
export function traversalResolvers(_db: Database): Record<string, Record<string, unknown>> {
  return {};
}
