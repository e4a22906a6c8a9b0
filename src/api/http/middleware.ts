import type { IncomingMessage, ServerResponse } from "node:http";

/** A request as the API's middleware sees it: node's, plus the body body-parser reads into it. */
export type ApiRequest = IncomingMessage & { body?: unknown };

/** A request URL's path and its query string (with the `?`, or "" when there is none). */
export function splitUrl(url: string | undefined): { path: string; search: string } {
  const text = url ?? "";
  const at = text.indexOf("?");
  return at < 0 ? { path: text, search: "" } : { path: text.slice(0, at), search: text.slice(at) };
}

/**
 * Connect-style middleware on node's own request and response (helmet, cors, body-parser and
 * express-rate-limit are written this way), so the same handler serves the Express routes and
 * the bare `/graphql` endpoint (src/api/http/graphql-endpoint.ts).
 */
export type Middleware = (req: ApiRequest, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * Runs `handlers` in order, then `last`; the first error (passed to `next`, thrown, or rejected by
 * `last`) goes to `onError` and stops the chain. A handler that answers without calling `next`
 * ends it too.
 */
export function chain(
  handlers: Middleware[],
  last: (req: ApiRequest, res: ServerResponse) => Promise<void>,
  onError: (error: unknown, res: ServerResponse) => void,
): (req: ApiRequest, res: ServerResponse) => void {
  return (req, res) => {
    const step = (index: number, error?: unknown): void => {
      if (error !== undefined) {
        onError(error, res);
        return;
      }
      const handler = handlers[index];
      if (!handler) {
        last(req, res).catch((failure: unknown) => onError(failure, res));
        return;
      }
      let called = false;
      try {
        handler(req, res, (next?: unknown) => {
          if (called) return;
          called = true;
          step(index + 1, next);
        });
      } catch (thrown) {
        if (!called) {
          called = true;
          onError(thrown, res);
        }
      }
    };
    step(0);
  };
}
