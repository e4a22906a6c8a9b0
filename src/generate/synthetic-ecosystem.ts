import { once } from "node:events";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { ALLIANCE_TYPES, type AllianceType, BUSINESS_MODELS } from "../import/dataset-spec.js";
import { hashUniform, intBetween, pick, pickWeighted, sequence, skewedIndex, zipfIndex } from "./random.js";

/**
 * A synthetic innovation ecosystem in the seed format, for testing at scale. It is NOT data about
 * real organizations: every id starts with `syn-`, every name is made up from syllables, and every
 * row cites the `synthetic:*` sources, whose notes say so.
 *
 * Shape (per the issue that asked for it): 80% firms, 15% pharma companies, 5% universities;
 * regions in countries; alliances from firms to partners picked with a Zipf law (a few pharma hubs
 * hold thousands of alliances), dated 1990–2024, some with an end year; spin-off trees up to depth 6;
 * acquisitions; technology platforms and stock exchange listings.
 */
export interface SyntheticOptions {
  organizations: number;
  seed: number;
}

export interface GeneratedFile {
  file: string;
  rows: number;
}

export const MIN_ORGANIZATIONS = 20;
export const MAX_SPIN_OFF_DEPTH = 6;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2024;
const ALLIANCES_PER_FIRM = 3.35;
const SPIN_OFF_SHARE = 0.35;
const ACQUIRED_SHARE = 0.05;
const DEVELOPS_SHARE = 0.4;
const LISTED_SHARE = 0.02;
/** Rows of the whole dataset per organization (measured), for the progress estimate only. */
const ROWS_PER_ORGANIZATION = 5.34;

// Salts keep the random streams of different attributes independent.
const SALT = {
  kindOrder: 1,
  firmName: 2,
  pharmaName: 3,
  universityName: 4,
  firmModel: 5,
  firmYear: 6,
  pharmaYear: 7,
  universityYear: 8,
  spinOff: 9,
  acquired: 10,
  acquisition: 11,
  alliances: 12,
  location: 13,
  develops: 14,
  listing: 15,
  placeName: 16,
  selfSustaining: 17,
} as const;

export const SYNTHETIC_SOURCES = {
  registry: "synthetic:registry",
  deals: "synthetic:deals",
  genealogy: "synthetic:genealogy",
  places: "synthetic:places",
} as const;

export interface EcosystemShape {
  firms: number;
  pharma: number;
  universities: number;
  countries: number;
  regions: number;
  platforms: number;
  exchanges: number;
}

export function ecosystemShape(organizations: number): EcosystemShape {
  const pharma = Math.max(1, Math.round(organizations * 0.15));
  const universities = Math.max(1, Math.round(organizations * 0.05));
  return {
    firms: organizations - pharma - universities,
    pharma,
    universities,
    countries: Math.min(40, Math.max(3, Math.round(Math.sqrt(organizations) / 10))),
    regions: Math.max(3, Math.round(organizations / 400)),
    platforms: Math.max(5, Math.round(organizations / 500)),
    exchanges: 3,
  };
}

const SYLLABLES = [
  "ab",
  "al",
  "ar",
  "bel",
  "bio",
  "cel",
  "cor",
  "da",
  "gen",
  "ix",
  "ka",
  "lyn",
  "ma",
  "med",
  "nel",
  "neo",
  "nix",
  "no",
  "ta",
  "on",
  "or",
  "pha",
  "ra",
  "ro",
  "sa",
  "syn",
  "ter",
  "thra",
  "va",
  "vi",
  "xa",
  "zy",
  "lo",
  "mi",
  "qu",
  "re",
  "su",
  "tel",
  "ul",
  "ven",
];
const FIRM_SUFFIXES = [
  "Therapeutics",
  "Biosciences",
  "Bio",
  "Genomics",
  "Biotech",
  "Medical",
  "Pharma",
  "Labs",
];

