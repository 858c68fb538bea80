import { describe, expect, it } from 'vitest';
import { classBounds, RATE_RAMP, rateClass, rateColor, UNKNOWN_FILL } from './colors';

describe('rateClass', () => {
  it.each<[string, number, number, number]>([
    ['no records', 0, 0, 0],
    ['one record in a city (rounds to 0.0)', 1, 0, 1],
    ['Nagasaki City’s masters', 504, 12.3, 1],
    ['just under 20', 9, 19.9, 1],
    ['exactly 20', 10, 20, 2],
    ['Shimabara', 123, 28.4, 2],
    ['just under 40', 9, 39.9, 2],
    ['exactly 40', 10, 40, 3],
    ['Unzen', 201, 48.9, 3],
    ['just under 80', 9, 79.9, 3],
    ['exactly 80', 10, 80, 4],
    ['Ojika', 32, 139.1, 4],
  ])('%s (%i records, %d per 10,000) → step %i', (_name, records, per10k, step) =>
    expect(rateClass({ records, per10k })).toBe(step),
  );
});

describe('rateColor', () => {
  it.each<[number, number, readonly number[]]>([
    [0, 0, [255, 247, 188, 255]],
    [504, 12.3, [254, 217, 142, 255]],
    [123, 28.4, [254, 153, 41, 255]],
    [201, 48.9, [217, 95, 14, 255]],
    [32, 139.1, [153, 52, 4, 255]],
  ])('%i records, %d per 10,000 → %j (opaque: the legend’s swatch)', (records, per10k, rgba) =>
    expect(rateColor({ records, per10k })).toEqual(rgba),
  );

  it('greys out an unknown count, never the colour of 0', () => {
    expect(rateColor(null)).toEqual(UNKNOWN_FILL);
    expect(rateColor({ records: 0, per10k: 0 })).not.toEqual(UNKNOWN_FILL);
  });

  it('has one colour per class and "no records"', () => expect(RATE_RAMP).toHaveLength(5));
});

describe('classBounds', () => {
  it.each<[number, number, number | undefined]>([
    [1, 0, 20],
    [2, 20, 40],
    [3, 40, 80],
    [4, 80, undefined],
  ])('step %i is [%i, %s)', (step, from, to) => expect(classBounds(step)).toEqual({ from, to }));
});

describe('RATE_RAMP against the basemap', () => {
  // The offline basemap's sea and land (src/map/basemap-style.ts): no class may pass for either.
  const SEA = [201, 219, 230];
  const LAND = [244, 241, 234];
  const far = (a: readonly number[], b: readonly number[]) =>
    Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? 0))));
  it.each(RATE_RAMP.map((c, i) => [i, c] as const))(
    'step %i stays clear of sea and land',
    (_i, c) => {
      expect(far(c, SEA)).toBeGreaterThan(30);
      expect(far(c, LAND)).toBeGreaterThan(30);
    },
  );
});
