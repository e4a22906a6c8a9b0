import { describe, expect, it } from "vitest";
import { assertSupportedNeo4j, isSupportedNeo4jVersion } from "../../../src/db/compatibility.js";
import { parseJavaMajor } from "../../../src/db/local/java.js";
import { renderNeo4jConf } from "../../../src/db/local/neo4j-conf.js";
import { DatabaseIncompatibleError } from "../../../src/errors/app-errors.js";

describe("Neo4j version check", () => {
  it.each([
    ["5.26.19", true],
    ["5.26.0", true],
    ["2025.01.0", true],
    ["2026.08.1", true],
    ["5.25.1", false],
    ["4.4.30", false],
    ["garbage", false],
  ])("%s supported: %s", (version, expected) => {
    expect(isSupportedNeo4jVersion(version)).toBe(expected);
  });

  it("explains what to do with an old server", () => {
    expect(() => assertSupportedNeo4j("4.4.30")).toThrow(DatabaseIncompatibleError);
    expect(() => assertSupportedNeo4j("4.4.30")).toThrow(/needs Neo4j 5.26 or newer.*4\.4\.30/);
  });
});

describe("parseJavaMajor", () => {
  it("reads modern and legacy version strings", () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "25" 2025-09-16')).toBe(25);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor("nonsense")).toBeUndefined();
  });
});

describe("renderNeo4jConf", () => {
  const conf = renderNeo4jConf({
    boltPort: 7999,
    httpPort: 7998,
    pageCache: "256m",
    txMemory: "128m",
    dirs: { data: "/d", logs: "/l", plugins: "/p", run: "/r", import: "/i" },
  });

  it("binds to loopback on the configured ports", () => {
    expect(conf).toContain("server.bolt.listen_address=127.0.0.1:7999");
    expect(conf).toContain("server.http.listen_address=127.0.0.1:7998");
  });

  it("sets memory explicitly and lets APOC run", () => {
    expect(conf).toContain("server.memory.pagecache.size=256m");
    expect(conf).toContain("dbms.memory.transaction.total.max=128m");
    expect(conf).toMatch(/dbms\.security\.procedures\.unrestricted=apoc\.\*/);
    expect(conf).toContain("dbms.usage_report.enabled=false");
  });
});
