import { describe, expect, it } from "vitest";
import { deferrableIndexes, deferrableIndexNames } from "../../../src/db/schema.js";
import { earlyIndexSteps } from "../../../src/import/early-indexes.js";
import { WRITE_STEPS, type WriteStep } from "../../../src/import/write.js";

const stepOf = (file: string, type?: string) =>
  WRITE_STEPS.findIndex(
    (s) => s.file === file && (!type || (s.kind === "relationship" && s.spec.type === type)),
  );

/** Rows per step for a dataset holding only these files (PART_OF comes from regions.csv). */
const rowsIn =
  (...files: string[]) =>
  (step: WriteStep) =>
    files.includes(step.file) ? 10 : 0;

/** Index name -> the write step it is built before. */
function planned(plan: Map<number, { name: string }[]>): Map<string, number> {
  return new Map([...plan].flatMap(([step, indexes]) => indexes.map((i) => [i.name, step] as const)));
}

describe("deferrable indexes", () => {
  it("know what each index covers, read from the schema files", () => {
    const byName = new Map(deferrableIndexes().map((i) => [i.name, i]));
    expect(byName.get("organization_names")).toMatchObject({ labels: ["Organization"], types: [] });
    expect(byName.get("firm_id")).toMatchObject({ labels: ["Firm"], types: [] });
    expect(byName.get("alliance_since")).toMatchObject({ labels: [], types: ["ALLIANCE"] });
    expect(byName.get("region_nuts_code")?.statement).toMatch(/^CREATE INDEX region_nuts_code IF NOT EXISTS/);
    // Every deferrable index covers something, so each has a place in the plan.
    for (const index of byName.values()) expect(index.labels.length + index.types.length).toBe(1);
    expect([...byName.keys()]).toEqual(deferrableIndexNames());
  });
});

describe("earlyIndexSteps", () => {
  const dataset = rowsIn(
    "sources.csv",
    "organizations.csv",
    "regions.csv",
    "alliances.csv",
    "spin_offs.csv",
    "locations.csv",
  );

  it("builds each index right after the last step that writes its label or type", () => {
    const at = planned(earlyIndexSteps(dataset));
    const afterOrganizations = stepOf("organizations.csv") + 1;
    for (const name of [
      "organization_name",
      "organization_names",
      "firm_id",
      "university_id",
      "pharma_company_id",
      "research_institute_id",
      "public_body_id",
      "other_organization_id",
    ])
      expect(at.get(name), name).toBe(afterOrganizations);
    // regions.csv also gives PART_OF, but that is a relationship: the Region index waits only for its nodes.
    expect(at.get("region_nuts_code")).toBe(stepOf("regions.csv") + 1);
    expect(at.get("alliance_type")).toBe(stepOf("alliances.csv") + 1);
    expect(at.get("alliance_since")).toBe(stepOf("alliances.csv") + 1);
    // No Identifier rows at all: nothing to wait for.
    expect(at.get("identifier_scheme_value")).toBe(0);
  });

  it("leaves to the end the indexes whose rows come in the last step with rows", () => {
    // sourced_alliances.csv (later than alliances.csv) also writes ALLIANCE.
    const at = planned(
      earlyIndexSteps(rowsIn("organizations.csv", "alliances.csv", "sourced_alliances.csv")),
    );
    expect(at.has("alliance_type")).toBe(false);
    expect(at.has("alliance_since")).toBe(false);
    expect(at.get("organization_names")).toBe(stepOf("organizations.csv") + 1);
    // A dataset of organizations only: every organization index is built at the end.
    const only = planned(earlyIndexSteps(rowsIn("organizations.csv")));
    expect(only.has("organization_names")).toBe(false);
    expect(only.get("alliance_type")).toBe(0);
  });
});
