import { describe, expect, it } from 'vitest';
import { freshnessOf } from './freshness';

describe('freshnessOf', () => {
  const poll = 30_000;
  it.each([
    [0, 1_000_000, 'none'],
    [1_000_000, 1_000_000, 'fresh'],
    [1_000_000, 1_000_000 + 2 * poll, 'fresh'],
    [1_000_000, 1_000_000 + 2 * poll + 1, 'aging'],
    [1_000_000, 1_000_000 + 5 * poll, 'aging'],
    [1_000_000, 1_000_000 + 5 * poll + 1, 'stale'],
    [1_000_000, 999_000, 'fresh'], // a clock a little behind the data is not stale
  ])('updatedAt %d, now %d → %s', (updatedAt, now, expected) => {
    expect(freshnessOf(updatedAt, now, poll)).toBe(expected);
  });
});
