import { decodeJwt } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { mintToken } from "../../src/api/jwt.js";
import { graphql, TEST_JWT_SECRET, withTestServer } from "../helpers/api-server.js";
import { uniquePrefix } from "../helpers/database.js";
import { runCli } from "../helpers/run-cli.js";

const app = withTestServer();
const { db } = app;
const prefix = uniquePrefix("roles");

afterAll(async () => {
  await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
  await db.write("MATCH (a:AuditEvent) WHERE any(id IN a.ids WHERE id STARTS WITH $prefix) DELETE a", {
    prefix,
  });
});

const bearer = async (role: "viewer" | "editor" | "admin", subject: string) => ({
  authorization: `Bearer ${await mintToken(TEST_JWT_SECRET, { role, subject })}`,
});

type Audit = { auditTrail: { sub: string; roles: string[]; operation: string; ids: string[]; at: string }[] };

describe("npm run token -- --role", () => {
  it("prints a token with sub, exp (8 h by default) and the role", () => {
    const { status, stdout, stderr } = runCli("token.ts", ["--role", "admin", "--subject", "alice"], {
      JWT_SECRET: TEST_JWT_SECRET,
    });
    expect(status, stderr).toBe(0);
    const claims = decodeJwt(stdout.trim());
    expect(claims).toMatchObject({ sub: "alice", roles: ["admin"] });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(8 * 3600);
  });

  it("refuses an unknown role", () => {
    const { status, stderr } = runCli("token.ts", ["--role", "root"], { JWT_SECRET: TEST_JWT_SECRET });
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/viewer, editor, admin/);
  });
});

describe("roles: viewer reads, editor writes, admin deletes and reads the audit trail", () => {
  const id = `${prefix}-firm`;

  it("lets an editor create, connect and update by id, and records each write", async () => {
    const editor = await bearer("editor", "erin");
    const created = await graphql<{ createFirms: { firms: { id: string }[] } }>(
      app.server,
      `mutation($id: ID!) { createFirms(input: [{ id: $id, name: "Roles Test Firm", source: "segers2015:text",
         alliances: { connect: [{ where: { node: { id: { eq: "novartis" } } }, edge: { type: LICENSING, since: 2020, source: "segers2015:text" } }] } }]) { firms { id } } }`,
      { id },
      editor,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data?.createFirms.firms).toEqual([{ id }]);
    const updated = await graphql(
      app.server,
      `mutation($id: ID!) { updateFirms(where: { id: { eq: $id } }, update: { foundedYear: { set: 2019 } }) { firms { id foundedYear } } }`,
      { id },
      editor,
    );
    expect(updated.body.errors).toBeUndefined();
    const [row] = await db.read<{ year: number; partners: number }>(
      "MATCH (f:Firm {id: $id}) RETURN f.foundedYear AS year, COUNT { (f)-[:ALLIANCE]-() } AS partners",
      { id },
    );
    expect(row).toEqual({ year: 2019, partners: 1 });

    const trail = await graphql<Audit>(
      app.server,
      `{ auditTrail(limit: 10, sub: "erin") { sub roles operation ids at } }`,
      {},
      await bearer("admin", "root"),
    );
    expect(trail.body.errors).toBeUndefined();
    expect(trail.body.data?.auditTrail.map((e) => [e.sub, e.operation, e.ids])).toEqual([
      ["erin", "updateFirms", [id]],
      ["erin", "createFirms", [id]],
    ]);
    expect(trail.body.data?.auditTrail[0]?.roles).toEqual(["viewer", "editor"]);
  });

  it("treats a viewer token like no token: reads yes, writes no", async () => {
    const viewer = await bearer("viewer", "vic");
    const read = await graphql<{ firms: { id: string }[] }>(
      app.server,
      `query($id: ID!) { firms(where: { id: { eq: $id } }) { id } }`,
      { id },
      viewer,
    );
    expect(read.body.data?.firms).toEqual([{ id }]);
    const write = await graphql(
      app.server,
      `mutation($id: ID!) { updateFirms(where: { id: { eq: $id } }, update: { note: { set: "x" } }) { firms { id } } }`,
      { id },
      viewer,
    );
    expect(write.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("lets an admin update in bulk and delete", async () => {
    const admin = await bearer("admin", "ada");
    const bulk = await graphql(
      app.server,
      `mutation($p: ID!) { updateFirms(where: { id: { startsWith: $p } }, update: { note: { set: "bulk" } }) { firms { id } } }`,
      { p: prefix },
      admin,
    );
    expect(bulk.body.errors).toBeUndefined();
    const deleted = await graphql<{ deleteFirms: { nodesDeleted: number } }>(
      app.server,
      `mutation($id: ID!) { deleteFirms(where: { id: { eq: $id } }) { nodesDeleted } }`,
      { id },
      admin,
    );
    expect(deleted.body.data?.deleteFirms.nodesDeleted).toBe(1);
    const [row] = await db.read<{ n: number }>(
      "MATCH (a:AuditEvent {sub: 'ada'}) WHERE $id IN a.ids RETURN count(a) AS n",
      { id },
    );
    expect(row?.n).toBe(1);
  });
});
