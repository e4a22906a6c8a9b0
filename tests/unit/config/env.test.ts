import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/env.js";
import { ConfigError } from "../../../src/errors/app-errors.js";

describe("loadConfig", () => {
  it("applies Neo4j's usual defaults", () => {
    const config = loadConfig({});
    expect(config.neo4j).toEqual({
      uri: undefined,
      username: "neo4j",
      password: undefined,
      database: "neo4j",
      provider: "auto",
    });
    expect(config.server.port).toBe(4000);
    expect(config.local.heap).toBe("1g");
    expect(config.local.pageCache).toBe("512m");
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ NEO4J_URI: "", PORT: " " }).neo4j.uri).toBeUndefined();
  });

  it("accepts routing URIs for Aura and clusters", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://abcd1234.databases.neo4j.io",
      NEO4J_PASSWORD: "secret-password",
    });
    expect(config.neo4j.uri).toBe("neo4j+s://abcd1234.databases.neo4j.io");
  });

  it("names every bad variable in one error", () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: "http://localhost:7474", PORT: "99999", NEO4J_HEAP: "lots" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("NEO4J_URI: must be a Neo4j URI");
    expect(message).toContain("PORT");
    expect(message).toContain("NEO4J_HEAP: must be a size such as 512m or 1g");
  });

  it("requires a password with a remote URI", () => {
    expect(() => loadConfig({ NEO4J_URI: "bolt://db.example:7687" })).toThrow(
      /NEO4J_PASSWORD: is required when NEO4J_URI is set/,
    );
  });
});