function syllableName(seed: number, salt: number, index: number, syllables: number): string {
  let name = "";
  for (let k = 0; k < syllables; k++) name += pick(SYLLABLES, hashUniform(seed, salt, index, k));
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** Ids and per-entity attributes, computed from the index so each file can be written alone. */
class Ecosystem {
  readonly shape: EcosystemShape;
  private readonly width: number;
  /** Founded year per firm; spin-offs are founded after their parent. */
  readonly firmYear: Uint16Array;
  /** Spin-off parent per firm: -1 none, >= 0 a firm, <= -2 university (-2 - index). */
  readonly spinParent: Int32Array;
  readonly spinYear: Uint16Array;

  constructor(
    readonly organizations: number,
    readonly seed: number,
  ) {
    this.shape = ecosystemShape(organizations);
    this.width = String(organizations).length;
    const { firms } = this.shape;
    this.firmYear = new Uint16Array(firms);
    this.spinParent = new Int32Array(firms).fill(-1);
    this.spinYear = new Uint16Array(firms);
    this.planGenealogy();
  }

  /**
   * Spin-off trees, in index order so a parent always precedes its children (no cycles). Half the
   * firm parents are themselves spin-offs, which grows chains; depth stops at MAX_SPIN_OFF_DEPTH.
   */
  private planGenealogy(): void {
    const { firms, universities } = this.shape;
    const depth = new Uint8Array(firms);
    const spunOff = new Int32Array(firms);
    let spunOffCount = 0;
    for (let i = 0; i < firms; i++) {
      const next = sequence(this.seed, SALT.spinOff, i);
      const rootYear = intBetween(1980, 2022, hashUniform(this.seed, SALT.firmYear, i));
      this.firmYear[i] = rootYear;
      if (i === 0 || next() >= SPIN_OFF_SHARE) continue;
      let parentYear: number;
      if (next() < 0.45) {
        const u = zipfIndex(universities, next());
        this.spinParent[i] = -2 - u;
        depth[i] = 1;
        parentYear = this.universityYear(u);
      } else {
        let parent =
          spunOffCount > 0 && next() < 0.5
            ? (spunOff[Math.floor(next() * spunOffCount)] as number)
            : Math.floor(next() * i);
        if ((depth[parent] ?? 0) >= MAX_SPIN_OFF_DEPTH) parent = Math.floor(next() * i);
        if ((depth[parent] ?? 0) >= MAX_SPIN_OFF_DEPTH) continue;
        this.spinParent[i] = parent;
        depth[i] = (depth[parent] ?? 0) + 1;
        parentYear = this.firmYear[parent] ?? rootYear;
      }
      const year = Math.min(LAST_YEAR, Math.max(rootYear, parentYear + 1 + Math.floor(next() * 12)));
      this.firmYear[i] = year;
      this.spinYear[i] = year;
      spunOff[spunOffCount++] = i;
    }
  }

  firmId(i: number): string {
    return `syn-firm-${pad(i + 1, this.width)}`;
  }
  pharmaId(i: number): string {
    return `syn-pharma-${pad(i + 1, this.width)}`;
  }
  universityId(i: number): string {
    return `syn-university-${pad(i + 1, this.width)}`;
  }
  countryId(i: number): string {
    return `syn-country-${pad(i + 1, 2)}`;
  }
  regionId(i: number): string {
    return `syn-region-${pad(i + 1, String(this.shape.regions).length)}`;
  }
  platformId(i: number): string {
    return `syn-platform-${pad(i + 1, String(this.shape.platforms).length)}`;
  }
  exchangeId(i: number): string {
    return `syn-exchange-${i + 1}`;
  }

  pharmaYear(i: number): number {
    return intBetween(1850, 2000, hashUniform(this.seed, SALT.pharmaYear, i));
  }
  universityYear(i: number): number {
    return intBetween(1425, 1990, hashUniform(this.seed, SALT.universityYear, i));
  }
  isAcquired(firm: number): boolean {
    return firm > 0 && hashUniform(this.seed, SALT.acquired, firm) < ACQUIRED_SHARE;
  }
  firmModel(firm: number): (typeof BUSINESS_MODELS)[number] {
    return pickWeighted(BUSINESS_MODELS, [35, 40, 25], hashUniform(this.seed, SALT.firmModel, firm));
  }
  placeName(salt: number, index: number): string {
    return syllableName(this.seed, SALT.placeName + salt * 7919, index, 3);
  }
}

type Row = (string | number | boolean | undefined)[];

interface FileWriter {
  file: string;
  header: string[];
  rows: () => Iterable<Row>;
}

const ALLIANCE_WEIGHTS: Record<AllianceType, number> = {
  LICENSING: 25,
  CO_DEVELOPMENT: 20,
  RESEARCH_SERVICES: 15,
  COMMERCIALIZATION: 10,
  STRATEGIC: 10,
  MANUFACTURING: 7,
  SUPPLY: 7,
  EQUITY: 6,
  // Connector ties (CORDIS co-participation) are not part of the synthetic deal mix.
  RESEARCH_COLLABORATION: 0,
};
const UNIVERSITY_ALLIANCES: AllianceType[] = ["RESEARCH_SERVICES", "CO_DEVELOPMENT", "LICENSING"];

function files(eco: Ecosystem): FileWriter[] {
  const { seed, shape } = eco;
  const S = SYNTHETIC_SOURCES;
  return [
    {
      file: "sources.csv",
      header: ["key", "title", "citation", "url", "note"],
      *rows() {
        const note = `Synthetic data made by 'npm run generate -- --organizations ${eco.organizations} --seed ${seed}'. Not real organizations; for testing at scale only.`;
        yield [S.registry, "Synthetic registry (organizations and locations)", undefined, undefined, note];
        yield [S.deals, "Synthetic deals (alliances and acquisitions)", undefined, undefined, note];
        yield [S.genealogy, "Synthetic genealogy (spin-offs)", undefined, undefined, note];
        yield [S.places, "Synthetic places, platforms and exchanges", undefined, undefined, note];
      },
    },
    {
      file: "countries.csv",
      header: ["id", "name", "source"],
      *rows() {
        for (let c = 0; c < shape.countries; c++)
          yield [eco.countryId(c), `${eco.placeName(1, c)}ia`, S.places];
      },
    },
    {
      file: "regions.csv",
      header: ["id", "name", "country", "source"],
      *rows() {
        for (let r = 0; r < shape.regions; r++)
          yield [eco.regionId(r), eco.placeName(2, r), eco.countryId(r % shape.countries), S.places];
      },
    },
    {
      file: "technology_platforms.csv",
      header: ["id", "name", "source"],
      *rows() {
        for (let p = 0; p < shape.platforms; p++)
          yield [eco.platformId(p), `${syllableName(seed, 97, p, 2)} platform`, S.places];
      },
    },
    {
      file: "stock_exchanges.csv",
      header: ["id", "name", "source"],
      *rows() {
        for (let x = 0; x < shape.exchanges; x++)
          yield [eco.exchangeId(x), `${eco.placeName(3, x)} Exchange`, S.places];
      },
    },
    {
      file: "organizations.csv",
      header: ["id", "kind", "name", "businessModel", "status", "selfSustaining", "foundedYear", "source"],
      *rows() {
        for (let i = 0; i < shape.pharma; i++)
          yield [
            eco.pharmaId(i),
            "PharmaCompany",
            `${syllableName(seed, SALT.pharmaName, i, 2)} Pharmaceuticals`,
            undefined,
            "INDEPENDENT",
            undefined,
            eco.pharmaYear(i),
            S.registry,
          ];
        for (let i = 0; i < shape.universities; i++)
          yield [
            eco.universityId(i),
            "University",
            `University of ${syllableName(seed, SALT.universityName, i, 3)}`,
            undefined,
            undefined,
            undefined,
            eco.universityYear(i),
            S.registry,
          ];
        for (let i = 0; i < shape.firms; i++) {
          const suffix = pick(FIRM_SUFFIXES, hashUniform(seed, SALT.firmName, i, 9));
          yield [
            eco.firmId(i),
            "Firm",
            `${syllableName(seed, SALT.firmName, i, 2 + (i % 2))} ${suffix}`,
            eco.firmModel(i),
            eco.isAcquired(i) ? "ACQUIRED" : "INDEPENDENT",
            hashUniform(seed, SALT.selfSustaining, i) < 0.1,
            eco.firmYear[i],
            S.registry,
          ];
        }
      },
    },
    {
      file: "locations.csv",
      header: ["from", "to", "source"],
      *rows() {
        const region = (salt: number, i: number) =>
          eco.regionId(skewedIndex(shape.regions, hashUniform(seed, SALT.location + salt, i), 1.6));
        for (let i = 0; i < shape.pharma; i++) yield [eco.pharmaId(i), region(100, i), S.registry];
        for (let i = 0; i < shape.universities; i++)
          yield [eco.universityId(i), eco.regionId(i % shape.regions), S.registry];
        for (let i = 0; i < shape.firms; i++) {
          // A spin-off usually stays near its parent.
          const parent = eco.spinParent[i] ?? -1;
          const near = parent !== -1 && hashUniform(seed, SALT.location, i, 1) < 0.7;
          const to = near
            ? parent >= 0
              ? region(0, parent)
              : eco.regionId((-2 - parent) % shape.regions)
            : region(0, i);
          yield [eco.firmId(i), to, S.registry];
        }
      },
    },
    {
      file: "spin_offs.csv",
      header: ["from", "to", "year", "source"],
      *rows() {
        for (let i = 0; i < shape.firms; i++) {
          const parent = eco.spinParent[i] ?? -1;
          if (parent === -1) continue;
          const to = parent >= 0 ? eco.firmId(parent) : eco.universityId(-2 - parent);
          yield [eco.firmId(i), to, eco.spinYear[i], S.genealogy];
        }
      },
    },
    {
      file: "acquisitions.csv",
      header: ["from", "to", "year", "kind", "source"],
      *rows() {
        for (let i = 0; i < shape.firms; i++) {
          if (!eco.isAcquired(i)) continue;
          const next = sequence(seed, SALT.acquisition, i);
          const byPharma = next() < 0.8;
          const acquirer = byPharma
            ? eco.pharmaId(zipfIndex(shape.pharma, next()))
            : eco.firmId(Math.floor(next() * i));
          const year = intBetween(Math.max(1995, (eco.firmYear[i] ?? 2000) + 2), LAST_YEAR + 2, next());
          yield [
            acquirer,
            eco.firmId(i),
            Math.min(year, LAST_YEAR),
            next() < 0.4 ? "TAKEOVER" : "ACQUISITION",
            S.deals,
          ];
        }
      },
    },
    {
      file: "alliances.csv",
      header: ["from", "to", "type", "since", "until", "milestonePayments", "source"],
      *rows() {
        const types = [...ALLIANCE_TYPES];
        const weights = types.map((t) => ALLIANCE_WEIGHTS[t]);
        for (let i = 0; i < shape.firms; i++) {
          const next = sequence(seed, SALT.alliances, i);
          const count = Math.min(60, Math.round(-Math.log(1 - next()) * ALLIANCES_PER_FIRM));
          const seen = new Set<string>();
          const firmYear = eco.firmYear[i] ?? FIRST_YEAR;
          for (let k = 0, tries = 0; k < count && tries < count * 4; tries++) {
            const which = next();
            let to: string;
            let partnerYear: number;
            let type: AllianceType;
            if (which < 0.7) {
              const p = zipfIndex(shape.pharma, next());
              to = eco.pharmaId(p);
              partnerYear = eco.pharmaYear(p);
              type = pickWeighted(types, weights, next());
            } else if (which < 0.82) {
              const u = zipfIndex(shape.universities, next());
              to = eco.universityId(u);
              partnerYear = eco.universityYear(u);
              type = pick(UNIVERSITY_ALLIANCES, next());
            } else {
              const f = Math.floor(next() * shape.firms);
              if (f === i) continue;
              to = eco.firmId(f);
              partnerYear = eco.firmYear[f] ?? FIRST_YEAR;
              type = pickWeighted(types, weights, next());
            }
            const key = `${to}|${type}`;
            if (seen.has(key)) continue;
            seen.add(key);
            k++;
            const since = intBetween(Math.max(FIRST_YEAR, firmYear, partnerYear), LAST_YEAR, next());
            const ends = next() < 0.3 ? since + 1 + Math.floor(next() * 10) : undefined;
            const milestones = type === "LICENSING" || type === "CO_DEVELOPMENT" ? next() < 0.5 : undefined;
            yield [
              eco.firmId(i),
              to,
              type,
              since,
              ends !== undefined && ends <= LAST_YEAR ? ends : undefined,
              milestones,
              S.deals,
            ];
          }
        }
      },
    },
    {
      file: "develops.csv",
      header: ["from", "to", "source"],
      *rows() {
        for (let i = 0; i < shape.firms; i++) {
          if (hashUniform(seed, SALT.develops, i) >= DEVELOPS_SHARE) continue;
          yield [
            eco.firmId(i),
            eco.platformId(zipfIndex(shape.platforms, hashUniform(seed, SALT.develops, i, 1))),
            S.places,
          ];
        }
      },
    },
    {
      file: "listings.csv",
      header: ["from", "to", "source"],
      *rows() {
        for (let i = 0; i < shape.firms; i++) {
          if (eco.isAcquired(i) || hashUniform(seed, SALT.listing, i) >= LISTED_SHARE) continue;
          yield [
            eco.firmId(i),
            eco.exchangeId(skewedIndex(shape.exchanges, hashUniform(seed, SALT.listing, i, 1), 2)),
            S.places,
          ];
        }
      },
    },
  ];
}

const CHUNK_ROWS = 5_000;

async function writeFile(path: string, writer: FileWriter, onRows: (n: number) => void): Promise<number> {
  const out = createWriteStream(path, { encoding: "utf8" });
  const errored = once(out, "error").then(([error]) => {
    throw error;
  });
  const write = async (text: string) => {
    if (!out.write(text)) await Promise.race([once(out, "drain"), errored]);
  };
  let rows = 0;
  await write(stringify([writer.header]));
  let chunk: Row[] = [];
  for (const row of writer.rows()) {
    chunk.push(row);
    if (chunk.length === CHUNK_ROWS) {
      await write(stringify(chunk, { cast: { boolean: (b) => String(b) } }));
      rows += chunk.length;
      onRows(chunk.length);
      chunk = [];
    }
  }
  if (chunk.length) {
    await write(stringify(chunk, { cast: { boolean: (b) => String(b) } }));
    rows += chunk.length;
    onRows(chunk.length);
  }
  out.end();
  await Promise.race([once(out, "finish"), errored]);
  return rows;
}

/** The expected number of rows, for a progress bar's ETA (the real count is known at the end). */
export function estimatedRows(organizations: number): number {
  return Math.round(organizations * ROWS_PER_ORGANIZATION);
}

/**
 * Writes the dataset into `outDir`, file by file, a chunk of rows at a time: memory stays at a few
 * bytes per organization (founding years and the spin-off tree) whatever the size.
 */
export async function generateEcosystem(
  outDir: string,
  options: SyntheticOptions,
  onRows: (n: number) => void = () => {},
): Promise<GeneratedFile[]> {
  if (!Number.isInteger(options.organizations) || options.organizations < MIN_ORGANIZATIONS)
    throw new RangeError(`organizations must be a whole number >= ${MIN_ORGANIZATIONS}`);
  if (!Number.isInteger(options.seed)) throw new RangeError("seed must be a whole number");
  mkdirSync(outDir, { recursive: true });
  const eco = new Ecosystem(options.organizations, options.seed);
  const written: GeneratedFile[] = [];
  for (const writer of files(eco)) {
    written.push({ file: writer.file, rows: await writeFile(join(outDir, writer.file), writer, onRows) });
  }
  const total = written.reduce((sum, f) => sum + f.rows, 0);
  writeFileSync(
    join(outDir, "GENERATED.txt"),
    [
      "Synthetic dataset (not real organizations), made by:",
      `  npm run generate -- --organizations ${options.organizations} --seed ${options.seed} --out <dir>`,
      `shape: ${JSON.stringify(eco.shape)}`,
      `rows: ${total}`,
      ...written.map((f) => `  ${f.file}: ${f.rows}`),
      "",
    ].join("\n"),
  );
  return written;
}
