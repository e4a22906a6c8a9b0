/**
 * Deterministic randomness for the synthetic generator. Everything derives from integers with a
 * 32-bit mixer, so a seed gives the same dataset on every machine and Node version, and any file can
 * be generated without replaying the others (an entity's attributes are a function of its index).
 */

function mix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) that depends only on (seed, salt, index, draw). */
export function hashUniform(seed: number, salt: number, index: number, draw = 0): number {
  const h = mix32(mix32(mix32(mix32(seed) ^ salt) + index) ^ Math.imul(draw + 1, 0x9e3779b9));
  return h / 4_294_967_296;
}

/** A small sequential generator (mulberry32) for entities that draw a variable number of values. */
export function sequence(seed: number, salt: number, index: number): () => number {
  let state = mix32(mix32(mix32(seed) ^ salt) + index) | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A rank in [0, n) with probability close to 1/(rank+1) (Zipf with exponent 1, continuous
 * approximation): rank 0 is the biggest hub, the tail is long.
 */
export function zipfIndex(n: number, u: number): number {
  return Math.min(n - 1, Math.floor((n + 1) ** u) - 1);
}

/** An index in [0, n) skewed towards small indexes by `power` (> 1 = more skew). */
export function skewedIndex(n: number, u: number, power: number): number {
  return Math.min(n - 1, Math.floor(n * u ** power));
}

export function pick<T>(values: readonly T[], u: number): T {
  return values[Math.min(values.length - 1, Math.floor(u * values.length))] as T;
}

/** Picks by weight; `weights` and `values` have the same length. */
export function pickWeighted<T>(values: readonly T[], weights: readonly number[], u: number): T {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = u * total;
  for (let i = 0; i < values.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return values[i] as T;
  }
  return values[values.length - 1] as T;
}

export function intBetween(min: number, max: number, u: number): number {
  return min + Math.min(max - min, Math.floor(u * (max - min + 1)));
}
