import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from './municipalities';
import { TOURISM_MUNICIPALITIES, municipalityIndex } from './tourism-index';

describe('TOURISM_MUNICIPALITIES', () => {
  it('lists the 21 municipalities in MUNICIPALITIES order', () => {
    expect(TOURISM_MUNICIPALITIES).toHaveLength(21);
    expect(TOURISM_MUNICIPALITIES).toEqual(MUNICIPALITIES.map((m) => m.code));
  });

  it.each<[string, number | undefined]>([
    ['42201', 0],
    ['42202', 1],
    ['42411', 20],
    ['422011', undefined],
    ['40130', undefined],
    ['', undefined],
  ])('municipalityIndex(%j) = %s', (code, expected) => {
    expect(municipalityIndex(code)).toBe(expected);
  });
});
