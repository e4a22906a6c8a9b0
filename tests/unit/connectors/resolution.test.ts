import { describe, expect, it } from "vitest";
import { normalizeName, slugify } from "../../../src/connectors/resolution/normalize.js";
import { MERGE_THRESHOLD, Resolver } from "../../../src/connectors/resolution/resolver.js";
import type { KnownOrganization, OrganizationMention } from "../../../src/connectors/resolution/types.js";

// The seed's ids, names and aliases (seed/organizations.csv).
const seed: KnownOrganization[] = [
  { id: "galapagos", name: "Galapagos", aliases: ["Galàpagos"], kind: "Firm", identifiers: [] },
  {
    id: "ku-leuven",
    name: "University of Leuven",
    aliases: ["KU Leuven", "Katholieke Universiteit Leuven"],
    kind: "University",
    identifiers: [],
  },
  { id: "ucb", name: "UCB", aliases: [], kind: "Firm", identifiers: [] },
  {
    id: "janssen-pharmaceuticals",
    name: "Janssen Pharmaceuticals",
    aliases: ["Janssen"],
    kind: "PharmaCompany",
    identifiers: [],
  },
  {
    id: "johnson-johnson",
    name: "Johnson & Johnson",
    aliases: ["J&J"],
    kind: "PharmaCompany",
    identifiers: [],
  },
  { id: "merck-co", name: "Merck & Co.", aliases: [], kind: "PharmaCompany", identifiers: [] },
  { id: "roche", name: "Roche", aliases: [], kind: "PharmaCompany", identifiers: [] },
  { id: "argenx", name: "argenx", aliases: ["Argen-X"], kind: "Firm", identifiers: [] },
];

const mention = (name: string, extra: Partial<OrganizationMention> = {}): OrganizationMention => ({
  name,
  kind: "Firm",
  identifiers: [],
  sourceKey: "test:1",
  ...extra,
});

describe("name normalization", () => {
  it("drops case, accents, punctuation and legal forms, and joins initials", () => {
    expect(normalizeName("Galapagos NV")).toBe("galapagos");
    expect(normalizeName("Galàpagos")).toBe("galapagos");
    expect(normalizeName("UCB Biopharma SRL")).toBe("ucb biopharma");
    expect(normalizeName("UCB Pharma S.A.")).toBe("ucb pharma");
    expect(normalizeName("K.U.Leuven")).toBe("ku leuven");
    expect(normalizeName("Janssen Research & Development, LLC")).toBe("janssen research development");
    expect(normalizeName("Fixture GmbH")).toBe("fixture");
    expect(normalizeName("Some Holding Inc.")).toBe("some holding");
    expect(normalizeName("Fixture Ltd plc")).toBe("fixture");
    expect(normalizeName("Fixture AG")).toBe("fixture");
    expect(normalizeName("Fixture BV")).toBe("fixture");
    // A legal form alone is a name, not nothing.
    expect(normalizeName("AG")).toBe("ag");
  });

  it("makes kebab-case slugs", () => {
    expect(slugify("VIB vzw")).toBe("vib-vzw");
    expect(slugify("Université Libre de Bruxelles")).toBe("universite-libre-de-bruxelles");
  });
});

describe("the resolver", () => {
  it("resolves the issue's examples onto the seed's ids", () => {
    const r = new Resolver(seed);
    expect(r.resolve(mention("Galapagos NV"))).toMatchObject({
      id: "galapagos",
      rule: "exact-name",
      existing: true,
    });
    expect(r.resolve(mention("Katholieke Universiteit Leuven")).id).toBe("ku-leuven");
    expect(r.resolve(mention("KU Leuven")).id).toBe("ku-leuven");
    expect(r.resolve(mention("UCB Biopharma SRL"))).toMatchObject({ id: "ucb", rule: "name+descriptors" });
    const janssen = r.resolve(mention("Janssen Research & Development, LLC"));
    expect(janssen).toMatchObject({ id: "janssen-pharmaceuticals", rule: "name+descriptors" });
    expect(janssen.score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    // Janssen is a subsidiary of J&J, never merged into it.
    expect(janssen.candidates.map((c) => c.id)).not.toContain("johnson-johnson");
    expect(r.resolve(mention("Johnson & Johnson")).id).toBe("johnson-johnson");
    expect(r.resolve(mention("arGEN-X BVBA")).id).toBe("argenx");
  });

  it("merges nothing below the threshold: a new organization, with its candidates for review", () => {
    const r = new Resolver(seed);
    const merck = r.resolve(mention("Merck KGaA"));
    expect(merck).toMatchObject({ id: "merck-kgaa", existing: false, rule: "new" });
    expect(merck.candidates[0]).toMatchObject({ id: "merck-co" });
    expect(merck.candidates[0]?.score).toBeLessThan(MERGE_THRESHOLD);
    const roche = r.resolve(mention("F. Hoffmann-La Roche Ltd"));
    expect(roche.id).not.toBe("roche");
    expect(roche.candidates.map((c) => c.id)).toContain("roche");
    // The same name later in the run resolves to the organization the run created.
    expect(r.resolve(mention("MERCK KGAA"))).toMatchObject({
      id: "merck-kgaa",
      rule: "exact-name",
      existing: false,
    });
  });

  it("applies overrides: same merges, different refuses even a deterministic match", () => {
    const r = new Resolver(seed, [
      { name: "F. Hoffmann-La Roche Ltd", targetId: "roche", decision: "same", line: 2 },
      { name: "Galapagos NV", targetId: "galapagos", decision: "different", line: 3 },
    ]);
    expect(r.resolve(mention("F. Hoffmann-La Roche Ltd"))).toMatchObject({ id: "roche", rule: "override" });
    const other = r.resolve(mention("Galapagos NV"));
    expect(other.id).not.toBe("galapagos");
    expect(other.candidates.map((c) => c.id)).not.toContain("galapagos");
    expect(() => new Resolver(seed, [{ name: "X", targetId: "nobody", decision: "same", line: 7 }])).toThrow(
      /line 7: 'nobody' is not an organization/,
    );
  });

  it("resolves by a shared identifier before names, and remembers identifiers it meets", () => {
    const known = [
      ...seed,
      {
        id: "vib",
        name: "VIB",
        aliases: [],
        kind: "ResearchInstitute",
        identifiers: [{ scheme: "CORDIS_ORG" as const, value: "000100012" }],
      },
    ];
    const r = new Resolver(known);
    expect(
      r.resolve(
        mention("Vlaams Instituut voor Biotechnologie", {
          identifiers: [{ scheme: "CORDIS_ORG", value: "000100012" }],
        }),
      ),
    ).toMatchObject({ id: "vib", rule: "identifier" });
    const created = r.resolve(
      mention("Fixture One BV", { identifiers: [{ scheme: "VAT", value: "BE0999000099" }] }),
    );
    expect(
      r.resolve(mention("Totally Renamed", { identifiers: [{ scheme: "VAT", value: "be0999000099" }] })).id,
    ).toBe(created.id);
  });

  it("never gives a new organization an id the graph already uses", () => {
    const r = new Resolver(seed, [], new Set(["fixture-region"]));
    const created = r.resolve(mention("Fixture Region"));
    expect(created.id).toMatch(/^fixture-region-[0-9a-f]{6}$/);
    expect(new Resolver(seed, [], new Set(["fixture-region"])).resolve(mention("Fixture Region")).id).toBe(
      created.id,
    );
  });
});
