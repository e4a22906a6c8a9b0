import { Command } from "commander";
import { loadConfig } from "../config/env.js";
import { Database } from "../db/database.js";
import { localLayout } from "../db/local/layout.js";
import { readState, startLocalNeo4j, stopLocalNeo4j, wipeLocalData } from "../db/local/local-server.js";
import { BadInputError } from "../errors/app-errors.js";
import { runMain } from "./run-main.js";

const log = (line: string) => console.log(line);

const program = new Command("db")
  .description("Manage the project's local Neo4j 5.26 (JVM from Maven Central, data under .data/neo4j)")
  .showHelpAfterError();

program
  .command("start")
  .description("start the local Neo4j in the background and wait until Bolt answers")
  .action(async () => {
    const config = loadConfig();
    const target = await startLocalNeo4j(config, { detached: true, log });
    const db = new Database(target);
    try {
      const info = await db.verifyServer();
      log(`Neo4j ${info.neo4jVersion} ${info.edition}, APOC ${info.apocVersion} on ${target.uri}`);
    } finally {
      await db.close();
    }
  });

program
  .command("stop")
  .description("stop the local Neo4j")
  .action(async () => {
    log((await stopLocalNeo4j()) ? "Neo4j stopped." : "The local Neo4j was not running.");
  });

program
  .command("status")
  .description("say whether the local Neo4j runs, with its pid and ports (exit code 3 when it does not)")
  .action(() => {
    const state = readState();
    if (!state) {
      log("The local Neo4j is not running.");
      process.exitCode = 3;
      return;
    }
    log(
      `running: pid ${state.pid} since ${state.startedAt}\n  bolt://127.0.0.1:${state.boltPort}\n  Neo4j Browser: http://127.0.0.1:${state.httpPort}/browser/\n  data: ${localLayout.data}`,
    );
  });

program
  .command("reset")
  .description("stop the local Neo4j and delete its data (needs --yes, except under CI)")
  .option("--yes", "really delete the local database")
  .action(async (options: { yes?: boolean }) => {
    const ci = process.env.CI === "true" || process.env.CI === "1";
    if (!options.yes && !ci) {
      throw new BadInputError(
        `This deletes every node in ${localLayout.data}. Run again with --yes to confirm.`,
      );
    }
    await stopLocalNeo4j();
    wipeLocalData();
    log(`Local Neo4j data deleted (${localLayout.data}). The next start creates an empty database.`);
  });

runMain(async () => {
  await program.parseAsync(process.argv);
  return undefined;
});
