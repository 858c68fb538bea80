/**
 * Allocation-free draws for the generator's inner loops. `unitAt(key, n)` equals
 * `uniformAt(key, n)` of mocks/scenarios/prng.ts (mulberry32's first output for the mixed
 * seed) without creating a generator closure per draw.
 */
export { hashKey } from '../scenarios/prng';

export function unitAt(key: number, n: number): number {
  let t = (((key ^ Math.imul(n, 0x9e3779b1)) >>> 0) + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/** A factor in [1 − spread, 1 + spread), keyed like unitAt. */
export const jitterAt = (key: number, n: number, spread: number): number =>
  1 + spread * (2 * unitAt(key, n) - 1);
