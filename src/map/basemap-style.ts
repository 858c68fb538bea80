import type { StyleSpecification } from 'maplibre-gl';
import type { Boundaries } from '../domain/boundaries';

export const BOUNDARY_SOURCE = 'municipalities';

/** Colours chosen for a dark wall display and a light desk alike: calm sea, neutral land. */
const SEA = '#c9dbe6';
const LAND = '#f4f1ea';
const BORDER = '#8a8478';

/**
 * The offline default: no tiles, no glyphs, no sprites, nothing fetched. Sea is the
 * background; land and municipal borders come from the shipped N03 boundaries. Labels are
 * drawn by deck.gl (TextLayer), which needs no glyph server.
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
        id: 'borders',
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

/** With an online style, the municipal borders are added on top once the style has loaded. */
export function addBoundaryOverlay(map: import('maplibre-gl').Map, boundaries: Boundaries): void {
  if (map.getSource(BOUNDARY_SOURCE)) return;
  map.addSource(BOUNDARY_SOURCE, { type: 'geojson', data: boundaries.collection });
  map.addLayer({
    id: 'borders',
    type: 'line',
    source: BOUNDARY_SOURCE,
    paint: { 'line-color': BORDER, 'line-width': 1.2 },
  });
}
