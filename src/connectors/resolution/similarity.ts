import { DESCRIPTOR_WORDS } from "./normalize.js";

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of character trigrams of two normalized names (1 = identical). */
export function trigramSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  return (2 * shared) / (x.size + y.size || 1);
}

/**
 * `candidate` (a known organization's name tokens) opens `mention` and every remaining token of the
 * mention is a descriptor word: "janssen research and development" against "janssen".
 */
export function isNamePlusDescriptors(mention: string[], candidate: string[]): boolean {
  if (candidate.length === 0 || mention.length <= candidate.length) return false;
  if (!candidate.every((token, i) => mention[i] === token)) return false;
  return mention.slice(candidate.length).every((token) => DESCRIPTOR_WORDS.has(token));
}

/** Share of the candidate's tokens found in the mention (all of them: 1), for names such as "F. Hoffmann-La Roche" vs "Roche". */
export function tokenContainment(mention: string[], candidate: string[]): number {
  if (candidate.length === 0) return 0;
  const set = new Set(mention);
  return candidate.filter((t) => set.has(t)).length / candidate.length;
}

/**
 * The score of a candidate for a mention, in [0, 1]: the better of the trigram similarity and a
 * containment score that rewards a candidate whose every token appears in the mention (capped at
 * 0.8, so containment alone never reaches the merge threshold: it only proposes a candidate).
 */
export function candidateScore(mention: string[], candidate: string[]): number {
  const trigram = trigramSimilarity(mention.join(" "), candidate.join(" "));
  const contained =
    tokenContainment(mention, candidate) === 1 ? 0.6 + 0.2 * (candidate.length / mention.length) : 0;
  return Math.max(trigram, Math.min(contained, 0.8));
}
