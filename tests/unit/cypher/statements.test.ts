import { describe, expect, it } from "vitest";
import { splitStatements } from "../../../src/cypher/statements.js";

describe("splitStatements", () => {
  it("drops comment lines and splits on line-ending semicolons", () => {
    const text =
      "// header\n// more\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nMATCH (n)\nRETURN n;\n";
    expect(splitStatements(text)).toEqual([
      "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
      "MATCH (n)\nRETURN n",
    ]);
  });

  it("keeps semicolons inside a line", () => {
    expect(splitStatements("RETURN 'a;b' AS s")).toEqual(["RETURN 'a;b' AS s"]);
  });
});
