import { resolve } from "node:path";
import { Command } from "commander";
import { loadConfig } from "../config/env.js";
import { connect } from "../db/connect.js";
import { applySchema } from "../db/schema.js";
import { formatIssue } from "../errors/app-errors.js";
import { formatReport, importDataset } from "../import/import-dataset.js";
import { validateDataset } from "../import/validate.js";
import { seedDir } from "../paths.js";
import { runMain } from "./run-main.js";

const program = new Command("import")
  .description("Validate a dataset directory (seed/ format) and load it into Neo4j in one transaction")
  .argument("[dir]", "dataset directory", seedDir)
  .option("--check", "validate only; do not connect to the database")
  .showHelpAfterError();

runMain(async () => {
  program.parse(process.argv);
  const dir = resolve(program.args[0] ?? seedDir);
  const { check } = program.opts<{ check?: boolean }>();
  if (check) {
    const { dataset, issues } = validateDataset(dir);
    if (!dataset) {
      for (const issue of issues) console.error(formatIssue(issue));
      console.error(`${issues.length} problem(s) in ${dir}`);
      return 65;
    }
    console.log(
      `${dir} is valid: ${dataset.nodes.length} nodes, ${dataset.relationships.length} relationships.`,
    );
    return 0;
  }
  const connected = await connect(loadConfig(), { log: (line) => console.log(line) });
  try {
    await applySchema(connected.db);
    console.log(formatReport(await importDataset(connected.db, dir)));
  } finally {
    await connected.release();
  }
  return 0;
});
