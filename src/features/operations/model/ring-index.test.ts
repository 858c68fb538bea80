import { describe, expect, it } from 'vitest';
import { inMultiPolygon, type MultiPolygonRings } from '../../../domain/geo';
import type { LngLat } from '../../../domain/types';
import { shippedBoundaries } from '../../../../mocks/scale/boundaries';
import { mulberry32 } from '../../../../mocks/scenarios/prng';
import { indexMultiPolygon } from './ring-index';

// A square with a square hole, and a separate triangle.
const shapes: MultiPolygonRings = [
  [
    [
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ],
    [
      [1, 1],
      [3, 1],
      [3, 3],
      [1, 3],
      [1, 1],
    ],
  ],
  [
    [
      [10, 0],
      [12, 0],
      [11, 2],
      [10, 0],
    ],
  ],
];

describe('indexMultiPolygon', () => {
  it.each<[string, LngLat, boolean]>([
    ['in the square', [0.5, 0.5], true],
    ['in the hole', [2, 2], false],
    ['in the triangle', [11, 0.5], true],
    ['between them', [7, 1], false],
    ['above everything', [2, 5], false],
    ['below everything', [11, -1], false],
    ['on the top vertex latitude', [11, 2], false],
  ])('%s', (_label, point, inside) => {
    expect(indexMultiPolygon(shapes).contains(point)).toBe(inside);
    expect(inMultiPolygon(point, shapes)).toBe(inside);
  });

  it('answers as inMultiPolygon for 20,000 points over the 21 municipalities', () => {
    const rng = mulberry32(42);
    const { byCode } = shippedBoundaries();
    let inside = 0;
    for (const polygons of byCode.values()) {
      const index = indexMultiPolygon(polygons);
      const xs = polygons.flatMap((p) => p[0]!.map((q) => q[0]!));
      const ys = polygons.flatMap((p) => p[0]!.map((q) => q[1]!));
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      for (let i = 0; i < 1_000; i++) {
        // Some points exactly on vertex latitudes, where ray casting is most fragile.
        const vertex = polygons[0]![0]![Math.floor(rng() * polygons[0]![0]!.length)]!;
        const p: LngLat = [
          x0 + (x1 - x0) * rng(),
          i % 5 === 0 ? vertex[1]! : y0 + (y1 - y0) * rng(),
        ];
        const expected = inMultiPolygon(p, polygons);
        expect(index.contains(p)).toBe(expected);
        if (expected) inside += 1;
      }
    }
    expect(inside).toBeGreaterThan(2_000);
  });
});
