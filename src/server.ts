// Before anything loads neo4j-driver (see src/db/driver-generators.ts).
import "./db/driver-generators.js";
import { type RunningServer, startHttpServer } from "./api/app.js";
import { buildGraphQLSchema } from "./api/graphql-schema.js";
import { runMain } from "./cli/run-main.js";
import { loadConfig } from "./config/env.js";
import { connect } from "./db/connect.js";
import { applySchema } from "./db/schema.js";
import { seedIfEmpty } from "./import/seed-on-start.js";

const log = (line: string) => console.log(`[start] ${line}`);

runMain(async () => {
  const config = loadConfig();
  const connected = await connect(config, { log });
  const { db, info } = connected;
  log(
    `Neo4j ${info.neo4jVersion} (${info.edition}), APOC ${info.apocVersion}, via ${db.target.kind} provider`,
  );
  let server: RunningServer | undefined;
  try {
    const statements = await applySchema(db);
    log(`Schema: ${statements} constraint/index statements applied (idempotent)`);
    if (config.server.seedOnEmpty) await seedIfEmpty(db, log);
    // The API's handle: same driver, every transaction limited to QUERY_TIMEOUT_MS.
    const apiDb = db.withTransactionTimeout(config.server.queryTimeoutMs);
    const schema = await buildGraphQLSchema(apiDb, config.server.jwtSecret);
    server = await startHttpServer(apiDb, schema, config.server);
  } catch (error) {
    await connected.release();
    throw error;
  }
  log(`GraphQL API on ${server.url}/graphql, playground on ${server.url}/, health on ${server.url}/health`);

  const running = server;
  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log(`${signal}: stopping the HTTP server, then the driver, then the database…`);
      running
        .close()
        .then(() => connected.release())
        .then(resolve, (error: unknown) => {
          console.error(error);
          resolve();
        });
    };
    process.once("SIGINT", () => shutdown("SIGINT"));
    process.once("SIGTERM", () => shutdown("SIGTERM"));
  });
  log("stopped");
  return 0;
});
