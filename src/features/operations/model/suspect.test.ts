import { describe, expect, it } from 'vitest';
import type { Designation, LngLat } from '../../../domain/types';
import type { MultiPolygonRings } from '../../../domain/geo';
import { findSuspectDesignations } from './suspect';

// Two unit squares ~1° apart standing in for two municipalities.
const square = (x: number, y: number): MultiPolygonRings => [
  [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ],
  ],
];
const boundaries = new Map([
  ['42201', square(129.8, 32.7)], // 長崎市
  ['42213', square(130.2, 32.7)], // 雲仙市
]);
const at = (
  location: LngLat,
  municipalityCode = '42201',
  address = '長崎県長崎市1',
): Designation => ({
  kind: 'shelter',
  nationalShelterId: 'E4220100001111',
  name: 'x',
  address,
  municipalityCode,
  location,
  shelterType: 'general',
});

describe('findSuspectDesignations', () => {
  it.each<[string, Designation, number | null]>([
    ['inside', at([129.85, 32.75]), null],
    ['on the simplified coast, 0.5 km out', at([129.905, 32.75]), null],
    ['in the sea far south', at([129.85, 32.28]), 46],
    [
      'in the neighbouring city named by its address',
      at([130.25, 32.75], '42201', '長崎県雲仙市愛野町'),
      null,
    ],
    ['in the neighbouring city, address says its own', at([130.25, 32.75]), 33],
    [
      'no boundary for its municipality, inside the one its address names',
      at([130.25, 32.75], '42999', '長崎県雲仙市愛野町'),
      null,
    ],
    [
      'no boundary for its municipality, far from the one its address names',
      at([129.85, 32.75], '42999', '長崎県雲仙市愛野町'),
      33,
    ],
    ['no boundary to measure against at all', at([120, 20], '42999', 'どこか'), null],
  ])('%s', (_label, d, km) => {
    const out = findSuspectDesignations([d], boundaries);
    if (km === null) expect(out).toEqual([]);
    else {
      expect(out).toHaveLength(1);
      expect(out[0]!.distanceKm).toBeGreaterThan(km - 2);
      expect(out[0]!.distanceKm).toBeLessThan(km + 2);
      expect(out[0]!.expectedMunicipality).toBe(d.municipalityCode);
    }
  });

  it('sorts the farthest first', () => {
    const out = findSuspectDesignations([at([130.25, 32.75]), at([129.85, 32.28])], boundaries);
    expect(out.map((s) => Math.round(s.distanceKm / 10))).toEqual([5, 3]);
  });
});
