import cors from "cors";
import type { Middleware } from "./middleware.js";

/**
 * CORS for browser apps on other origins (CORS_ORIGINS). Unset: no CORS headers at all, so only
 * same-origin pages can read responses. `*` allows any origin, without credentials (the API uses
 * bearer tokens, never cookies). Preflight requests get 204 here and never reach Apollo, whose
 * CSRF prevention still refuses simple (non-preflighted) cross-site requests.
 */
export function corsMiddleware(origins: string[]): Middleware {
  if (origins.length === 0) return (_req, _res, next) => next();
  return cors({
    origin: origins.includes("*") ? "*" : origins,
    credentials: false,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name"],
    maxAge: 600,
  });
}
