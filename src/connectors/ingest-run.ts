import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { runQuery } from "../cypher/run-query.js";
import type { Database } from "../db/database.js";
import { type ImportReport, importDataset } from "../import/import-dataset.js";
import { DatasetBuilder } from "./dataset-builder.js";
import { connectorQuery, type KnownGraph, readKnownGraph } from "./known-graph.js";
import { COUNTRIES, COUNTRY_CODES_SOURCE, isNutsCode, NUTS_SOURCE, nutsChain } from "./nuts/nuts.js";
import { normalizeName, slugify } from "./resolution/normalize.js";
import { Resolver } from "./resolution/resolver.js";
import { type MatchRow, matchRows, readOverrides, writeMatches } from "./resolution/review-files.js";
import type { ExternalIdentifier, OrganizationMention } from "./resolution/types.js";
import { TEST_DATA_NOTE } from "./test-data.js";

export type Origin = "ctgov" | "cordis";

export interface IngestOptions {
  /** Folder for this run's output: `dataset/` (seed format) and `matches.csv`. */
  outDir: string;
  /** Reviewer decisions (name,targetId,decision,note), applied on this run. */
  overridesFile?: string;
  /** Everything read is hand-written test data (see test-data.ts). */
  testData: boolean;
  /** Build and validate the dataset, write the review file, but do not import. */
  check?: boolean;
}

export interface IngestSummary {
  datasetDir: string;
  matchesFile: string;
  records: number;
  organizations: { resolvedToExisting: number; created: number };
  review: number;
  files: Record<string, number>;
  import?: ImportReport;
}

interface Tie {
  from: string;
  to: string;
  type: "CO_DEVELOPMENT" | "RESEARCH_COLLABORATION";
  since?: number;
  source?: string;
  evidence: Set<string>;
}

/**
 * One connector run: resolves the organizations its records name, collects nodes, relationships and
 * their sources into a dataset in the seed format, then validates and imports it with
 * importDataset (the same path as `npm run import`). Organizations, regions and countries the graph
 * already holds are referenced (existing_nodes.csv), never rewritten.
 */
export class IngestRun {
  readonly builder = new DatasetBuilder();
  private readonly matches: MatchRow[] = [];
  private readonly ties = new Map<string, Tie>();
  private readonly locations = new Map<string, { from: string; to: string; city?: string; source: string }>();
  private readonly seenOrganizations = new Set<string>();
  private readonly resolvedExisting = new Set<string>();
  records = 0;

  private constructor(
    readonly origin: Origin,
    private readonly known: KnownGraph,
    private readonly resolver: Resolver,
    readonly options: IngestOptions,
  ) {}

  static async start(db: Database, origin: Origin, options: IngestOptions): Promise<IngestRun> {
    const known = await readKnownGraph(db);
    const resolver = new Resolver(
      known.organizations,
      readOverrides(options.overridesFile),
      new Set(known.ids),
    );
    return new IngestRun(origin, known, resolver, options);
  }

  get testData(): true | undefined {
    return this.options.testData ? true : undefined;
  }

  /** A cited record (study, project); every fact taken from it carries this key. */
  recordSource(key: string, title: string, citation: string, url: string | undefined): void {
    this.records += 1;
    this.builder.source({
      key,
      title: this.options.testData ? `${title} (TEST DATA)` : title,
      citation,
      url: this.options.testData ? undefined : url,
      note: this.options.testData ? TEST_DATA_NOTE : undefined,
    });
  }

