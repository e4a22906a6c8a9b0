/**
 * Which organization ids a request's traversal statement has already found to exist (or not), so
 * the guard that tells an unknown id (NOT_FOUND) from an empty answer does not ask the database a
 * second time (README "Queries at scale"). Kept per request context, so nothing outlives a request.
 */
const byRequest = new WeakMap<object, Map<string, boolean>>();

export function rememberKnown(context: unknown, id: string, known: boolean): void {
  if (context === null || typeof context !== "object") return;
  let ids = byRequest.get(context);
  if (!ids) {
    ids = new Map();
    byRequest.set(context, ids);
  }
  ids.set(id, known);
}

/** true / false when this request's statement answered it, undefined when nothing did. */
export function recalledKnown(context: unknown, id: string): boolean | undefined {
  if (context === null || typeof context !== "object") return undefined;
  return byRequest.get(context)?.get(id);
}
