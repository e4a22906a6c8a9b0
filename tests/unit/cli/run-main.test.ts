import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { causeLine } from "../../../src/cli/run-main.js";

describe("causeLine (what the CLI prints under a mapped error)", () => {
  it("gives a driver error's code and first line", () => {
    const cause = new Neo4jError(
      "connect ECONNREFUSED 127.0.0.1:7687\nmore detail",
      "ServiceUnavailable",
      "08000",
      "error: connection exception",
    );
    expect(causeLine(cause)).toBe("ServiceUnavailable: connect ECONNREFUSED 127.0.0.1:7687");
  });

  it("gives a plain error's message, and nothing for a non-error or an empty one", () => {
    expect(causeLine(new Error("disk full"))).toBe("disk full");
    expect(causeLine("text")).toBeUndefined();
    expect(causeLine(undefined)).toBeUndefined();
    expect(causeLine(new Error(""))).toBeUndefined();
  });
});
