import { describe, expect, it } from "vitest";
import { seedDir } from "../../../src/paths.js";
import { runCli } from "../../helpers/run-cli.js";

describe("npm run import -- --bulk", () => {
  it("refuses a target that is not the project's own local Neo4j, with a clear message, before any work", () => {
    // runCli points the CLI at the test database through NEO4J_URI (a remote target).
    const result = runCli("import.ts", [seedDir, "--bulk"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /--bulk loads through neo4j-admin into the project's own local Neo4j only, but the target here is the remote provider \(NEO4J_URI=bolt:.*Run the import without --bulk/,
    );
  });
});
