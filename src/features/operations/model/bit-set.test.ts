import { describe, expect, it } from 'vitest';
import { bitSet } from './bit-set';

describe('bitSet', () => {
  const set = bitSet(['a', 'b', 'c'] as const);

  it.each<[string, Array<'a' | 'b' | 'c'>, number, readonly string[]]>([
    ['none', [], 0, []],
    ['the first', ['a'], 0b001, ['a']],
    ['out of order, back in order', ['c', 'a'], 0b101, ['a', 'c']],
    ['a repeat once', ['b', 'b'], 0b010, ['b']],
  ])('%s', (_label, members, bits, back) => {
    expect(set.bits(members)).toBe(bits);
    expect(set.members(bits)).toEqual(back);
  });

  it('gives the same frozen array for the same bits', () => {
    expect(set.members(0b011)).toBe(set.members(0b011));
    expect(Object.isFrozen(set.members(0b011))).toBe(true);
  });
});
