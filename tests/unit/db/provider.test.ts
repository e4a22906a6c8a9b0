import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/env.js";
import { chooseProvider } from "../../../src/db/provider.js";

const remote = { NEO4J_URI: "neo4j+s://x.databases.neo4j.io", NEO4J_PASSWORD: "a-password" };

describe("chooseProvider", () => {
  it("prefers NEO4J_URI over Docker and the local JVM", () => {
    expect(chooseProvider(loadConfig(remote), true)).toBe("remote");
    expect(chooseProvider(loadConfig(remote), false)).toBe("remote");
  });

  it("uses Docker when there is no URI and an engine answers", () => {
    expect(chooseProvider(loadConfig({}), true)).toBe("docker");
  });

  it("falls back to the project's local Neo4j", () => {
    expect(chooseProvider(loadConfig({}), false)).toBe("local");
  });

  it("obeys an explicit NEO4J_PROVIDER", () => {
    expect(chooseProvider(loadConfig({ NEO4J_PROVIDER: "local" }), true)).toBe("local");
    expect(chooseProvider(loadConfig({ ...remote, NEO4J_PROVIDER: "docker" }), false)).toBe("docker");
  });
});
