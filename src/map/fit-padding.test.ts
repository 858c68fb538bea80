import { describe, expect, it } from 'vitest';
import { fitPadding, mercatorAspect, type Box } from './fit-padding';

const size = { width: 1000, height: 800 };
const box = (left: number, top: number, right: number, bottom: number): Box => ({
  left,
  top,
  right,
  bottom,
});
const m = 10;

describe('fitPadding', () => {
  it.each([
    [
      'nothing over the map: a square frame in the middle',
      [],
      1,
      { top: 10, right: 110, bottom: 10, left: 110 },
    ],
    [
      'a legend bottom left, a tall frame: it takes width, not height, and the frame stays as central as it can',
      [box(0, 650, 300, 800)],
      0.6,
      { top: 10, right: 222, bottom: 10, left: 310 },
    ],
    [
      'the same legend, a wide frame: it takes height, not width',
      [box(0, 650, 300, 800)],
      2.5,
      { top: 204, right: 10, bottom: 204, left: 10 },
    ],
    [
      'a time bar across the bottom: only a strip along the bottom keeps the frame large',
      [box(0, 680, 1000, 800)],
      1,
      { top: 10, right: 170, bottom: 130, left: 170 },
    ],
    [
      'preset buttons top right and a legend bottom left around a tall frame',
      [box(600, 0, 1000, 40), box(0, 650, 300, 800)],
      0.6,
      { top: 50, right: 246, bottom: 10, left: 310 },
    ],
    [
      'an overlay that the centred frame clears anyway changes nothing',
      [box(-50, 700, 100, 900)],
      0.5,
      { top: 10, right: 305, bottom: 10, left: 305 },
    ],
    [
      'overlays that would leave under 40 % are ignored',
      [box(0, 300, 350, 500), box(650, 300, 1000, 500)],
      0.5,
      { top: 10, right: 305, bottom: 10, left: 305 },
    ],
  ] as [string, Box[], number, object][])('%s', (_, overlays, aspect, expected) => {
    expect(fitPadding(size, overlays, m, aspect)).toEqual(expected);
  });
});

describe('mercatorAspect', () => {
  it.each([
    [[0, 0, 10, 10] as const, 0.99, 1.0],
    // Nagasaki Prefecture's frame: much taller than wide on the map.
    [[128.59, 32.55, 130.38, 34.71] as const, 0.65, 0.72],
  ])('%j is between %d and %d', (bounds, lo, hi) => {
    const a = mercatorAspect(bounds);
    expect(a).toBeGreaterThan(lo);
    expect(a).toBeLessThan(hi);
  });
});
