/**
 * Colours by kind of organization, chosen to stay readable on white (contrast >= 4.5:1 for text in
 * these colours) and distinguishable for the common colour-vision deficiencies (blue / orange / green
 * for the paper's three kinds; purple, magenta and olive for the kinds open data adds). One entry per
 * kind of the dataset format (tests/unit/web/kinds.test.ts checks both).
 */
export const KINDS = {
  Firm: { label: "Biotech firm", colour: "#1f5fa6" },
  University: { label: "University", colour: "#2d7a3a" },
  PharmaCompany: { label: "Pharma, chemical or diagnostics company", colour: "#b04a00" },
  ResearchInstitute: { label: "Research institute", colour: "#6c3d9a" },
  PublicBody: { label: "Public body", colour: "#a3206e" },
  Other: { label: "Other organization", colour: "#7a5c00" },
} as const;

export type Kind = keyof typeof KINDS;
export const UNKNOWN_COLOUR = "#555555";

export function kindColour(kind: string | null | undefined): string {
  return kind && kind in KINDS ? KINDS[kind as Kind].colour : UNKNOWN_COLOUR;
}

export function kindLabel(kind: string | null | undefined): string {
  return kind && kind in KINDS ? KINDS[kind as Kind].label : (kind ?? "Organization");
}

/** How a relationship type reads in a sentence. */
export const VIA_LABEL: Record<string, string> = {
  ALLIANCE: "alliance with",
  SPUN_OFF_FROM: "spin-off relation with",
  ACQUIRED: "acquisition relation with",
  SUBSIDIARY_OF: "subsidiary relation with",
};
