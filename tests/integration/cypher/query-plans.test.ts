import { afterAll, describe, expect, it } from "vitest";
import { loadQuery } from "../../../src/cypher/library.js";
import { toCypherValue } from "../../../src/cypher/run-query.js";
import { RELATIONSHIP_FILES } from "../../../src/import/dataset-spec.js";
import { freshRelationshipStatement, relationshipStatement } from "../../../src/import/write.js";
import { testDatabase } from "../../helpers/database.js";

// Every query that starts from an id a user gives (an organization, a region) must find it through
// an index and walk from there: a label scan or an all-nodes scan would make its cost grow with
// the whole graph (at a million organizations, seconds instead of milliseconds). EXPLAIN plans
// without running, so this checks the plan, not the data.
const db = testDatabase();
afterAll(() => db.close());

const SINGLE_ENTITY_QUERIES = [
  "spin-off-lineage",
  "spin-off-descendants",
  "partner-dependency",
  "dependent-firms",
  "connection-path",
  "connection-path-fallback",
  "ego-network",
  "region-profile",
  "region-summary",
  "region-network",
];

const SCANS = ["AllNodesScan", "NodeByLabelScan"];

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.split("@")[0] as string, ...plan.children.flatMap(operators)];
}

async function planOperators(name: string, given: Record<string, unknown> = {}): Promise<string[]> {
  const query = loadQuery(name);
  const params = { ...Object.fromEntries(query.params.map((p) => [p.name, p.defaultValue])), ...given };
  const plan = await db.run("READ", async (tx) => {
    const result = await tx.run(`EXPLAIN ${query.text}`, toCypherValue(params) as Record<string, unknown>);
    return result.summary.plan as unknown as PlanNode;
  });
  return operators(plan);
}

describe("plans of the single-entity queries", () => {
  it.each(SINGLE_ENTITY_QUERIES)("%s starts from an index seek and scans no label", async (name) => {
    const ops = await planOperators(name);
    expect(ops.filter((op) => SCANS.some((scan) => op.startsWith(scan)))).toEqual([]);
    expect(ops.some((op) => op.includes("IndexSeek"))).toBe(true);
  });

  // A region scopes its subregions too (PART_OF*0..3 from the region down to NUTS 3): the walk must
  // still start from the region's index entry.
  it("alliance-years for a region starts from an index seek and scans no label", async () => {
    const ops = await planOperators("alliance-years", { regionId: "flanders" });
    expect(ops.filter((op) => SCANS.some((scan) => op.startsWith(scan)))).toEqual([]);
    expect(ops.some((op) => op.includes("IndexSeek"))).toBe(true);
    expect(ops.some((op) => op.includes("VarLengthExpand"))).toBe(true);
  });

  it("the check itself sees a label scan when there is one", async () => {
    const plan = await db.run("READ", async (tx) => {
      const result = await tx.run("EXPLAIN MATCH (o:Organization) WHERE o.note ENDS WITH 'x' RETURN o");
      return result.summary.plan as unknown as PlanNode;
    });
    expect(operators(plan).some((op) => SCANS.includes(op))).toBe(true);
  });
});

describe("plans of the importer's relationship statements", () => {
  // Each row finds both ends by id: a scan here would make a million-row import quadratic.
  const cases = RELATIONSHIP_FILES.flatMap((spec) =>
    spec.from.flatMap((from) => spec.to.map((to) => [spec.file, from, to, spec] as const)),
  );
  it.each(cases)(
    "%s (%s -> %s) seeks both ends through an index, fresh or not (or by node id)",
    async (_f, from, to, spec) => {
      const keys = [...spec.identity, "source"];
      for (const statement of [
        freshRelationshipStatement(spec, from, to, keys),
        relationshipStatement(spec, from, to),
      ]) {
        const params = {
          rows: [],
          c_from: [],
          c_to: [],
          run: "x",
          ...Object.fromEntries(keys.map((k) => [`p_${k}`, []])),
        };
        const plan = await db.run("READ", async (tx) => {
          const result = await tx.run(`EXPLAIN ${statement.cypher}`, params);
          return result.summary.plan as unknown as PlanNode;
        });
        const ops = operators(plan);
        expect(ops.filter((op) => SCANS.some((scan) => op.startsWith(scan)))).toEqual([]);
        expect(ops.filter((op) => op.includes("IndexSeek")).length).toBeGreaterThanOrEqual(2);
      }
      // A fresh run's batches whose ends it created itself: both ends by node id, no scan.
      const byNodeIds = freshRelationshipStatement(spec, from, to, keys).byNodeIds as string;
      const plan = await db.run("READ", async (tx) => {
        const result = await tx.run(`EXPLAIN ${byNodeIds}`, {
          c_from: [],
          c_to: [],
          run: "x",
          ...Object.fromEntries(keys.map((k) => [`p_${k}`, []])),
        });
        return result.summary.plan as unknown as PlanNode;
      });
      const ops = operators(plan);
      expect(ops.filter((op) => SCANS.some((scan) => op.startsWith(scan)))).toEqual([]);
      expect(ops.filter((op) => op.startsWith("NodeByIdSeek")).length).toBe(2);
    },
  );
});
