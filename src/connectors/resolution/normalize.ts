/**
 * Name normalization for entity resolution: what two spellings of one organization have in common
 * once case, accents, punctuation and legal form are set aside.
 */

/** Legal-form tokens dropped from the end of a name (after punctuation is removed). */
export const LEGAL_SUFFIXES = new Set([
  "nv",
  "sa",
  "bv",
  "bvba",
  "srl",
  "sprl",
  "scrl",
  "cvba",
  "vzw",
  "asbl",
  "gmbh",
  "ag",
  "kg",
  "se",
  "inc",
  "incorporated",
  "ltd",
  "limited",
  "plc",
  "llc",
  "llp",
  "lp",
  "corp",
  "corporation",
  "co",
  "company",
  "ab",
  "oy",
  "oyj",
  "as",
  "asa",
  "spa",
  "sas",
  "sarl",
  "kk",
  "pty",
]);

/**
 * Words that name a division or a line of business rather than a different organization: a name
 * that is a known organization's full name followed only by these ("UCB Biopharma", "Janssen
 * Research & Development") is read as that organization.
 */
export const DESCRIPTOR_WORDS = new Set([
  "research",
  "development",
  "and",
  "rd",
  "pharma",
  "pharmaceutical",
  "pharmaceuticals",
  "pharmaceutica",
  "biopharma",
  "biopharmaceuticals",
  "biotech",
  "therapeutics",
  "belgium",
  "international",
  "holding",
  "holdings",
  "group",
  "labs",
  "laboratories",
  "europe",
  "global",
  "usa",
  "us",
  "healthcare",
]);

/** Lower case, no accents, `&` and punctuation as spaces, runs of single letters joined ("K.U. Leuven" → "ku leuven"). */
export function baseTokens(name: string): string[] {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\br\s*&\s*d\b/g, " rd ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  const raw = plain === "" ? [] : plain.split(" ");
  const tokens: string[] = [];
  let letters = "";
  for (const token of raw) {
    if (token.length === 1 && /[a-z]/.test(token)) {
      letters += token;
      continue;
    }
    if (letters) tokens.push(letters);
    letters = "";
    tokens.push(token);
  }
  if (letters) tokens.push(letters);
  return tokens;
}

/** The tokens of a name without its trailing legal forms ("UCB Biopharma SRL" → ["ucb", "biopharma"]). */
export function nameTokens(name: string): string[] {
  const tokens = baseTokens(name);
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1] as string)) tokens.pop();
  if (tokens[0] === "the" && tokens.length > 1) tokens.shift();
  return tokens;
}

/** The comparison key of a name: its tokens joined by one space. */
export function normalizeName(name: string): string {
  return nameTokens(name).join(" ");
}

/** A stable kebab-case id for a new node ("VIB vzw" → "vib"). */
export function slugify(text: string): string {
  const slug = baseTokens(text).join("-").slice(0, 80).replace(/-+$/, "");
  return slug === "" ? "unnamed" : slug;
}
