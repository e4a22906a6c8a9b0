import type { IDENTIFIER_SCHEMES, ORGANIZATION_KINDS } from "../../import/dataset-spec.js";

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

export interface ExternalIdentifier {
  scheme: IdentifierScheme;
  value: string;
}

/** An organization as one source record names it. */
export interface OrganizationMention {
  name: string;
  /** The kind the connector's rules give it (used only when it becomes a new node). */
  kind: OrganizationKind;
  kindUncertain?: boolean;
  sector?: string;
  sme?: boolean;
  identifiers: ExternalIdentifier[];
  /** Citation key of the record that names it (`ctgov:NCT…`, `cordis:project:…`). */
  sourceKey: string;
}

/** An organization the graph already holds (or that this run has already created). */
export interface KnownOrganization {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  identifiers: ExternalIdentifier[];
}

export type ResolutionRule = "identifier" | "override" | "exact-name" | "name+descriptors" | "fuzzy" | "new";

export interface Candidate {
  id: string;
  name: string;
  score: number;
  evidence: string;
}

export interface Resolution {
  id: string;
  /** True when the id is an organization the graph held before this run. */
  existing: boolean;
  rule: ResolutionRule;
  score: number;
  evidence: string;
  /** Candidates that were not merged (below the threshold, or refused by an override). */
  candidates: Candidate[];
}

export interface Override {
  name: string;
  targetId: string;
  decision: "same" | "different";
  line: number;
}
