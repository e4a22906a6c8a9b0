/**
 * The NUTS classification (Eurostat, NUTS 2021) as far as the connectors need it: a code's parent
 * is the code one character shorter (BE234 → BE23 → BE2 → BE), the first two letters are the
 * country. Names come from the table below where we have them; other codes are named by their code.
 */
export const NUTS_SOURCE = {
  key: "eurostat:nuts2021",
  title: "Eurostat, NUTS 2021 classification",
  citation:
    "Commission Delegated Regulation (EU) 2019/1755 amending the annexes to Regulation (EC) No 1059/2003 on the establishment of a common classification of territorial units for statistics (NUTS). NUTS 2021.",
  url: "https://ec.europa.eu/eurostat/web/nuts",
  note: "Used for NUTS region codes, their hierarchy (a code's parent is the code without its last character) and the Belgian region names.",
};

export const COUNTRY_CODES_SOURCE = {
  key: "iso3166:country-codes",
  title: "ISO 3166-1 alpha-2 country codes (with the EU's EL for Greece and UK for the United Kingdom)",
  citation: "ISO 3166-1 alpha-2; Eurostat / Interinstitutional Style Guide country codes.",
  url: "https://www.iso.org/iso-3166-country-codes.html",
  note: "Country nodes the connectors create from a two-letter code.",
};

/**
 * The paper's three Belgian regions are NUTS 1 units; the connectors use the seed's nodes for them,
 * so Flanders from Segers (2015) and BE2 from CORDIS are one node.
 */
export const NUTS1_SEED_IDS: Record<string, string> = {
  BE1: "brussels-capital-region",
  BE2: "flanders",
  BE3: "wallonia",
};

const NUTS_NAMES: Record<string, string> = {
  BE1: "Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest",
  BE10: "Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest",
  BE100: "Arr. de Bruxelles-Capitale / Arr. Brussel-Hoofdstad",
  BE2: "Vlaams Gewest",
  BE21: "Prov. Antwerpen",
  BE211: "Arr. Antwerpen",
  BE212: "Arr. Mechelen",
  BE213: "Arr. Turnhout",
  BE22: "Prov. Limburg (BE)",
  BE221: "Arr. Hasselt",
  BE23: "Prov. Oost-Vlaanderen",
  BE234: "Arr. Gent",
  BE24: "Prov. Vlaams-Brabant",
  BE241: "Arr. Halle-Vilvoorde",
  BE242: "Arr. Leuven",
  BE25: "Prov. West-Vlaanderen",
  BE3: "Région wallonne",
  BE31: "Prov. Brabant wallon",
  BE310: "Arr. Nivelles",
  BE32: "Prov. Hainaut",
  BE33: "Prov. Liège",
  BE332: "Arr. Liège",
  BE34: "Prov. Luxembourg (BE)",
  BE35: "Prov. Namur",
  BE352: "Arr. Namur",
};

/** Two-letter codes → the graph's country ids (the seed's ids where the seed has the country) and names. */
export const COUNTRIES: Record<string, { id: string; name: string }> = {
  AT: { id: "austria", name: "Austria" },
  AU: { id: "australia", name: "Australia" },
  BE: { id: "belgium", name: "Belgium" },
  CA: { id: "canada", name: "Canada" },
  CH: { id: "switzerland", name: "Switzerland" },
  CZ: { id: "czechia", name: "Czechia" },
  DE: { id: "germany", name: "Germany" },
  DK: { id: "denmark", name: "Denmark" },
  EL: { id: "greece", name: "Greece" },
  ES: { id: "spain", name: "Spain" },
  FI: { id: "finland", name: "Finland" },
  FR: { id: "france", name: "France" },
  GR: { id: "greece", name: "Greece" },
  IE: { id: "ireland", name: "Ireland" },
  IL: { id: "israel", name: "Israel" },
  IT: { id: "italy", name: "Italy" },
  JP: { id: "japan", name: "Japan" },
  KR: { id: "korea", name: "Korea" },
  LU: { id: "luxembourg", name: "Luxembourg" },
  NL: { id: "netherlands", name: "Netherlands" },
  NO: { id: "norway", name: "Norway" },
  NZ: { id: "new-zealand", name: "New Zealand" },
  PL: { id: "poland", name: "Poland" },
  PT: { id: "portugal", name: "Portugal" },
  SE: { id: "sweden", name: "Sweden" },
  SG: { id: "singapore", name: "Singapore" },
  UK: { id: "united-kingdom", name: "United Kingdom" },
  GB: { id: "united-kingdom", name: "United Kingdom" },
  US: { id: "united-states", name: "United States" },
};

export interface NutsUnit {
  code: string;
  level: number;
  regionId: string;
  name: string;
  /** The next unit up (a region), or undefined for NUTS 1 (whose parent is the country). */
  parent?: string;
  countryCode: string;
}

export const isNutsCode = (code: string) => /^[A-Z]{2}[0-9A-Z]{1,3}$/.test(code);

export function regionIdOf(code: string): string {
  return NUTS1_SEED_IDS[code] ?? `nuts-${code.toLowerCase()}`;
}

/** The unit and all its ancestors below the country, most specific first (BE234, BE23, BE2). */
export function nutsChain(code: string): NutsUnit[] {
  const units: NutsUnit[] = [];
  for (let c = code.toUpperCase(); c.length > 2; c = c.slice(0, -1)) {
    units.push({
      code: c,
      level: c.length - 2,
      regionId: regionIdOf(c),
      name: NUTS_NAMES[c] ?? c,
      parent: c.length > 3 ? c.slice(0, -1) : undefined,
      countryCode: c.slice(0, 2),
    });
  }
  return units;
}
