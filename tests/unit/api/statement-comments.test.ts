import { describe, expect, it } from "vitest";
import { readTypeDefs } from "../../../src/api/graphql-schema.js";
import { withoutComments } from "../../../src/api/traversals/direct.js";

// The direct traversals send their statement without comments (src/api/traversals/direct.ts); what
// they answer is held to the library's answer in tests/integration/api/direct-traversals.test.ts.
describe("withoutComments", () => {
  it("drops line and block comments and cuts white space runs", () => {
    const statement = `// @title Example
// @param id = 'x' -- the organization's id
MATCH (o:Organization {id: $id})   // seek
  /* a block
     comment */ WHERE o.year > 1990

RETURN o.name   AS name`;
    expect(withoutComments(statement)).toBe(
      "MATCH (o:Organization {id: $id})\nWHERE o.year > 1990\nRETURN o.name AS name",
    );
  });

  it("leaves strings and quoted names as they are", () => {
    const statement = `RETURN 'http://x.org/a  b' AS url, "it's // here" AS s, 'a\\'b // c' AS e,
       \`odd // name\` AS n // gone`;
    expect(withoutComments(statement)).toBe(
      `RETURN 'http://x.org/a  b' AS url, "it's // here" AS s, 'a\\'b // c' AS e,\n\`odd // name\` AS n`,
    );
  });

  it("keeps every parameter and clause of the schema's traversal statements", () => {
    const statements = [...readTypeDefs().matchAll(/statement: """([\s\S]*?)"""/g)].map(
      (m) => m[1] as string,
    );
    expect(statements.length).toBeGreaterThan(5);
    for (const statement of statements) {
      const compact = withoutComments(statement);
      expect(compact).not.toMatch(/^\s*\/\//m);
      const words = (text: string) =>
        [...text.replace(/\/\/.*$/gm, "").matchAll(/\$\w+|\b[A-Z]{4,}\b/g)].map((m) => m[0]).sort();
      expect(words(compact)).toEqual(words(statement));
    }
  });
});
