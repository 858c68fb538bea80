import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Boundaries } from '../domain/boundaries';
import { inMultiPolygon, type MultiPolygonRings } from '../domain/geo';
import type { LngLat } from '../domain/types';
import {
  addContextLand,
  BOUNDARY_SOURCE,
  CONTEXT_LAND_SOURCE,
  CONTEXT_LAND_URL,
  offlineStyle,
} from './basemap-style';

const boundaries: Boundaries = {
  collection: { type: 'FeatureCollection', features: [] },
  byCode: new Map(),
};

describe('offlineStyle', () => {
  const style = offlineStyle(boundaries);

  it('draws the first map from what is in memory: sea, land, borders (nothing to fetch)', () => {
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'land', 'borders']);
    const land = style.layers[1]!;
    expect('source' in land && land.source).toBe(BOUNDARY_SOURCE);
    expect(Object.keys(style.sources)).toEqual([BOUNDARY_SOURCE]);
  });
});

describe('addContextLand', () => {
  /** Just what addContextLand calls, recorded. */
  function fakeMap() {
    const calls: unknown[][] = [];
    const sources = new Set<string>();
    return {
      calls,
      map: {
        getSource: (id: string) => (sources.has(id) ? {} : undefined),
        addSource: (id: string, spec: unknown) => {
          sources.add(id);
          calls.push(['addSource', id, spec]);
        },
        addLayer: (layer: { id: string }, before: string) =>
          calls.push(['addLayer', layer.id, before]),
      },
    };
  }

  it("puts the surrounding land under the prefecture's, from the app's own origin, once", () => {
    const { map, calls } = fakeMap();
    addContextLand(map as unknown as Parameters<typeof addContextLand>[0]);
    addContextLand(map as unknown as Parameters<typeof addContextLand>[0]);
    expect(calls).toEqual([
      ['addSource', CONTEXT_LAND_SOURCE, { type: 'geojson', data: CONTEXT_LAND_URL }],
      ['addLayer', 'context-land', 'land'],
    ]);
    expect(CONTEXT_LAND_URL).not.toMatch(/^[a-z]+:|^\/\//i);
  });
});

describe('the packaged context land (public/data/land-context.geojson)', () => {
  const text = readFileSync(`public/${CONTEXT_LAND_URL}`, 'utf8');
  const geo = JSON.parse(text) as {
    features: Array<{ geometry: { type: string; coordinates: MultiPolygonRings } }>;
  };
  const land = geo.features[0]!.geometry.coordinates;

  it('is small: one MultiPolygon under 100 kB', () => {
    expect(geo.features).toHaveLength(1);
    expect(geo.features[0]!.geometry.type).toBe('MultiPolygon');
    expect(text.length).toBeLessThan(100_000);
  });

  it.each<[string, LngLat, boolean]>([
    ['Fukuoka City', [130.4, 33.58], true],
    ['Kumamoto City', [130.71, 32.8], true],
    ['Oita inland', [131.3, 33.1], true],
    ['Busan', [129.05, 35.17], true],
    ['Jeju', [126.55, 33.37], true],
    ['Shimonoseki', [130.95, 34.0], true],
    ['the Korea Strait between Tsushima and Iki', [129.5, 34.1], false],
    ['the East China Sea west of Goto', [128.3, 32.6], false],
    ['Ariake Sea', [130.35, 33.05], false],
    ['Imari, across the border from Matsuura', [129.88, 33.27], true],
    ['Arita, across the border from Sasebo', [129.84, 33.22], true],
    ['Tara, across the border from Isahaya', [130.13, 33.02], true],
  ])('%s is %s', (_name, point, onLand) => {
    expect(inMultiPolygon(point, land)).toBe(onLand);
  });

  // The prefecture's own land is drawn over this one from its finer boundaries: Natural Earth's
  // coarser coast reaching past the prefecture's would show in the context colour, on the wall
  // beside the level shading, as land the shading had missed (Tsushima's bays, seen at 3840).
  it.each<[string, [west: number, south: number, east: number, north: number]]>([
    ['Tsushima', [129.15, 34.05, 129.5, 34.72]],
    ['Iki', [129.62, 33.7, 129.8, 33.87]],
    ['the Goto islands', [128.55, 32.55, 129.2, 33.3]],
    ['Hirado and Kujukushima', [129.4, 33.05, 129.72, 33.45]],
    ['the Nagasaki peninsula and Omura Bay', [129.6, 32.55, 129.98, 33.05]],
    ['Isahaya and the Shimabara peninsula', [129.98, 32.62, 130.38, 32.9]],
  ])('has no land of its own round %s, which is the prefecture alone', (_name, [w, s, e, n]) => {
    const hits: LngLat[] = [];
    for (let x = w; x <= e; x += 0.004)
      for (let y = s; y <= n; y += 0.004) if (inMultiPolygon([x, y], land)) hits.push([x, y]);
    expect(hits.slice(0, 5)).toEqual([]);
  });
});
