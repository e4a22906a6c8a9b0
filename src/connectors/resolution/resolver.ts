import { createHash } from "node:crypto";
import { BadInputError } from "../../errors/app-errors.js";
import { DESCRIPTOR_WORDS, nameTokens, slugify } from "./normalize.js";
import { candidateScore, isNamePlusDescriptors } from "./similarity.js";
import type {
  Candidate,
  ExternalIdentifier,
  KnownOrganization,
  OrganizationMention,
  Override,
  Resolution,
} from "./types.js";

/** A candidate at or above this score is merged (and listed in matches.csv with its evidence). */
export const MERGE_THRESHOLD = 0.9;
/** Candidates between this and the merge threshold are proposed for review, never merged. */
export const REVIEW_THRESHOLD = 0.5;
/** A token shared by more organizations than this is too common to find candidates with. */
const MAX_BLOCK = 500;

const identifierKey = (i: ExternalIdentifier) => `${i.scheme}:${i.value.trim().toUpperCase()}`;

interface Entry {
  org: KnownOrganization;
  existing: boolean;
  /** Token lists of the name and each alias. */
  names: string[][];
}

/**
 * Resolves organization mentions onto known organizations: deterministic rules first (an override,
 * a shared identifier, the same normalized name or alias, a known name followed only by descriptor
 * words), then scored candidates. Nothing below MERGE_THRESHOLD is merged: such a mention becomes a
 * new organization and its candidates are reported for review. Candidates are found through a token
 * index (blocking), so resolving a mention never scans every known organization.
 */
export class Resolver {
  private readonly entries = new Map<string, Entry>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly byToken = new Map<string, Set<string>>();
  private readonly byIdentifier = new Map<string, string>();
  private readonly sameOverrides = new Map<string, Override>();
  private readonly differentOverrides = new Map<string, Set<string>>();

  constructor(
    known: KnownOrganization[],
    overrides: Override[] = [],
    private readonly takenIds: Set<string> = new Set(),
  ) {
    for (const org of known) this.add(org, true);
    for (const override of overrides) {
      const key = nameTokens(override.name).join(" ");
      if (override.decision === "same") {
        if (!this.entries.has(override.targetId))
          throw new BadInputError(
            `overrides line ${override.line}: '${override.targetId}' is not an organization in the graph`,
          );
        this.sameOverrides.set(key, override);
      } else {
        const refused = this.differentOverrides.get(key) ?? new Set<string>();
        refused.add(override.targetId);
        this.differentOverrides.set(key, refused);
      }
    }
  }

  private add(org: KnownOrganization, existing: boolean): void {
    const names = [org.name, ...org.aliases].map(nameTokens).filter((t) => t.length > 0);
    this.entries.set(org.id, { org, existing, names });
    this.takenIds.add(org.id);
    for (const tokens of names) {
      const key = tokens.join(" ");
      const ids = this.byName.get(key) ?? new Set<string>();
      ids.add(org.id);
      this.byName.set(key, ids);
      for (const token of tokens) {
        if (DESCRIPTOR_WORDS.has(token)) continue;
        const block = this.byToken.get(token) ?? new Set<string>();
        block.add(org.id);
        this.byToken.set(token, block);
      }
    }
    for (const identifier of org.identifiers) this.byIdentifier.set(identifierKey(identifier), org.id);
  }

  /** The organization a mention refers to; unknown ones are registered as new organizations. */
  resolve(mention: OrganizationMention): Resolution {
    const tokens = nameTokens(mention.name);
    const key = tokens.join(" ");
    const refused = this.differentOverrides.get(key) ?? new Set<string>();
    const found = this.findKnown(mention, tokens, key, refused);
    if (found) {
      this.remember(found.id, mention);
      return found;
    }
    const candidates = this.scoredCandidates(tokens, refused).filter((c) => c.score >= REVIEW_THRESHOLD);
    const id = this.newId(mention.name, key);
    this.add(
      { id, name: mention.name, aliases: [], kind: mention.kind, identifiers: mention.identifiers },
      false,
    );
    return { id, existing: false, rule: "new", score: 0, evidence: "no organization matched", candidates };
  }

  private findKnown(
    mention: OrganizationMention,
    tokens: string[],
    key: string,
    refused: Set<string>,
  ): Resolution | undefined {
    const hit = (id: string, rule: Resolution["rule"], score: number, evidence: string): Resolution => ({
      id,
      existing: this.entries.get(id)?.existing ?? false,
      rule,
      score,
      evidence,
      candidates: [],
    });
    const override = this.sameOverrides.get(key);
    if (override) return hit(override.targetId, "override", 1, `overrides line ${override.line}: same`);
    for (const identifier of mention.identifiers) {
      const id = this.byIdentifier.get(identifierKey(identifier));
      if (id && !refused.has(id)) return hit(id, "identifier", 1, `${identifier.scheme} ${identifier.value}`);
    }
    const exact = [...(this.byName.get(key) ?? [])].filter((id) => !refused.has(id)).sort();
    if (exact[0])
      return hit(
        exact[0],
        "exact-name",
        1,
        `normalized name '${key}'${exact.length > 1 ? ` (also: ${exact.slice(1).join(", ")})` : ""}`,
      );
    const scored = this.scoredCandidates(tokens, refused);
    const descriptor = scored.find((c) => c.evidence.startsWith("known name"));
    if (descriptor) return hit(descriptor.id, "name+descriptors", descriptor.score, descriptor.evidence);
    const best = scored[0];
    if (best && best.score >= MERGE_THRESHOLD) return { ...hit(best.id, "fuzzy", best.score, best.evidence) };
    return undefined;
  }

  /** Candidates sharing a distinctive token with the mention, best first. */
  private scoredCandidates(tokens: string[], refused: Set<string>): Candidate[] {
    const ids = new Set<string>();
    for (const token of tokens) {
      const block = this.byToken.get(token);
      if (block && block.size <= MAX_BLOCK) for (const id of block) ids.add(id);
    }
    const out: Candidate[] = [];
    for (const id of ids) {
      if (refused.has(id)) continue;
      const entry = this.entries.get(id);
      if (!entry) continue;
      let best: Candidate | undefined;
      for (const name of entry.names) {
        const candidate = isNamePlusDescriptors(tokens, name)
          ? {
              id,
              name: entry.org.name,
              score: 0.95,
              evidence: `known name '${name.join(" ")}' + descriptor words '${tokens.slice(name.length).join(" ")}'`,
            }
          : {
              id,
              name: entry.org.name,
              score: Math.round(candidateScore(tokens, name) * 1000) / 1000,
              evidence: `'${tokens.join(" ")}' ~ '${name.join(" ")}'`,
            };
        if (!best || candidate.score > best.score) best = candidate;
      }
      if (best) out.push(best);
    }
    return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  }

  private remember(id: string, mention: OrganizationMention): void {
    for (const identifier of mention.identifiers) {
      const k = identifierKey(identifier);
      if (!this.byIdentifier.has(k)) this.byIdentifier.set(k, id);
    }
  }

  private newId(name: string, key: string): string {
    const slug = slugify(key || name);
    if (!this.takenIds.has(slug)) return slug;
    // The slug belongs to a different organization: a deterministic suffix keeps re-runs stable.
    return `${slug}-${createHash("sha1").update(key).digest("hex").slice(0, 6)}`;
  }

  known(id: string): KnownOrganization | undefined {
    return this.entries.get(id)?.org;
  }
}
