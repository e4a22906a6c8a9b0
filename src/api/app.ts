import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { AppConfig } from "../config/env.js";
import type { Database } from "../db/database.js";
import { formatGraphQLError } from "./errors.js";
import { explorerRouter } from "./explorer.js";
import { healthHandler } from "./health.js";
import { playgroundRouter } from "./playground.js";
import { queryLimitRules, rowLimitPlugin } from "./query-limits.js";
import { schemaArtifactRouter } from "./schema-artifact.js";

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves GET /health, GET / (the offline GraphQL IDE) and POST /graphql. */
export async function startHttpServer(
  db: Database,
  schema: GraphQLSchema,
  config: AppConfig["server"],
): Promise<RunningServer> {
  const app = express();
  const httpServer: Server = createServer(app);
  const apollo = new ApolloServer({
    schema,
    introspection: !config.production,
    // CSRF prevention stays on (Apollo's default): browsers cannot send simple cross-site requests.
    csrfPrevention: true,
    // We shut down in order ourselves (HTTP, then driver, then database) on SIGINT/SIGTERM.
    stopOnTerminationSignals: false,
    validationRules: queryLimitRules(),
    formatError: formatGraphQLError,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), rowLimitPlugin()],
  });
  await apollo.start();

  app.get("/health", healthHandler(db));
  app.use(playgroundRouter());
  app.use(schemaArtifactRouter(schema, !config.production));
  app.use(explorerRouter());
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        token: req.headers.authorization,
        sessionConfig: { database: db.name },
      }),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}`,
    port,
    close: async () => {
      // Apollo's drain plugin closes the HTTP server and waits for in-flight requests.
      await apollo.stop();
    },
  };
}
