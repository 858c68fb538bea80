import { GeoJsonLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { Boundaries } from '../../../domain/boundaries';
import type { MunicipalityCode } from '../../../domain/types';
import { LEVEL_COLORS, type LevelInForce } from '../model/levels';

const NONE: Color = [0, 0, 0, 0];

/**
 * Nearly opaque, so that JMA's colours read as themselves on the pixels (level 5 near black,
 * not the grey that black at half strength makes over the land colour); the markers stay
 * legible because they shrink at wide views (map/marker-scale.ts) and carry a dark ring.
 */
export const LEVEL_ALPHA = 225;

export function levelFill(level: LevelInForce | undefined): Color {
  if (!level) return NONE;
  const [r, g, b] = LEVEL_COLORS[level.level];
  return [r, g, b, LEVEL_ALPHA];
}

/**
 * Municipalities shaded by the highest evacuation level in force (5 black, 4 purple, 3 red).
 * Drawn under the basemap layer `beforeId` (its municipal borders), so the borders show over
 * the fill: stroking the full-resolution outlines here cost every frame twice as much on
 * CPU rendering as the fill did (maplibre draws its borders from tiles simplified per zoom).
 */
export function levelLayer(
  boundaries: Boundaries,
  levels: ReadonlyMap<MunicipalityCode, LevelInForce>,
  beforeId?: string,
) {
  return new GeoJsonLayer<{ code: MunicipalityCode }>({
    id: 'alert-levels',
    data: boundaries.collection.features,
    filled: true,
    stroked: false,
    pickable: false,
    // Read by @deck.gl/maplibre (interleaved overlay), which core's prop types do not declare.
    ...({ beforeId } as object),
    getFillColor: (f) => levelFill(levels.get(f.properties.code)),
    updateTriggers: { getFillColor: [levels] },
  });
}
