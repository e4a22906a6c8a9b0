import helmet from "helmet";
import type { Middleware } from "./middleware.js";

/**
 * Standard security headers (helmet). The Content-Security-Policy allows only this origin's
 * scripts, styles and API: the playground loads everything from /playground/ and calls /graphql.
 * Inline styles stay allowed because GraphiQL sets style attributes at run time.
 */
export function securityHeaders(): Middleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "frame-ancestors": ["'none'"],
        // Plain-HTTP local servers must keep working: no forced upgrade to https.
        "upgrade-insecure-requests": null,
      },
    },
    // HSTS only makes sense behind TLS, which a proxy in front of this server terminates.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}
