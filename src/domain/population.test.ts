import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from './municipalities';
import { POPULATION, residentsOf } from './population';

describe('POPULATION', () => {
  it('has every one of the 21 municipalities and nothing else', () => {
    expect(Object.keys(POPULATION).sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
  });
  it('adds up to the 2020 census total of the prefecture (1,312,317), to the rounding', () => {
    const sum = Object.values(POPULATION).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 1_312_317)).toBeLessThanOrEqual(21 * 50);
  });
  it.each([
    ['42201', 409_100],
    ['42383', 2_300],
    ['99999', undefined],
    ['constructor', undefined],
  ])('residentsOf(%s) = %s', (code, n) => expect(residentsOf(code)).toBe(n));
});
