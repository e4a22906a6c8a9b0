import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { Command } from "commander";
import { buildGraphQLSchema } from "../api/graphql-schema.js";
import { apiSchemaFile, printApiSchema, readApiSchemaFile } from "../api/schema-artifact.js";
import { projectRoot } from "../paths.js";
import { runMain } from "./run-main.js";

const program = new Command("schema:print")
  .description(
    "Print the generated GraphQL API (from schema.graphql) to src/api/generated/api.graphql, the input of `npm run codegen`",
  )
  .option("--check", "write nothing; exit 1 if the committed file differs from the generated schema")
  .showHelpAfterError();

runMain(async () => {
  program.parse(process.argv);
  const { check } = program.opts<{ check?: boolean }>();
  // No database is needed: the SDL depends on schema.graphql only.
  const sdl = printApiSchema(await buildGraphQLSchema(undefined, undefined));
  const file = relative(projectRoot, apiSchemaFile);
  if (check) {
    if (readApiSchemaFile() === sdl) return 0;
    console.error(`${file} is out of date: run npm run schema:print`);
    return 1;
  }
  writeFileSync(apiSchemaFile, sdl);
  console.log(`${file}: ${sdl.split("\n").length} lines`);
  return 0;
});
