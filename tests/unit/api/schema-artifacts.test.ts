import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../../../src/api/graphql-schema.js";
import { printApiSchema, readApiSchemaFile } from "../../../src/api/schema-artifact.js";
import { projectRoot } from "../../../src/paths.js";

describe("the committed API schema and typed client", () => {
  it("src/api/generated/api.graphql is the schema generated from schema.graphql (else: npm run schema:print)", async () => {
    const printed = printApiSchema(await buildGraphQLSchema(undefined, undefined));
    // Compare line counts first: a 25,000-line diff in a failure message helps nobody.
    const committed = readApiSchemaFile();
    expect(committed.split("\n").length, "npm run schema:print").toBe(printed.split("\n").length);
    expect(committed === printed, "src/api/generated/api.graphql is stale: npm run schema:print").toBe(true);
  }, 60_000);

  it("src/web/graphql is what GraphQL Code Generator makes of it (else: npm run codegen)", async () => {
    const bin = join(projectRoot, "node_modules", ".bin", "graphql-codegen");
    // --check writes nothing and exits 1 when any generated file would change.
    const run = promisify(execFile)(bin, ["--config", "codegen.ts", "--check", "--silent"], {
      cwd: projectRoot,
      timeout: 120_000,
    });
    await expect(run).resolves.toBeDefined();
  }, 120_000);
});
