import { describe, expect, it } from 'vitest';
import { downsample, type Point } from './downsample';

const series = (ys: Array<number | null>): Point[] => ys.map((y, x) => ({ x, y }));

describe('downsample', () => {
  it.each<[string, Point[], number, Point[]]>([
    ['short series pass through', series([1, 2, 3]), 10, series([1, 2, 3])],
    // Two buckets (x 0–3, x 4–7): each keeps its low and high point, in x order.
    [
      'each bucket keeps its extremes in x order',
      series([5, 1, 9, 2, 8, 3, 7, 4]),
      4,
      [
        { x: 1, y: 1 },
        { x: 2, y: 9 },
        { x: 4, y: 8 },
        { x: 5, y: 3 },
      ],
    ],
    [
      'a gap-only bucket stays a gap',
      series([1, 2, null, null, 3, 4]),
      6,
      series([1, 2, null, null, 3, 4]),
    ],
  ])('%s', (_label, input, max, expected) => {
    expect(downsample(input, max)).toEqual(expected);
  });

  it('keeps a one-hour peak in 90 days of hourly data', () => {
    const hours = 24 * 90;
    const ys = Array.from({ length: hours }, (_, i) => 100 + (i % 24));
    ys[1234] = 99_999; // a festival spike
    const out = downsample(series(ys));
    expect(out.length).toBeLessThanOrEqual(1_000);
    expect(out).toContainEqual({ x: 1234, y: 99_999 });
    expect(out.map((p) => p.x)).toEqual([...out.map((p) => p.x)].sort((a, b) => a - b));
  });

  it('never invents values and never turns a gap into zero', () => {
    const ys = Array.from({ length: 5_000 }, (_, i) => (i % 7 === 0 ? null : i));
    const input = new Set(series(ys).map((p) => `${p.x}:${p.y}`));
    const out = downsample(series(ys), 500);
    expect(out.length).toBeLessThanOrEqual(500);
    for (const p of out) expect(input.has(`${p.x}:${p.y}`)).toBe(true);
    expect(out.some((p) => p.y === 0)).toBe(false);
  });
});
