/**
 * Seeded randomness for the drill. Every draw is keyed (seed + a string naming what it is
 * for), not taken from a shared stream, so the scenario state at any storm minute is a pure
 * function of the seed: adding a shelter or a draw never shifts the values of the others.
 */

/** mulberry32: a tiny 32-bit PRNG, good enough for plausible noise (not for cryptography). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over UTF-16 code units, mixed with the seed: a 32-bit key for one named draw. */
export function hashKey(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A uniform draw in [0, 1) that depends only on (seed, key). */
export function uniform(seed: number, key: string): number {
  return mulberry32(hashKey(seed, key))();
}

/** A uniform draw in [min, max). */
export function between(seed: number, key: string, min: number, max: number): number {
  return min + (max - min) * uniform(seed, key);
}

/** A uniform draw in [0, 1) for a precomputed key and an integer (hot paths: no string). */
export function uniformAt(key: number, n: number): number {
  return mulberry32((key ^ Math.imul(n, 0x9e3779b1)) >>> 0)();
}
