import { describe, expect, it } from 'vitest';
import { parseBoundaries } from './boundaries';

const ring = [
  [129.8, 32.7],
  [129.9, 32.7],
  [129.9, 32.8],
  [129.8, 32.7],
];
const file = (coordinates: unknown, properties: object = { code: '42201' }) => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates } }],
});

describe('parseBoundaries', () => {
  it('reads a municipality’s polygons by code, with its island flags', () => {
    const b = parseBoundaries(file([[ring], [ring]], { code: '42201', island: [false, true] }));
    expect(b.byCode.get('42201')).toEqual([[ring], [ring]]);
    expect(b.islandParts?.get('42201')).toEqual([false, true]);
  });

  it.each<[string, unknown, object?]>([
    ['a ring of three positions', [[ring.slice(1)]]],
    ['a position of three numbers', [[[...ring.slice(1), [129.8, 32.7, 0]]]]],
    ['a position given as text', [[[...ring.slice(1), ['129.8', '32.7']]]]],
    ['a position that is not a number', [[[...ring.slice(1), [Number.NaN, 32.7]]]]],
    ['a polygon that is not a list', [ring[0]]],
    ['no coordinates', undefined],
    ['a code of four digits', [[ring]], { code: '4220' }],
  ])('refuses %s, naming the problem', (_label, coordinates, properties) => {
    expect(() => parseBoundaries(file(coordinates, properties))).toThrow(
      /^boundary file is invalid: .+/,
    );
  });
});
