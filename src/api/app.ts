import { createServer, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import express from "express";
import type * as GraphQLModule from "graphql";
import type { GraphQLSchema } from "graphql";
import type { AppConfig, SecuritySettings } from "../config/env.js";
import { coalesceBoltWrites } from "../db/bolt-writes.js";
import type { Database } from "../db/database.js";
import { DatabaseProbe } from "../db/probe.js";
import { AppError } from "../errors/app-errors.js";
import { installAuditQuery } from "./audit/audit-query.js";
import { AuditTrail } from "./audit/audit-trail.js";
import { verifyAuthorization } from "./auth/tokens.js";
import { formatGraphQLError } from "./errors.js";
import { explorerRouter } from "./explorer.js";
import { guardDatabaseFields } from "./guards/database-guard.js";
import { serializeHeavyFields } from "./guards/heavy-fields.js";
import { guardMutations } from "./guards/write-guard.js";
import { healthHandler } from "./health.js";
import { corsMiddleware } from "./http/cors.js";
import { jsonErrors, notFound, respondWithError } from "./http/error-responses.js";
import { graphqlEndpoint, isGraphQLPath } from "./http/graphql-endpoint.js";
import { type ApiRequest, chain } from "./http/middleware.js";
import { rateLimit } from "./http/rate-limit.js";
import { securityHeaders } from "./http/security-headers.js";
import { nestingLimit } from "./limits/nesting.js";
import { MAX_DOCUMENT_TOKENS, requestLimitsPlugin } from "./limits/request-limits.js";
import { playgroundRouter } from "./playground.js";
import { schemaArtifactRouter } from "./schema-artifact.js";

// The CommonJS graphql build, the one Apollo and @neo4j/graphql use (see src/api/limits/cost-model.ts).
const { GraphQLError } = createRequire(import.meta.url)("graphql") as typeof GraphQLModule;

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Settings a test may leave out: the defaults of src/config/env.ts. */
export const SECURITY_DEFAULTS: SecuritySettings = {
  host: "127.0.0.1",
  corsOrigins: [],
  queryTimeoutMs: 10_000,
  queryMaxCost: 20_000,
  drainTimeoutMs: 15_000,
  rateLimitPerMinute: 1_200,
  jwtMaxLifetimeSeconds: 8 * 3600,
  writeBulkLimit: 20,
};

export type ServerSettings = Omit<AppConfig["server"], keyof SecuritySettings> & Partial<SecuritySettings>;

// A schema object gets its guards once, even when a test serves it twice.
const guarded = new WeakSet<GraphQLSchema>();

/** Serves GET /health, GET / (the offline GraphQL IDE) and POST /graphql. */
export async function startHttpServer(
  db: Database,
  schema: GraphQLSchema,
  settings: ServerSettings,
): Promise<RunningServer> {
  const config = { ...SECURITY_DEFAULTS, ...settings };
  // One socket write per Bolt message instead of one per 1,400-byte chunk (src/db/bolt-writes.ts).
  coalesceBoltWrites();
  const app = express();
  app.disable("x-powered-by");
  // POST/GET /graphql is served on node's own request and response (src/api/http/graphql-endpoint.ts);
  // every other path goes to Express. Both are set below, before the server listens.
  let serveGraphQL: (req: ApiRequest, res: ServerResponse) => void = () => {};
  const httpServer: Server = createServer((req, res) => {
    if (isGraphQLPath(req.url)) serveGraphQL(req, res);
    else app(req, res);
  });
  const probe = new DatabaseProbe(db.driver, db.name);
  const audit = new AuditTrail(db);
  if (!guarded.has(schema)) {
    guarded.add(schema);
    installAuditQuery(schema, audit);
    serializeHeavyFields(schema);
    guardMutations(schema, {
      bulkLimit: config.writeBulkLimit,
      audit,
      knownSources: async (keys) =>
        new Set(
          (
            await db.read<{ key: string }>("MATCH (s:Source) WHERE s.key IN $keys RETURN s.key AS key", {
              keys,
            })
          ).map((r) => r.key),
        ),
    });
    // A frozen database fails a request after 1.5 s + at most 2.5 s of probing: within 5 s.
    guardDatabaseFields(schema, {
      probe,
      checkAfterMs: 1_500,
      probeTimeoutMs: 2_500,
      deadlineMs: config.queryTimeoutMs + 2_000,
    });
  }
  const apollo = new ApolloServer({
    schema,
    introspection: !config.production,
    // No "Did you mean …?" hints in production: they would reveal the schema introspection hides.
    hideSchemaDetailsFromClientErrors: config.production,
    // CSRF prevention stays on (Apollo's default): browsers cannot send simple cross-site requests.
    csrfPrevention: true,
    // We shut down in order ourselves (HTTP, then driver, then database) on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_DOCUMENT_TOKENS },
    formatError: formatGraphQLError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.drainTimeoutMs }),
      requestLimitsPlugin({ maxCost: config.queryMaxCost }),
      // The schema sets no cache hints, so Apollo's default cache-control plugin would only add a
      // hook to every field of every answer (98-step spin-off trees at 1M) for a policy of "none".
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  // One instance of each, so a client's rate budget counts its API and page requests together.
  const headers = securityHeaders();
  const limiter = rateLimit(config.rateLimitPerMinute);
  app.use(headers);
  app.get("/health", healthHandler(db, probe));
  app.use(limiter);
  serveGraphQL = chain(
    [
      headers,
      limiter,
      // Preflight (OPTIONS) is answered here, before Apollo's CSRF prevention sees it.
      corsMiddleware(config.corsOrigins),
      express.json({ limit: "1mb" }),
      nestingLimit(),
    ],
    graphqlEndpoint(apollo, async (req) => {
      try {
        const { viewer, jwt } = await verifyAuthorization(
          req.headers.authorization,
          config.jwtSecret,
          config.jwtMaxLifetimeSeconds,
        );
        return {
          viewer,
          ...(jwt ? { jwt } : {}),
          sessionConfig: { database: db.name },
          // @neo4j/graphql passes this to every transaction it opens; the server terminates it.
          transaction: { timeout: config.queryTimeoutMs },
        };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        throw new GraphQLError(error.message, {
          extensions: { code: error.code, http: { status: 401 } },
        });
      }
    }),
    respondWithError,
  );
  app.use(playgroundRouter());
  app.use(schemaArtifactRouter(schema, !config.production));
  app.use(explorerRouter());
  // Keep these two last: anything not served above is a JSON 404, and errors become JSON.
  app.use(notFound);
  app.use(jsonErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    close: async () => {
      // Apollo's drain plugin stops accepting, lets in-flight requests finish (up to
      // DRAIN_TIMEOUT_MS), then closes the remaining connections.
      await apollo.stop();
    },
  };
}
