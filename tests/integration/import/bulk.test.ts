import { afterAll, describe, expect, inject, it } from "vitest";
import { seedDir } from "../../../src/paths.js";
import { testDatabase } from "../../helpers/database.js";
import { runCli } from "../../helpers/run-cli.js";

const db = testDatabase();
afterAll(() => db.close());

describe("npm run import -- --bulk", () => {
  it("refuses a target that is not the project's own local Neo4j, with a clear message, before any work", () => {
    // runCli points the CLI at the test database through NEO4J_URI (a remote target).
    const result = runCli("import.ts", [seedDir, "--bulk"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /--bulk loads through neo4j-admin into the project's own local Neo4j only, but the target here is the remote provider \(NEO4J_URI=bolt:.*Run the import without --bulk/,
    );
  });

  // Only where the test database is the project's own local Neo4j (the default, and CI): the same
  // server, addressed as the local provider, holds the seed, so --bulk must refuse and leave it running.
  it.runIf(inject("neo4j").kind === "local")(
    "refuses the project's local Neo4j when it is not empty, without stopping it",
    async () => {
      const result = runCli("import.ts", [seedDir, "--bulk"], { NEO4J_PROVIDER: "local", NEO4J_URI: "" });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(
        /--bulk needs an empty database, and the local Neo4j holds \d+ nodes\. Import without --bulk/,
      );
      const [row] = await db.read<{ n: number }>(
        "MATCH (o:Organization {id: 'ablynx'}) RETURN count(o) AS n",
      );
      expect(row?.n).toBe(1);
    },
  );
});
