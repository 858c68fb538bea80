import { describe, expect, it } from 'vitest';
import {
  clipRing,
  polygonArea,
  ringArea2,
  roundRing,
  simplifyRing,
  withoutPrefecture,
  type Box,
  type Ring,
  type Rings,
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

const rect = (w: number, s: number, e: number, n: number): Rings => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
  ],
];

describe('withoutPrefecture', () => {
  it.each<[string, Rings, Rings[], number[]]>([
    ['land clear of the prefecture stays whole', rect(0, 0, 10, 2), [rect(20, 0, 30, 2)], [20]],
    [
      "an island that is the prefecture's, with a coarser coast: only the fringe is left, dropped",
      rect(0, 0, 2, 2),
      [rect(0.1, 0.1, 1.9, 1.9)],
      [],
    ],
    [
      "the neighbour's land meets the prefecture's along its border",
      rect(0, 0, 10, 2),
      [rect(-1, -1, 3, 3)],
      [14],
    ],
    [
      'a small piece cut off by the prefecture is dropped, the large one kept',
      rect(0, 0, 10, 2),
      [rect(2, -1, 3, 3)],
      [14],
    ],
    [
      'two municipalities that share a border are one prefecture',
      rect(0, 0, 10, 2),
      [rect(-1, -1, 2, 3), rect(2, -1, 3, 3)],
      [14],
    ],
  ])('%s', (_name, polygon, prefecture, areas) => {
    const kept = withoutPrefecture(polygon, prefecture, 5);
    expect(kept.map((p) => polygonArea(p)).sort((a, b) => b - a)).toEqual(areas);
    for (const p of kept) for (const r of p) expect(r[0]).not.toEqual(r[r.length - 1]);
  });

  it('hands a polygon clear of the prefecture back as it was', () => {
    const polygon = rect(0, 0, 1, 1);
    expect(withoutPrefecture(polygon, [rect(5, 5, 6, 6)], 5)[0]).toBe(polygon);
  });
});
