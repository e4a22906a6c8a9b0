import { afterAll, describe, expect, it } from "vitest";
import { applySchema } from "../../../src/db/schema.js";
import { QueryError, QueryTimeoutError, WriteNotAllowedError } from "../../../src/errors/app-errors.js";
import { testDatabase, uniquePrefix } from "../../helpers/database.js";

const db = testDatabase();
const prefix = uniquePrefix("roundtrip");

afterAll(async () => {
  await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  await db.close();
});

describe("the real Neo4j behind the provider", () => {
  it("is Neo4j 5.26+ with APOC answering", async () => {
    const info = await db.verifyServer();
    expect(info.neo4jVersion).toMatch(/^(5\.2[6-9]|5\.[3-9]\d|20\d\d)\./);
    expect(info.apocVersion.split(".").slice(0, 2)).toEqual(info.neo4jVersion.split(".").slice(0, 2));
  });

  it("round-trips a node and runs the APOC functions @neo4j/graphql relies on", async () => {
    const id = `${prefix}-acme`;
    await db.write("CREATE (o:Organization:Firm {id: $id, name: 'Acme Bio', foundedYear: 1999})", { id });
    const [row] = await db.read<{ name: string; year: number; formatted: string }>(
      `MATCH (o:Organization {id: $id})
       RETURN o.name AS name, o.foundedYear AS year,
              apoc.date.convertFormat('2013-01-15', 'iso_local_date', 'basic_iso_date') AS formatted`,
      { id },
    );
    expect(row).toEqual({ name: "Acme Bio", year: 1999, formatted: "20130115" });
  });

  it("enforces the uniqueness constraints from cypher/schema", async () => {
    await applySchema(db); // idempotent: a second application changes nothing and does not fail
    const id = `${prefix}-dup`;
    await db.write("CREATE (:Organization:Firm {id: $id, name: 'One'})", { id });
    await expect(
      db.write("CREATE (:Organization:Firm {id: $id, name: 'Two'})", { id }),
    ).rejects.toMatchObject({
      code: "CONSTRAINT_VIOLATION",
    });
  });

  it("refuses a write in a read transaction with a typed error", async () => {
    await expect(db.read("CREATE (:Organization {id: $id})", { id: `${prefix}-ro` })).rejects.toBeInstanceOf(
      WriteNotAllowedError,
    );
  });

  it("reports Cypher syntax errors as QueryError", async () => {
    await expect(db.read("MATCH (n RETURN n")).rejects.toBeInstanceOf(QueryError);
  });
});

// readStatement: one auto-commit read (the API's direct traversals), same answers and errors as read.
describe("readStatement", () => {
  it("answers what read answers", async () => {
    const id = `${prefix}-statement`;
    await db.write("CREATE (:Organization:Firm {id: $id, name: 'Statement Bio'})", { id });
    const cypher = "MATCH (o:Organization {id: $id}) RETURN o.name AS name, labels(o) AS labels";
    expect(await db.readStatement(cypher, { id })).toEqual(await db.read(cypher, { id }));
    expect(await db.readStatement(cypher, { id: `${prefix}-nobody` })).toEqual([]);
  });

  it("refuses a write and reports syntax errors with the same typed errors", async () => {
    await expect(
      db.readStatement("CREATE (:Organization {id: $id})", { id: `${prefix}-ro2` }),
    ).rejects.toBeInstanceOf(WriteNotAllowedError);
    await expect(db.readStatement("MATCH (n RETURN n")).rejects.toBeInstanceOf(QueryError);
  });

  it("keeps the handle's transaction timeout", async () => {
    const limited = db.withTransactionTimeout(200);
    await expect(
      limited.readStatement("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n"),
    ).rejects.toBeInstanceOf(QueryTimeoutError);
  });
});
