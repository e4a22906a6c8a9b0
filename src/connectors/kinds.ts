import { nameTokens } from "./resolution/normalize.js";
import type { OrganizationKind } from "./resolution/types.js";

/**
 * Established (bio)pharmaceutical companies, by the first words of their normalized name. An
 * INDUSTRY sponsor (ClinicalTrials.gov) or a PRC participant (CORDIS) whose name starts with one of
 * these becomes a PharmaCompany; any other becomes a Firm flagged `kindUncertain` (it may be a
 * large company we do not list). Extend the list, never the rule.
 */
export const ESTABLISHED_PHARMA = [
  "abbvie",
  "amgen",
  "astellas",
  "astrazeneca",
  "bayer",
  "boehringer ingelheim",
  "bristol myers squibb",
  "daiichi sankyo",
  "eisai",
  "eli lilly",
  "f hoffmann la roche",
  "gilead",
  "glaxosmithkline",
  "gsk",
  "hoffmann la roche",
  "janssen",
  "johnson and johnson",
  "johnson johnson",
  "merck",
  "novartis",
  "novo nordisk",
  "pfizer",
  "roche",
  "sanofi",
  "servier",
  "shire",
  "takeda",
];

const startsWithAny = (tokens: string[], prefixes: string[]) => {
  const text = ` ${tokens.join(" ")} `;
  return prefixes.some((p) => text.startsWith(` ${p} `));
};

export function isEstablishedPharma(name: string): boolean {
  return startsWithAny(nameTokens(name), ESTABLISHED_PHARMA);
}

const HOSPITAL =
  /\b(hospital|hospitals|hopital|ziekenhuis|ziekenhuizen|klinik|clinic|clinique|chu|uz|az|medical center|medical centre|cliniques)\b/;
const UNIVERSITY =
  /\b(university|universiteit|universite|universitat|universita|universidad|college|school of medicine|hogeschool|ku leuven|ugent|vub|ulb|uclouvain)\b/;
const INSTITUTE =
  /\b(institute|institut|instituut|istituto|vib|imec|sciensano|research center|research centre|centre for|center for|laboratory|cnrs|inserm)\b/;

export interface KindGuess {
  kind: OrganizationKind;
  kindUncertain?: boolean;
  sector?: string;
}

/** Kind of a non-industry organization from its name (hospitals first: "University Hospital" is a hospital). */
export function kindFromName(name: string): KindGuess | undefined {
  const text = nameTokens(name).join(" ");
  if (HOSPITAL.test(text)) return { kind: "Other", sector: "HOSPITAL" };
  if (UNIVERSITY.test(text)) return { kind: "University" };
  if (INSTITUTE.test(text)) return { kind: "ResearchInstitute" };
  return undefined;
}

/** ClinicalTrials.gov agency class → kind (README "Real data" has the table). */
export function kindFromCtgovClass(agencyClass: string | undefined, name: string): KindGuess {
  switch (agencyClass) {
    case "INDUSTRY":
      return isEstablishedPharma(name) ? { kind: "PharmaCompany" } : { kind: "Firm", kindUncertain: true };
    case "NIH":
    case "FED":
    case "OTHER_GOV":
      return { kind: "PublicBody", sector: agencyClass };
    case "OTHER":
      return kindFromName(name) ?? { kind: "Other" };
    case "NETWORK":
      return { kind: "Other", sector: "NETWORK" };
    case "INDIV":
      return { kind: "Other", sector: "INDIVIDUAL" };
    default:
      // AMBIG, UNKNOWN, a missing class or one the API added later.
      return { ...(kindFromName(name) ?? { kind: "Other" }), kindUncertain: true };
  }
}

/** CORDIS activityType → kind. */
export function kindFromCordisActivity(activityType: string | undefined, name: string): KindGuess {
  switch (activityType) {
    case "PRC":
      return isEstablishedPharma(name) ? { kind: "PharmaCompany" } : { kind: "Firm" };
    case "HES":
      return { kind: "University" };
    case "REC":
      return { kind: "ResearchInstitute" };
    case "PUB":
      return { kind: "PublicBody" };
    case "OTH":
      return { kind: "Other" };
    default:
      return { kind: "Other", kindUncertain: true };
  }
}
