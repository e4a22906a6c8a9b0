import { describe, expect, it } from "vitest";
import { translationCacheStats } from "../../src/api/neo4j-graphql-caches.js";
import { loadQuery } from "../../src/cypher/library.js";
import { runQuery } from "../../src/cypher/run-query.js";
import { graphql, withTestServer } from "../helpers/api-server.js";

// The server translates a read to Cypher once per distinct request (src/api/neo4j-graphql-caches.ts).
// The same document with other variables, another alias or another selection must still get its
// own answer: each answer here is checked against the library query or against a fresh request.
const app = withTestServer();
const { db } = app;

// The relationship field keeps this traversal on the library's translation (simple selections of
// the traversals are resolved without it: src/api/traversals/direct.ts).
const dependency = `query($id: ID!) { partnerDependency(id: $id) { organization { id ... on Firm { locatedIn { id } } } partners { partner { id } } } }`;

async function expectedPartners(id: string): Promise<string[]> {
  const rows = await runQuery<{ partnerId: string | null }>(db, loadQuery("partner-dependency"), { id });
  return rows.map((r) => r.partnerId).filter((p): p is string => p !== null);
}

describe("translation cache", () => {
  it("answers each variable value with its own result when the same document repeats", async () => {
    const ids = ["ablynx", "galapagos", "ablynx", "thrombogenics", "galapagos", "ablynx"];
    const hitsBefore = translationCacheStats.hits;
    for (const id of ids) {
      const { body } = await graphql<{
        partnerDependency: { organization: { id: string }; partners: { partner: { id: string } }[] };
      }>(app.server, dependency, { id });
      expect(body.errors).toBeUndefined();
      expect(body.data?.partnerDependency.organization.id).toBe(id);
      expect(body.data?.partnerDependency.partners.map((p) => p.partner.id)).toEqual(
        await expectedPartners(id),
      );
    }
    // Three distinct requests, three repeats: the repeats were served from the cache.
    expect(translationCacheStats.hits - hitsBefore).toBeGreaterThanOrEqual(3);
  });

  it("keeps generated reads with other filters, aliases and selections apart", async () => {
    const read = (ids: string[]) =>
      graphql<{ firms: { id: string; name?: string }[] }>(
        app.server,
        "query($ids: [ID!]) { firms(where: { id: { in: $ids } }, sort: [{ id: ASC }]) { id } }",
        { ids },
      );
    const first = await read(["ablynx", "galapagos"]);
    const second = await read(["thrombogenics"]);
    const again = await read(["ablynx", "galapagos"]);
    expect(first.body.data?.firms.map((f) => f.id)).toEqual(["ablynx", "galapagos"]);
    expect(second.body.data?.firms.map((f) => f.id)).toEqual(["thrombogenics"]);
    expect(again.body.data).toEqual(first.body.data);
    const aliased = await graphql<{ a: { id: string }[]; b: { id: string; name: string }[] }>(
      app.server,
      `{ a: firms(where: { id: { eq: "ablynx" } }) { id } b: firms(where: { id: { eq: "galapagos" } }) { id name } }`,
    );
    expect(aliased.body.data?.a).toEqual([{ id: "ablynx" }]);
    expect(aliased.body.data?.b).toEqual([{ id: "galapagos", name: "Galapagos" }]);
  });
});
