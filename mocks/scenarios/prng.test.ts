import { describe, expect, it } from 'vitest';
import { between, hashKey, mulberry32, uniform } from './prng';

describe('seeded randomness', () => {
  it('mulberry32 repeats its stream for the same seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    // Roughly uniform: the mean of 1,000 draws is near 0.5.
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('keys draws by seed and name', () => {
    expect(uniform(1, 'a')).toBe(uniform(1, 'a'));
    expect(uniform(1, 'a')).not.toBe(uniform(2, 'a'));
    expect(uniform(1, 'a')).not.toBe(uniform(1, 'b'));
    expect(hashKey(7, 'x')).toBe(hashKey(7, 'x'));
  });

  it('between stays inside its range', () => {
    for (let i = 0; i < 200; i++) {
      const v = between(3, `k${i}`, 10, 30);
      expect(v).toBeGreaterThanOrEqual(10);
      expect(v).toBeLessThan(30);
    }
  });
});
