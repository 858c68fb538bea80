import type { StyleSpecification } from 'maplibre-gl';
import type { Boundaries } from '../domain/boundaries';

export const BOUNDARY_SOURCE = 'municipalities';
export const CONTEXT_LAND_SOURCE = 'context-land';
/**
 * The land around the prefecture (Natural Earth 1:10m, clipped; scripts/build-land.ts), a
 * static file of the app's own origin. MapLibre resolves the relative URL against the page.
 */
export const CONTEXT_LAND_URL = 'data/land-context.geojson';

/**
 * Colours chosen for a dark wall display and a light desk alike: calm sea, neutral land; the
 * land outside the prefecture a muted step darker, so the prefecture stands out on it.
 */
export const SEA = '#c9dbe6';
export const LAND = '#f4f1ea';
export const CONTEXT_LAND = '#e2ded3';
const BORDER = '#8a8478';
/** The municipal borders' layer: deck.gl's level shading is drawn just under it. */
export const BORDERS_LAYER_ID = 'borders';

/**
 * The offline default: no tiles, no glyphs, no sprites, nothing fetched from elsewhere. Sea is
 * the background, the prefecture's own land and municipal borders come from the shipped N03
 * boundaries (already in memory), and the surrounding land (the rest of Kyushu, western
 * Honshu, the Korean coast) is a muted fill from the shipped Natural Earth file, added under
 * the prefecture's land once the map is first drawn (`addContextLand`), so that fetching it
 * never delays the first map. Labels are drawn by deck.gl (TextLayer): no glyph server.
 */
export function offlineStyle(boundaries: Boundaries): StyleSpecification {
  return {
    version: 8,
    name: 'nagasaki-offline',
    sources: {
      [BOUNDARY_SOURCE]: { type: 'geojson', data: boundaries.collection },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'land', type: 'fill', source: BOUNDARY_SOURCE, paint: { 'fill-color': LAND } },
      {
        id: BORDERS_LAYER_ID,
        type: 'line',
        source: BOUNDARY_SOURCE,
        paint: {
          'line-color': BORDER,
          'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 12, 1.6],
        },
      },
    ],
  };
}

/** The surrounding land, under the prefecture's own (the offline style, after its first frame). */
export function addContextLand(map: import('maplibre-gl').Map): void {
  if (map.getSource(CONTEXT_LAND_SOURCE)) return;
  map.addSource(CONTEXT_LAND_SOURCE, { type: 'geojson', data: CONTEXT_LAND_URL });
  map.addLayer(
    {
      id: 'context-land',
      type: 'fill',
      source: CONTEXT_LAND_SOURCE,
      paint: { 'fill-color': CONTEXT_LAND, 'fill-antialias': false },
    },
    'land',
  );
}

/** With an online style, the municipal borders are added on top once the style has loaded. */
export function addBoundaryOverlay(map: import('maplibre-gl').Map, boundaries: Boundaries): void {
  if (map.getSource(BOUNDARY_SOURCE)) return;
  map.addSource(BOUNDARY_SOURCE, { type: 'geojson', data: boundaries.collection });
  map.addLayer({
    id: BORDERS_LAYER_ID,
    type: 'line',
    source: BOUNDARY_SOURCE,
    paint: { 'line-color': BORDER, 'line-width': 1.2 },
  });
}
