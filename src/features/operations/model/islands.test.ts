import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBoundaries } from '../../../domain/boundaries';
import type { MultiPolygonRings } from '../../../domain/geo';
import type { LngLat } from '../../../domain/types';
import { islandGroupOf, partIndexAt, type IslandBoundaries, type IslandGroup } from './islands';

// Two unit-ish squares 0.1° apart: part 0 the mainland, part 1 an island.
const square = (lon: number, lat: number): MultiPolygonRings[number] => [
  [
    [lon, lat],
    [lon + 0.1, lat],
    [lon + 0.1, lat + 0.1],
    [lon, lat + 0.1],
    [lon, lat],
  ],
];
const HIRADO: MultiPolygonRings = [square(129.6, 33.3), square(129.4, 33.3)];
const synthetic: IslandBoundaries = {
  byCode: new Map([['42207', HIRADO]]),
  islandParts: new Map([['42207', [false, true]]]),
};

describe('partIndexAt', () => {
  it.each<[string, LngLat, number | undefined]>([
    ['inside the first part', [129.65, 33.35], 0],
    ['inside the second part', [129.45, 33.35], 1],
    ['just off the coast of the island (~0.5 km)', [129.505, 33.35], 1],
    ['just off the mainland coast', [129.595, 33.35], 0],
    ['far out at sea (> 2 km from both)', [129.55, 33.35], undefined],
  ])('%s', (_label, point, expected) => {
    expect(partIndexAt(point, HIRADO)).toBe(expected);
  });
});

describe('islandGroupOf (synthetic boundaries)', () => {
  it.each<
    [string, LngLat | undefined, string, IslandBoundaries | undefined, IslandGroup | undefined]
  >([
    ['Tsushima by municipality alone', undefined, '42209', undefined, 'tsushima'],
    ['Iki', undefined, '42210', undefined, 'iki'],
    ['Goto City', undefined, '42211', undefined, 'goto'],
    ['Shinkamigoto', undefined, '42411', undefined, 'goto'],
    ['Ojika', undefined, '42383', undefined, 'goto'],
    ['Nagasaki: mainland whatever the point', [129.45, 33.35], '42201', synthetic, 'mainland'],
    ['Hirado island part', [129.45, 33.35], '42207', synthetic, 'hiradoSasebo'],
    ['Hirado mainland part', [129.65, 33.35], '42207', synthetic, 'mainland'],
    ['Hirado without a location', undefined, '42207', synthetic, undefined],
    ['Hirado without boundaries', [129.45, 33.35], '42207', undefined, undefined],
    ['Hirado far out at sea', [129.55, 33.35], '42207', synthetic, undefined],
    [
      'boundaries without island flags',
      [129.45, 33.35],
      '42207',
      { byCode: synthetic.byCode },
      undefined,
    ],
    ['Sasebo missing from the boundaries', [129.7, 33.18], '42202', synthetic, undefined],
  ])('%s', (_label, location, code, boundaries, expected) => {
    expect(islandGroupOf(location && { location }, code, boundaries)).toBe(expected);
  });

  it('measures a designation once, however often its shelter is polled', () => {
    // A page designation makes its [lon, lat] when asked (designation-columns.ts): the answer
    // is kept per designation, not per array.
    let reads = 0;
    const place = {
      get location(): LngLat {
        reads += 1;
        return [129.45, 33.35];
      },
    };
    for (let poll = 0; poll < 3; poll++)
      expect(islandGroupOf(place, '42207', synthetic)).toBe('hiradoSasebo');
    expect(reads).toBe(1);
  });
});

describe('islandGroupOf (shipped boundaries)', () => {
  const raw: unknown = JSON.parse(
    readFileSync(
      new URL('../../../../public/data/municipalities.geojson', import.meta.url),
      'utf8',
    ),
  );
  const boundaries = parseBoundaries(raw);
  it.each<[string, string, LngLat, IslandGroup]>([
    ['平戸市役所 on Hirado island', '42207', [129.5536, 33.3681], 'hiradoSasebo'],
    ['生月 (Ikitsuki)', '42207', [129.4283, 33.3831], 'hiradoSasebo'],
    ['田平 (Tabira) on Kyushu', '42207', [129.6052, 33.3453], 'mainland'],
    ['佐世保市役所', '42202', [129.7237, 33.18], 'mainland'],
    ['宇久島 (Uku)', '42202', [129.1275, 33.2678], 'hiradoSasebo'],
    ['黒島 (Sasebo)', '42202', [129.5397, 33.1467], 'hiradoSasebo'],
    ['松浦市役所', '42208', [129.7092, 33.3411], 'mainland'],
    ['鷹島 (Takashima, Matsuura)', '42208', [129.7547, 33.4311], 'hiradoSasebo'],
    ['福島 (Fukushima, Matsuura)', '42208', [129.8133, 33.3714], 'hiradoSasebo'],
  ])('%s', (_label, code, point, expected) => {
    expect(islandGroupOf({ location: point }, code, boundaries)).toBe(expected);
  });

  it('every municipality has one island flag per part', () => {
    expect(boundaries.islandParts?.size).toBe(21);
    for (const [code, polygons] of boundaries.byCode)
      expect(boundaries.islandParts?.get(code)).toHaveLength(polygons.length);
  });
});
