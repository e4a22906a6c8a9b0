import type { RequestHandler } from "express";
import { rateLimit as expressRateLimit } from "express-rate-limit";
import { sendError } from "./error-responses.js";

/**
 * Per-client rate limit (by remote address; the server trusts no proxy header): `perMinute`
 * requests per minute, then 429 with Retry-After. 0 turns it off. /health is mounted before it.
 */
export function rateLimit(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  return expressRateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      sendError(
        res,
        options.statusCode,
        "RATE_LIMITED",
        `Too many requests: at most ${perMinute} a minute per client (RATE_LIMIT_PER_MINUTE). Retry after the number of seconds in Retry-After.`,
      );
    },
  });
}
