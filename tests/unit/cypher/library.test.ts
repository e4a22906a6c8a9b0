import neo4j, { Node, Path, PathSegment, Relationship } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { parseQuery, withDefaults } from "../../../src/cypher/library.js";
import { formatCell, renderRows, toPlain } from "../../../src/cypher/render.js";
import { toCypherValue } from "../../../src/cypher/run-query.js";
import { BadInputError } from "../../../src/errors/app-errors.js";

const text = `// @title Partners
// Which partners does a firm have?
// @param id = 'ablynx' -- the firm
// @param asOf = null -- a year
// @param ids = ["a", "b"]
// @returns partner, share
// @expect rows = 10
// @expect column partner = ["x", "y"]
// @expect row 0 = {"share": 0.1}
MATCH (f {id: $id})
// a comment inside the statement is not part of the header
RETURN 1;
`;

describe("parseQuery", () => {
  const query = parseQuery("partners.cypher", text);

  it("reads title, description, typed parameter defaults, columns and expectations", () => {
    expect(query.name).toBe("partners");
    expect(query.title).toBe("Partners");
    expect(query.description).toBe("Which partners does a firm have?");
    expect(query.params).toEqual([
      { name: "id", defaultValue: "ablynx", description: "the firm" },
      { name: "asOf", defaultValue: null, description: "a year" },
      { name: "ids", defaultValue: ["a", "b"], description: "" },
    ]);
    expect(query.columns).toEqual(["partner", "share"]);
    expect(query.expectations).toEqual([
      { kind: "rows", count: 10 },
      { kind: "column", column: "partner", values: ["x", "y"] },
      { kind: "row", index: 0, subset: { share: 0.1 } },
    ]);
  });

  it("names the file and header line of a malformed header", () => {
    expect(() => parseQuery("bad.cypher", "// @param id\nRETURN 1")).toThrow(
      /bad.cypher: header line 1: cannot read @param id/,
    );
    expect(() => parseQuery("bad.cypher", "// x\n// @expect something\nRETURN 1")).toThrow(/header line 2/);
  });

  it("fills defaults and refuses unknown parameters", () => {
    expect(withDefaults(query, { asOf: 2010 })).toEqual({ id: "ablynx", asOf: 2010, ids: ["a", "b"] });
    expect(() => withDefaults(query, { nope: 1 })).toThrow(BadInputError);
  });
});

describe("toCypherValue", () => {
  it("sends whole numbers as Neo4j integers and keeps the rest", () => {
    const value = toCypherValue({ top: 5, share: 0.5, list: [1, "a"], nested: { year: 2010 } }) as Record<
      string,
      unknown
    >;
    expect(neo4j.isInt(value.top)).toBe(true);
    expect(value.share).toBe(0.5);
    expect(neo4j.isInt((value.list as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((value.nested as Record<string, unknown>).year)).toBe(true);
  });
});

describe("rendering", () => {
  const firm = new Node(
    neo4j.int(1),
    ["Organization", "Firm"],
    { id: "ablynx", year: neo4j.int(2001) },
    "n1",
  );
  const pharma = new Node(neo4j.int(2), ["Organization", "PharmaCompany"], { id: "novartis" }, "n2");
  const alliance = new Relationship(
    neo4j.int(3),
    neo4j.int(1),
    neo4j.int(2),
    "ALLIANCE",
    { type: "STRATEGIC" },
    "r3",
    "n1",
    "n2",
  );

  it("turns driver values into plain JSON without {low, high}", () => {
    expect(toPlain({ n: neo4j.int(42), node: firm })).toEqual({
      n: 42,
      node: { labels: ["Organization", "Firm"], properties: { id: "ablynx", year: 2001 } },
    });
  });

  it("prints nodes, relationships and paths like Cypher", () => {
    expect(formatCell(firm)).toBe("(:Organization:Firm {id: 'ablynx', year: 2001})");
    expect(formatCell(alliance)).toBe("[:ALLIANCE {type: 'STRATEGIC'}]");
    const path = new Path(firm, pharma, [new PathSegment(firm, alliance, pharma)]);
    expect(formatCell(path)).toBe(
      "(:Organization:Firm {id: 'ablynx', year: 2001})-[:ALLIANCE {type: 'STRATEGIC'}]->(:Organization:PharmaCompany {id: 'novartis'})",
    );
    expect(formatCell([1, "a", null])).toBe("[1, 'a', null]");
  });

  it("aligns a table, cuts long cells, and counts rows", () => {
    const rows = [
      { a: "x", b: 1 },
      { a: "a much longer value", b: 22 },
    ];
    expect(renderRows(rows, ["a", "b"], "table", 10)).toBe(
      ["a          | b", "-----------+---", "x          | 1", "a much lo… | 22", "(2 rows)", ""].join("\n"),
    );
  });

  it("writes CSV with JSON for structured cells", () => {
    expect(renderRows([{ a: ["x", "y"], b: "q,r" }], ["a", "b"], "csv")).toBe('a,b\n"[""x"",""y""]","q,r"\n');
  });
});
