import { describe, expect, it } from 'vitest';
import { capacityFor, capacityRule } from './capacity';

describe('capacity from the facility name', () => {
  it.each([
    ['園田町公民館', false, 'hall', 30, 80],
    ['かき道１丁目公民館', false, 'hall', 30, 80],
    ['下折橋町集会所', false, 'hall', 30, 80],
    ['○○地区コミュニティセンター', false, 'hall', 30, 80],
    ['小榊小学校', false, 'school', 200, 400],
    ['久田中学校体育館', false, 'school', 200, 400],
    ['県立宇久高等学校', false, 'school', 200, 400],
    ['島原市有明青少年武道館', false, 'school', 200, 400],
    ['橘地区ふれあいセンター', false, 'centre', 80, 150],
    ['小長井文化ホール', false, 'centre', 80, 150],
    ['島原市役所有明庁舎', false, 'centre', 80, 150],
    ['特別養護老人ホーム　愛の里', true, 'welfare', 10, 30],
    ['ケアハウス　桜花苑', false, 'welfare', 10, 30],
    // A welfare shelter (type 12) whose name says nothing still gets the welfare range.
    ['日見やすらぎ荘', true, 'welfare', 10, 30],
    ['極楽寺', false, 'other', 40, 100],
  ] as const)('%s (welfare %s) → %s %i–%i', (name, welfare, kind, min, max) => {
    expect(capacityRule(name, welfare).kind).toBe(kind);
    expect(capacityFor(name, welfare, 0)).toBe(min);
    expect(capacityFor(name, welfare, 0.999)).toBe(max);
    const mid = capacityFor(name, welfare, 0.5);
    expect(mid % 5).toBe(0);
    expect(mid).toBeGreaterThanOrEqual(min);
    expect(mid).toBeLessThanOrEqual(max);
  });

  it('clamps a jitter outside [0, 1)', () => {
    expect(capacityFor('小榊小学校', false, -1)).toBe(200);
    expect(capacityFor('小榊小学校', false, 7)).toBe(400);
  });
});
