import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, withTestServer } from "../helpers/api-server.js";
import { uniquePrefix } from "../helpers/database.js";

// A hub partner with 130 allies (test data): firm i has 1 + (i mod 4) other alliances besides the
// hub, so the shares differ and the order (share, then name, then id) is fully determined.
const app = withTestServer();
const { db } = app;
const prefix = uniquePrefix("pages");
const hub = `${prefix}-hub`;
const ALLIES = 130;

type Page = {
  totalCount: number;
  offset: number;
  limit: number;
  hasMore: boolean;
  partner: { id: string };
  firms: { firm: { id: string }; share: number; allianceCount: number }[];
};
const pageQuery = `query($id: ID!, $limit: Int, $offset: Int, $order: DependentFirmOrder) {
  dependentFirms(partnerId: $id, limit: $limit, offset: $offset, order: $order) {
    totalCount offset limit hasMore partner { id } firms { firm { id } share allianceCount } } }`;

beforeAll(async () => {
  await db.write(
    `CREATE (hub:Organization:PharmaCompany {id: $hub, name: 'Hub'})
     CREATE (other:Organization:PharmaCompany {id: $prefix + '-other', name: 'Other'})
     WITH hub, other
     UNWIND range(0, $allies - 1) AS i
     CREATE (f:Organization:Firm {id: $prefix + '-firm-' + right('000' + toString(i), 3), name: 'Firm ' + toString(i % 7)})
     CREATE (f)-[:ALLIANCE {type: 'LICENSING'}]->(hub)
     WITH f, i, other
     UNWIND range(1, 1 + i % 4) AS k
     CREATE (f)-[:ALLIANCE {type: 'STRATEGIC'}]->(other)`,
    { hub, prefix, allies: ALLIES },
  );
});
afterAll(async () => {
  await db.write("MATCH (n:Organization) WHERE n.id STARTS WITH $prefix DETACH DELETE n", { prefix });
});

async function page(limit: number, offset: number, order = "STORED"): Promise<Page> {
  const { body } = await graphql<{ dependentFirms: Page }>(app.server, pageQuery, {
    id: hub,
    limit,
    offset,
    order,
  });
  expect(body.errors).toBeUndefined();
  return body.data?.dependentFirms as Page;
}

describe("dependentFirms pages", () => {
  it.each(["STORED", "SHARE"])(
    "walks a hub's allies page by page in order %s: every ally once, with the total count",
    async (order) => {
      const seen: Page["firms"] = [];
      let offset = 0;
      for (;;) {
        const p = await page(50, offset, order);
        expect(p.totalCount).toBe(ALLIES);
        expect(p.partner.id).toBe(hub);
        expect(p.offset).toBe(offset);
        expect(p.firms.length).toBe(Math.min(50, ALLIES - offset));
        seen.push(...p.firms);
        offset += 50;
        expect(p.hasMore).toBe(offset < ALLIES);
        if (!p.hasMore) break;
      }
      expect(new Set(seen.map((f) => f.firm.id)).size).toBe(ALLIES);
      // Each ally's share is its own (1 alliance with the hub out of 2 to 5), whatever the order.
      for (const f of seen) expect(f.share).toBeCloseTo(1 / (2 + (Number(f.firm.id.slice(-3)) % 4)), 10);
      const shares = seen.map((f) => f.share);
      if (order === "SHARE") {
        // Largest share first: allies with fewer other alliances depend more on the hub.
        expect(shares).toEqual([...shares].sort((a, b) => b - a));
        expect(shares[0]).toBeCloseTo(1 / 2, 10);
        expect(shares.at(-1)).toBeCloseTo(1 / 5, 10);
      }
    },
  );

  it.each(["STORED", "SHARE"])(
    "gives the same rows as one large page in order %s, and an empty page past the end",
    async (order) => {
      const whole = await page(200, 0, order);
      const middle = await page(7, 61, order);
      expect(middle.firms).toEqual(whole.firms.slice(61, 68));
      const past = await page(10, 500, order);
      expect(past).toMatchObject({ totalCount: ALLIES, hasMore: false, firms: [] });
    },
  );

  it("is refused above 200 rows per page", async () => {
    const { body } = await graphql(app.server, pageQuery, { id: hub, limit: 1000, offset: 0 });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("partnerDependency pages", () => {
  const query = `query($id: ID!, $limit: Int, $offset: Int) {
    partnerDependency(id: $id, limit: $limit, offset: $offset) {
      partnerCount allianceCount partners { partner { id } allianceCount }
      dependencyAreas { area allianceCount partnerCount partners { id } } } }`;
  type Dependency = {
    partnerCount: number;
    allianceCount: number;
    partners: { partner: { id: string }; allianceCount: number }[];
    dependencyAreas: {
      area: string;
      allianceCount: number;
      partnerCount: number;
      partners: { id: string }[];
    }[];
  };

  it("pages the hub's partners while the counts and areas cover all of them", async () => {
    const { body } = await graphql<{ partnerDependency: Dependency }>(app.server, query, {
      id: hub,
      limit: 20,
      offset: 100,
    });
    const dep = body.data?.partnerDependency as Dependency;
    expect(dep.partnerCount).toBe(ALLIES);
    expect(dep.allianceCount).toBe(ALLIES);
    expect(dep.partners).toHaveLength(20);
    expect(dep.dependencyAreas).toEqual([
      {
        area: "LICENSING",
        allianceCount: ALLIES,
        partnerCount: ALLIES,
        partners: dep.partners.map((p) => p.partner),
      },
    ]);
  });
});
