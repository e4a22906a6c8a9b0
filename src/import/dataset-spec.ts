import { z } from "zod";

/** Stable ids: lower-case kebab-case ASCII slugs. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ORGANIZATION_KINDS = [
  "Firm",
  "University",
  "PharmaCompany",
  // Kinds the open-data connectors need (CORDIS activityType REC / PUB / OTH; see README "Real data").
  "ResearchInstitute",
  "PublicBody",
  "Other",
] as const;
export const ALLIANCE_TYPES = [
  "LICENSING",
  "CO_DEVELOPMENT",
  "COMMERCIALIZATION",
  "MANUFACTURING",
  "RESEARCH_SERVICES",
  "EQUITY",
  "SUPPLY",
  "STRATEGIC",
  // Co-participation in a funded research project (CORDIS connector).
  "RESEARCH_COLLABORATION",
] as const;
export const ACQUISITION_KINDS = ["TAKEOVER", "ACQUISITION", "DIVESTMENT", "BUY_BACK"] as const;
export const BUSINESS_MODELS = ["PRODUCT", "PLATFORM", "HYBRID"] as const;
export const ORGANIZATION_STATUSES = ["INDEPENDENT", "ACQUIRED", "DIVESTED"] as const;

export type AllianceType = (typeof ALLIANCE_TYPES)[number];

// Cells arrive as strings; an empty cell means "unknown" and becomes an absent property.
const empty = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const text = z.preprocess(empty, z.string().optional());
const requiredText = z.string().trim().min(1, "is required");
const list = z.preprocess(
  (v) =>
    typeof v === "string" && v.trim() !== ""
      ? v
          .split("|")
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined,
  z.array(z.string()).optional(),
);
/** Column schemas whose values are whole numbers (years, counts): stored as integers, not floats. */
const integerSchemas = new WeakSet<object>();
const intIn = (min: number, max: number) => {
  const schema = z.preprocess(
    empty,
    z.coerce
      .number({ message: "must be a whole number" })
      .int("must be a whole number")
      .min(min, `must be between ${min} and ${max}`)
      .max(max, `must be between ${min} and ${max}`)
      .optional(),
  );
  integerSchemas.add(schema);
  return schema;
};
const count = intIn(0, 10_000_000);
const decimal = z.preprocess(empty, z.coerce.number({ message: "must be a number" }).finite().optional());
const bool = z.preprocess(
  empty,
  z
    .enum(["true", "false"], { message: "must be true or false" })
    .transform((v) => v === "true")
    .optional(),
);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(empty, z.enum(values, { message: `must be one of ${values.join(", ")}` }).optional());
const requiredOneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(", ")}` });

/** Years of facts in this domain (alliances, deals, approvals, spin-offs). */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
const year = intIn(YEAR_MIN, YEAR_MAX);

const provenance = { source: requiredText, note: text };
const nodeBase = {
  id: requiredText.regex(SLUG, "must be a lower-case kebab-case slug such as 'ku-leuven'"),
  name: requiredText,
};

/** Test fixtures in a real format mark every node they create (see tests/fixtures/connectors/). */
const testData = bool;
const connectorOrganizationColumns = {
  /** CORDIS `SME` flag. */
  sme: bool,
  /** The connector could not tell the kind for sure (e.g. an INDUSTRY sponsor not known as pharma). */
  kindUncertain: bool,
  /** Finer grouping the kind does not express: HOSPITAL, NETWORK, INDIVIDUAL, … */
  sector: text,
  testData,
};
const nutsColumns = { nutsCode: text, nutsLevel: intIn(0, 3), testData };
export const SPONSOR_ROLES = ["LEAD", "COLLABORATOR"] as const;
export const ALLIANCE_ORIGINS = ["ctgov", "cordis"] as const;
export const IDENTIFIER_SCHEMES = ["VAT", "CORDIS_ORG", "ROR", "LEI", "WIKIDATA", "NUTS", "NAME"] as const;

export interface NodeFileSpec {
  kind: "node";
  file: string;
  required: boolean;
  /** Labels every node of the file gets; organizations add their kind label. */
  labels: readonly string[];
  row: z.ZodObject;
}

export interface RelationshipFileSpec {
  kind: "relationship";
  file: string;
  type: string;
  /** Labels the `from` / `to` ids must carry (any one of them). */
  from: readonly string[];
  to: readonly string[];
  /** Properties that, with from/to, identify one relationship (MERGE key). */
  identity: readonly string[];
  row: z.ZodObject;
}

export const SOURCES_FILE = "sources.csv";
export const sourceRow = z.object({
  key: requiredText.regex(
    // Upper case is allowed after the first character for record ids such as ctgov:NCT01234567.
    /^[a-z0-9][A-Za-z0-9:._-]*$/,
    "must be a citation key such as 'segers2015:table1'",
  ),
  title: requiredText,
  citation: text,
  url: text,
  note: text,
});

export const NODE_FILES: readonly NodeFileSpec[] = [
  {
    kind: "node",
    file: "organizations.csv",
    required: true,
    labels: ["Organization"],
    row: z.object({
      ...nodeBase,
      kind: requiredOneOf(ORGANIZATION_KINDS),
      aliases: list,
      businessModel: oneOf(BUSINESS_MODELS),
      status: oneOf(ORGANIZATION_STATUSES),
      studySample: bool,
      selfSustaining: bool,
      foundedYear: intIn(1000, YEAR_MAX),
      ...connectorOrganizationColumns,
      ...provenance,
    }),
  },
  {
    kind: "node",
    file: "countries.csv",
    required: false,
    labels: ["Country"],
    row: z.object({
      ...nodeBase,
      aliases: list,
      biotechFirms: count,
      dedicatedBiotechFirms: count,
      dedicatedShare: decimal,
      indicatorYear: year,
      firmType: text,
      biotechBerdShare: decimal,
      biotechBerdShareYear: year,
      biotechRdIntensity: decimal,
      isoCode: text,
      testData: bool,
      ...provenance,
    }),
  },
  {
    kind: "node",
    file: "regions.csv",
    required: false,
    labels: ["Region"],
    row: z.object({ ...nodeBase, country: text, ...nutsColumns, ...provenance }),
  },
  {
    kind: "node",
    file: "technology_platforms.csv",
    required: false,
    labels: ["TechnologyPlatform"],
    row: z.object({ ...nodeBase, ...provenance }),
  },
  {
    kind: "node",
    file: "products.csv",
    required: false,
    labels: ["Product"],
    row: z.object({ ...nodeBase, aliases: list, approvalYear: year, approvedBy: list, ...provenance }),
  },
  {
    kind: "node",
    file: "stock_exchanges.csv",
    required: false,
    labels: ["StockExchange"],
    row: z.object({ ...nodeBase, ...provenance }),
  },
  {
    kind: "node",
    file: "clinical_studies.csv",
    required: false,
    labels: ["ClinicalStudy"],
    row: z.object({
      ...nodeBase,
      nctId: requiredText.regex(/^NCT\d{8}$/, "must be an NCT number such as NCT01234567"),
      title: text,
      phases: list,
      status: text,
      startYear: year,
      completionYear: year,
      conditions: list,
      countries: list,
      testData,
      ...provenance,
    }),
  },
  {
    kind: "node",
    file: "projects.csv",
    required: false,
    labels: ["Project"],
    row: z.object({
      ...nodeBase,
      projectId: requiredText,
      acronym: text,
      title: text,
      status: text,
      startYear: year,
      endYear: year,
      totalCost: decimal,
      ecMaxContribution: decimal,
      frameworkProgramme: text,
      fundingScheme: text,
      testData,
      ...provenance,
    }),
  },
  {
    kind: "node",
    file: "identifiers.csv",
    required: false,
    labels: ["Identifier"],
    row: z.object({
      ...nodeBase,
      scheme: requiredOneOf(IDENTIFIER_SCHEMES),
      value: requiredText,
      testData,
      ...provenance,
    }),
  },
];

/**
 * Nodes a dataset refers to without defining them: they must already be in the graph (the
 * connectors resolve their records onto existing organizations and regions and never rewrite them).
 * Validation accepts these ids as relationship ends; the write fails, and rolls back, if one is missing.
 */
export const EXISTING_NODES_FILE = "existing_nodes.csv";
export const EXISTING_NODE_LABELS = ["Organization", "Region", "Country", "Identifier"] as const;
export const existingNodeRow = z.object({
  id: requiredText.regex(SLUG, "must be a lower-case kebab-case slug such as 'ku-leuven'"),
  label: requiredOneOf(EXISTING_NODE_LABELS),
  note: text,
});

const ends = { from: requiredText, to: requiredText };
const ORG = ["Organization"] as const;

export const RELATIONSHIP_FILES: readonly RelationshipFileSpec[] = [
  {
    kind: "relationship",
    file: "alliances.csv",
    type: "ALLIANCE",
    from: ORG,
    to: ORG,
    identity: ["type"],
    row: z.object({
      ...ends,
      type: requiredOneOf(ALLIANCE_TYPES),
      since: year,
      until: year,
      milestonePayments: bool,
      ...provenance,
    }),
  },
  {
    kind: "relationship",
    file: "spin_offs.csv",
    type: "SPUN_OFF_FROM",
    from: ORG,
    to: ORG,
    identity: [],
    row: z.object({ ...ends, year, ...provenance }),
  },
  {
    kind: "relationship",
    file: "acquisitions.csv",
    type: "ACQUIRED",
    from: ORG,
    to: ORG,
    identity: ["kind"],
    row: z.object({ ...ends, year, kind: requiredOneOf(ACQUISITION_KINDS), ...provenance }),
  },
  {
    kind: "relationship",
    file: "subsidiaries.csv",
    type: "SUBSIDIARY_OF",
    from: ORG,
    to: ORG,
    identity: [],
    row: z.object({ ...ends, ...provenance }),
  },
  {
    kind: "relationship",
    file: "locations.csv",
    type: "LOCATED_IN",
    from: ORG,
    to: ["Region", "Country"],
    identity: [],
    row: z.object({ ...ends, city: text, ...provenance }),
  },
  {
    kind: "relationship",
    file: "listings.csv",
    type: "LISTED_ON",
    from: ["Firm"],
    to: ["StockExchange"],
    identity: [],
    row: z.object({ ...ends, ...provenance }),
  },
  {
    kind: "relationship",
    file: "develops.csv",
    type: "DEVELOPS",
    from: ORG,
    to: ["TechnologyPlatform"],
    identity: [],
    row: z.object({ ...ends, ...provenance }),
  },
  {
    kind: "relationship",
    file: "owns.csv",
    type: "OWNS",
    from: ORG,
    to: ["Product"],
    identity: [],
    row: z.object({ ...ends, ...provenance }),
  },
  {
    kind: "relationship",
    file: "based_on.csv",
    type: "BASED_ON",
    from: ["Product"],
    to: ["TechnologyPlatform"],
    identity: [],
    row: z.object({ ...ends, ...provenance }),
  },
  {
    kind: "relationship",
    file: "sourced_alliances.csv",
    type: "ALLIANCE",
    from: ORG,
    to: ORG,
    // One tie per pair, type and connector: its `since` is the earliest evidence, `evidence` lists
    // the source records (study or project keys). Kept apart from the hand-curated alliances.csv so
    // a connector never overwrites a fact from another source.
    identity: ["type", "origin"],
    row: z.object({
      ...ends,
      type: requiredOneOf(ALLIANCE_TYPES),
      origin: requiredOneOf(ALLIANCE_ORIGINS),
      since: year,
      until: year,
      evidence: list,
      evidenceCount: count,
      ...provenance,
    }),
  },
  {
    kind: "relationship",
    file: "region_hierarchy.csv",
    type: "PART_OF",
    from: ["Region"],
    to: ["Region"],
    identity: [],
    row: z.object({ ...ends, ...provenance }),
  },
  {
    kind: "relationship",
    file: "sponsorships.csv",
    type: "SPONSORED_BY",
    from: ["ClinicalStudy"],
    to: ORG,
    identity: ["role"],
    row: z.object({
      ...ends,
      role: requiredOneOf(SPONSOR_ROLES),
      agencyClass: text,
      nameAsListed: text,
      ...provenance,
    }),
  },
  {
    kind: "relationship",
    file: "participations.csv",
    type: "PARTICIPATES_IN",
    from: ORG,
    to: ["Project"],
    identity: [],
    row: z.object({
      ...ends,
      role: text,
      ecContribution: decimal,
      nameAsListed: text,
      ...provenance,
    }),
  },
  {
    kind: "relationship",
    file: "identifies.csv",
    type: "IDENTIFIES",
    from: ["Identifier"],
    to: ["Organization", "Region"],
    // One edge per citing record, so each source that names the identifier keeps its own.
    identity: ["source"],
    row: z.object({
      ...ends,
      // How the record was resolved onto the node: identifier, override, exact-name, name+descriptor, fuzzy.
      rule: text,
      score: decimal,
      ...provenance,
    }),
  },
];

/**
 * Property keys that hold whole numbers in every file that has them. A JavaScript number reaches
 * Neo4j as a float unless the writer says otherwise, and years such as 2013.0 would then print and
 * compare as floats; the online writer and the --bulk converter both store these as integers.
 */
export const INTEGER_PROPERTIES: ReadonlySet<string> = (() => {
  const integer = new Set<string>();
  const other = new Set<string>();
  for (const spec of [...NODE_FILES, ...RELATIONSHIP_FILES])
    for (const [key, schema] of Object.entries(spec.row.shape))
      (integerSchemas.has(schema as object) ? integer : other).add(key);
  const both = [...integer].filter((k) => other.has(k));
  if (both.length) throw new Error(`Columns both whole and not in different files: ${both.join(", ")}`);
  return integer;
})();
