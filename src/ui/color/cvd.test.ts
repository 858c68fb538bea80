import { describe, expect, it } from 'vitest';
import { contrast, deltaE2000, simulate, toLab, type Lab, type Rgb } from './cvd';

describe('CIEDE2000', () => {
  // Reference pairs from Sharma, Wu & Dalal (2005), table 1.
  it.each<[Lab, Lab, number]>([
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
    [[50, 2.5, 0], [50, 0, -2.5], 4.3065],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
    [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
  ])('%j vs %j = %d', (p, q, expected) => {
    expect(deltaE2000(p, q)).toBeCloseTo(expected, 3);
  });
});

describe('CVD simulation and contrast', () => {
  it.each<[Rgb, Rgb, number]>([
    [[0, 0, 0], [255, 255, 255], 21],
    [[255, 255, 255], [255, 255, 255], 1],
    [[0, 114, 178], [255, 255, 255], 5.19],
  ])('contrast(%j, %j) ≈ %d', (a, b, ratio) => expect(contrast(a, b)).toBeCloseTo(ratio, 1));

  it('keeps greys grey and merges red with green under protanopia and deuteranopia', () => {
    for (const v of ['protanopia', 'deuteranopia'] as const) {
      const grey = simulate([128, 128, 128], v);
      for (const c of grey) expect(c).toBeCloseTo(128, -0.5);
      const red = toLab(simulate([200, 60, 40], v));
      const green = toLab(simulate([90, 140, 40], v));
      expect(deltaE2000(red, green)).toBeLessThan(
        deltaE2000(toLab([200, 60, 40]), toLab([90, 140, 40])) / 2,
      );
    }
  });
});
