import { describe, expect, it } from 'vitest';
import { markerZoomFactor } from './marker-scale';

describe('markerZoomFactor', () => {
  it.each([
    // desk (scale 1)
    [12, 1, 1],
    [11, 1, 1],
    [9, 1, 0.5],
    [7, 1, 0.3],
    // the wall (scale 2) one zoom level closer sees the same land: the same factor
    [10, 2, 0.5],
    [12, 2, 1],
    [Number.NaN, 1, 1],
  ])('zoom %d at scale %d → %d', (zoom, scale, factor) => {
    expect(markerZoomFactor(zoom, scale)).toBeCloseTo(factor, 6);
  });

  it('never grows as the camera zooms out', () => {
    let last = Infinity;
    for (let z = 14; z >= 5; z -= 0.25) {
      const f = markerZoomFactor(z, 1);
      expect(f).toBeLessThanOrEqual(last);
      last = f;
    }
  });
});