  /** Resolves a mention to an organization id, writing the organization only if it is new. */
  organization(mention: OrganizationMention, note?: string): string {
    const normalized = normalizeName(mention.name);
    const withName: OrganizationMention = {
      ...mention,
      identifiers: [...mention.identifiers, { scheme: "NAME", value: normalized }],
    };
    const resolution = this.resolver.resolve(withName);
    this.matches.push(...matchRows(mention.name, mention.sourceKey, resolution));
    const id = resolution.id;
    this.seenOrganizations.add(id);
    if (resolution.existing) {
      this.resolvedExisting.add(id);
      this.builder.existingNode(id, "Organization");
    } else {
      this.builder.row("organizations.csv", id, {
        id,
        kind: mention.kind,
        name: mention.name,
        sme: mention.sme,
        kindUncertain: mention.kindUncertain,
        sector: mention.sector,
        testData: this.testData,
        source: mention.sourceKey,
        note:
          [this.options.testData ? TEST_DATA_NOTE : undefined, note].filter(Boolean).join(" ") || undefined,
      });
    }
    for (const identifier of withName.identifiers) {
      // A name only goes on the crosswalk when it differs from the organization's own.
      if (
        identifier.scheme === "NAME" &&
        normalizeName(this.resolver.known(id)?.name ?? "") === identifier.value
      )
        continue;
      this.identifier(identifier, id, mention.sourceKey, resolution.rule, resolution.score);
    }
    return id;
  }

  private identifier(
    identifier: ExternalIdentifier,
    to: string,
    source: string,
    rule?: string,
    score?: number,
  ): void {
    const id = `ident-${identifier.scheme.toLowerCase().replace(/_/g, "-")}-${slugify(identifier.value)}`;
    // An identifier an earlier run recorded keeps its node (and that run's source) untouched.
    if (this.known.ids.has(id)) this.builder.existingNode(id, "Identifier");
    else
      this.builder.row("identifiers.csv", id, {
        id,
        name: `${identifier.scheme} ${identifier.value}`,
        scheme: identifier.scheme,
        value: identifier.value,
        testData: this.testData,
        source,
      });
    this.builder.row("identifies.csv", `${id}->${to}|${source}`, { from: id, to, rule, score, source });
  }

  /** A dated tie between two organizations, evidenced by one record; pairs are stored once (from < to). */
  tie(a: string, b: string, type: Tie["type"], year: number | undefined, source: string): void {
    if (a === b) return;
    const [from, to] = a < b ? [a, b] : [b, a];
    const key = `${from}|${to}|${type}`;
    const tie = this.ties.get(key) ?? { from, to, type, evidence: new Set<string>() };
    this.ties.set(key, tie);
    tie.evidence.add(source);
    if (year !== undefined && (tie.since === undefined || year < tie.since)) {
      tie.since = year;
      tie.source = source;
    }
  }

  /**
   * The node for a place: the most specific NUTS region when there is a code, else the country.
   * Creates the NUTS chain up to the country (PART_OF), reusing nodes the graph holds (the paper's
   * Flanders, Wallonia and Brussels are BE2, BE3 and BE1).
   */
  place(countryCode: string | undefined, nutsCode: string | undefined): string | undefined {
    const code = nutsCode?.trim().toUpperCase();
    const country = this.country(
      (code && isNutsCode(code) ? code.slice(0, 2) : countryCode)?.trim().toUpperCase(),
    );
    if (!code || !isNutsCode(code) || code.length <= 2) return country;
    const chain = nutsChain(code);
    for (const unit of chain) {
      this.identifier({ scheme: "NUTS", value: unit.code }, unit.regionId, NUTS_SOURCE.key);
      this.builder.source(NUTS_SOURCE);
      if (this.known.places.has(unit.regionId)) {
        this.builder.existingNode(unit.regionId, "Region");
        continue;
      }
      this.builder.row("regions.csv", unit.regionId, {
        id: unit.regionId,
        name: unit.name,
        country: unit.level === 1 ? country : undefined,
        nutsCode: unit.code,
        nutsLevel: unit.level,
        testData: this.testData,
        source: NUTS_SOURCE.key,
      });
      if (unit.parent) {
        const parentId = chain.find((u) => u.code === unit.parent)?.regionId as string;
        this.builder.row("region_hierarchy.csv", `${unit.regionId}->${parentId}`, {
          from: unit.regionId,
          to: parentId,
          source: NUTS_SOURCE.key,
        });
      }
    }
    return chain[0]?.regionId;
  }

