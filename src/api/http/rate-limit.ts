import { rateLimit as expressRateLimit, ipKeyGenerator } from "express-rate-limit";
import { sendError } from "./error-responses.js";
import type { Middleware } from "./middleware.js";

/**
 * Per-client rate limit (by remote address; the server trusts no proxy header): `perMinute`
 * requests per minute, then 429 with Retry-After. 0 turns it off. /health is mounted before it.
 */
export function rateLimit(perMinute: number): Middleware {
  if (perMinute <= 0) return (_req, _res, next) => next();
  const limiter = expressRateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    // The peer's address, as Express's req.ip gives it without a trusted proxy; read from the socket
    // because the /graphql endpoint runs outside Express (src/api/http/graphql-endpoint.ts).
    // IPv6 clients are counted per /56, as the library's default does.
    keyGenerator: (req) => ipKeyGenerator(req.socket.remoteAddress ?? ""),
    handler: (_req, res, _next, options) => {
      sendError(
        res,
        options.statusCode,
        "RATE_LIMITED",
        `Too many requests: at most ${perMinute} a minute per client (RATE_LIMIT_PER_MINUTE). Retry after the number of seconds in Retry-After.`,
      );
    },
  });
  // Typed for Express, but with the key above and our handler it reads only node's request
  // (headers, socket) and sets headers on node's response.
  return limiter as unknown as Middleware;
}
