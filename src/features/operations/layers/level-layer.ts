import { GeoJsonLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { Boundaries } from '../../../domain/boundaries';
import type { MunicipalityCode } from '../../../domain/types';
import { LEVEL_COLORS, type LevelInForce } from '../model/levels';

const NONE: Color = [0, 0, 0, 0];

/** Translucent so the shelters stay legible over it; level 5 a little stronger. */
export function levelFill(level: LevelInForce | undefined): Color {
  if (!level) return NONE;
  const [r, g, b] = LEVEL_COLORS[level.level];
  return [r, g, b, level.level === 5 ? 150 : 110];
}

/** Municipalities shaded by the highest evacuation level in force (5 black, 4 purple, 3 red). */
export function levelLayer(
  boundaries: Boundaries,
  levels: ReadonlyMap<MunicipalityCode, LevelInForce>,
) {
  return new GeoJsonLayer<{ code: MunicipalityCode }>({
    id: 'alert-levels',
    data: boundaries.collection.features,
    filled: true,
    stroked: false,
    pickable: false,
    getFillColor: (f) => levelFill(levels.get(f.properties.code)),
    updateTriggers: { getFillColor: [levels] },
  });
}