  private country(code: string | undefined): string | undefined {
    const entry = code ? COUNTRIES[code] : undefined;
    if (!entry) return undefined;
    if (this.known.places.get(entry.id) === "Country") this.builder.existingNode(entry.id, "Country");
    else {
      this.builder.source(COUNTRY_CODES_SOURCE);
      this.builder.row("countries.csv", entry.id, {
        id: entry.id,
        name: entry.name,
        isoCode: code === "GR" ? "EL" : code,
        testData: this.testData,
        source: COUNTRY_CODES_SOURCE.key,
      });
    }
    return entry.id;
  }

  locatedIn(organization: string, place: string | undefined, city: string | undefined, source: string): void {
    if (!place) return;
    const key = `${organization}->${place}`;
    if (!this.locations.has(key)) this.locations.set(key, { from: organization, to: place, city, source });
  }

  /** Merges with the graph's earlier evidence, writes the dataset, validates and imports it. */
  async finish(db: Database): Promise<IngestSummary> {
    const ties = [...this.ties.values()];
    const earlier = await runQuery<{
      from: string;
      to: string;
      type: string;
      since: number | null;
      evidence: string[];
      source: string;
    }>(db, connectorQuery("sourced-alliances"), {
      origin: this.origin,
      pairs: ties.map(({ from, to, type }) => ({ from, to, type })),
    });
    const earlierByKey = new Map(earlier.map((e) => [`${e.from}|${e.to}|${e.type}`, e]));
    // An earlier run's keys must stay resolvable in this dataset's sources.csv, unchanged.
    const earlierSources = await runQuery<{
      key: string;
      title: string;
      citation?: string;
      url?: string;
      note?: string;
    }>(db, connectorQuery("sources"), { keys: [...new Set(earlier.flatMap((e) => e.evidence))] });
    for (const source of earlierSources) this.builder.source(source);
    for (const tie of ties) {
      const before = earlierByKey.get(`${tie.from}|${tie.to}|${tie.type}`);
      for (const key of before?.evidence ?? []) tie.evidence.add(key);
      if (before?.since != null && (tie.since === undefined || before.since < tie.since)) {
        tie.since = before.since;
        tie.source = before.source;
      }
      const evidence = [...tie.evidence].sort();
      this.builder.row("sourced_alliances.csv", `${tie.from}|${tie.to}|${tie.type}`, {
        from: tie.from,
        to: tie.to,
        type: tie.type,
        origin: this.origin,
        since: tie.since,
        evidence,
        evidenceCount: evidence.length,
        source: tie.source ?? evidence[0],
        note: tie.since === undefined ? "No record in the evidence gives a start date." : undefined,
      });
    }
    const locations = [...this.locations.values()];
    const present = await runQuery<{ from: string; to: string }>(db, connectorQuery("existing-locations"), {
      pairs: locations.map(({ from, to }) => ({ from, to })),
    });
    const presentKeys = new Set(present.map((p) => `${p.from}->${p.to}`));
    for (const l of locations)
      if (!presentKeys.has(`${l.from}->${l.to}`)) this.builder.row("locations.csv", `${l.from}->${l.to}`, l);

    mkdirSync(this.options.outDir, { recursive: true });
    const datasetDir = join(this.options.outDir, "dataset");
    const matchesFile = join(this.options.outDir, "matches.csv");
    this.builder.write(datasetDir);
    writeMatches(matchesFile, this.matches);
    const summary: IngestSummary = {
      datasetDir,
      matchesFile,
      records: this.records,
      organizations: {
        resolvedToExisting: this.resolvedExisting.size,
        created: this.seenOrganizations.size - this.resolvedExisting.size,
      },
      review: this.matches.filter((m) => m.decision === "review").length,
      files: this.builder.counts(),
    };
    if (!this.options.check) summary.import = await importDataset(db, datasetDir);
    return summary;
  }
}
