import { describe, expect, it } from 'vitest';
import {
  clipRing,
  ringArea2,
  roundRing,
  simplifyRing,
  type Box,
  type Ring,
} from '../../scripts/land-geometry';

const BOX: Box = [0, 0, 10, 10];
const area = (r: Ring) => Math.abs(ringArea2(r)) / 2;

describe('clipRing', () => {
  it.each<[string, Ring, number]>([
    [
      'a square inside stays whole',
      [
        [1, 1],
        [3, 1],
        [3, 3],
        [1, 3],
      ],
      4,
    ],
    [
      'a square across the east edge keeps its inside half',
      [
        [8, 2],
        [12, 2],
        [12, 6],
        [8, 6],
      ],
      8,
    ],
    [
      'a square over a corner keeps the corner piece',
      [
        [8, 8],
        [12, 8],
        [12, 12],
        [8, 12],
      ],
      4,
    ],
    [
      'a square outside is gone',
      [
        [11, 11],
        [12, 11],
        [12, 12],
        [11, 12],
      ],
      0,
    ],
    [
      'a ring around the box becomes the box',
      [
        [-5, -5],
        [15, -5],
        [15, 15],
        [-5, 15],
      ],
      100,
    ],
  ])('%s', (_name, ring, expected) => {
    const clipped = clipRing(ring, BOX);
    expect(area(clipped)).toBeCloseTo(expected);
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(10);
    }
  });
});

describe('simplifyRing', () => {
  it('drops points within the tolerance of a straight edge, keeps the corners', () => {
    const ring: Ring = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [2, 2],
      [1, 2.001],
      [0, 2],
    ];
    expect(simplifyRing(ring, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
    ]);
  });

  it('keeps a bump larger than the tolerance', () => {
    const ring: Ring = [
      [0, 0],
      [1, 0.5],
      [2, 0],
      [2, 2],
      [1, 2],
      [0, 2],
    ];
    expect(simplifyRing(ring, 0.1)).toContainEqual([1, 0.5]);
  });
});

describe('roundRing', () => {
  it('rounds and drops points that become repeats, the closing one too', () => {
    const ring: Ring = [
      [0.0001, 0],
      [0.0004, 0],
      [1, 0],
      [1, 1],
      [0.0002, 0.0001],
    ];
    expect(roundRing(ring, 3)).toEqual([
      [0, 0],
      [1, 0],
      [1, 1],
    ]);
  });
});
