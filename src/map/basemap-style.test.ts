import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Boundaries } from '../domain/boundaries';
import { inMultiPolygon, type MultiPolygonRings } from '../domain/geo';
import type { LngLat } from '../domain/types';
import {
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

  it('draws the surrounding land under the prefecture: sea, context land, land, borders', () => {
    expect(style.layers.map((l) => l.id)).toEqual(['sea', 'context-land', 'land', 'borders']);
    const context = style.layers[1]!;
    expect('source' in context && context.source).toBe(CONTEXT_LAND_SOURCE);
    const land = style.layers[2]!;
    expect('source' in land && land.source).toBe(BOUNDARY_SOURCE);
  });

  it("loads the land from the app's own origin (a relative URL), nothing from elsewhere", () => {
    const source = style.sources[CONTEXT_LAND_SOURCE];
    expect(source).toEqual({ type: 'geojson', data: CONTEXT_LAND_URL });
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
  ])('%s is %s', (_name, point, onLand) => {
    expect(inMultiPolygon(point, land)).toBe(onLand);
  });
});
