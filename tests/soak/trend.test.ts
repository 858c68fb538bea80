import { describe, expect, it } from 'vitest';
import { afterWarmUp, linearTrend } from './trend';

const H = 3_600_000;

describe('linearTrend', () => {
  it.each<[string, Array<[number, number]>, number]>([
    [
      'flat',
      [
        [0, 50],
        [H / 2, 50],
        [H, 50],
      ],
      0,
    ],
    [
      '10 per hour',
      [
        [0, 40],
        [H / 2, 45],
        [H, 50],
      ],
      10,
    ],
    [
      'falling 4 per hour over 30 min',
      [
        [0, 30],
        [H / 4, 29],
        [H / 2, 28],
      ],
      -4,
    ],
    [
      'noisy, +6 per hour',
      [
        [0, 10],
        [H / 4, 12.5],
        [H / 2, 12],
        [(3 * H) / 4, 15.5],
        [H, 16],
      ],
      6,
    ],
  ])('%s', (_n, pts, perHour) => {
    expect(linearTrend(pts.map(([t, y]) => ({ t, y }))).perHour).toBeCloseTo(perHour, 5);
  });

  it('says nothing about a single sample', () => {
    expect(linearTrend([{ t: 0, y: 3 }]).perHour).toBe(0);
  });
});

describe('afterWarmUp', () => {
  const pts = Array.from({ length: 31 }, (_, i) => ({ t: i * 60_000 }));
  it.each<[number, number, number]>([
    [0.1, 0, 28],
    [0.1, 5 * 60_000, 26],
    [0, 0, 31],
  ])('fraction %d, min %d ms → %d samples', (f, min, n) => {
    expect(afterWarmUp(pts, f, min)).toHaveLength(n);
  });

  it('keeps everything when too little would be left', () => {
    expect(afterWarmUp(pts.slice(0, 3), 0.5, 0)).toHaveLength(3);
  });
});
