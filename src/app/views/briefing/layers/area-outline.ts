import { GeoJsonLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import type { Boundaries } from '../../../../domain/boundaries';
import type { MunicipalityCode } from '../../../../domain/types';

/** Dark slate: reads over the sea, the land and every alert-level fill (white halo under it). */
const LINE: Color = [38, 50, 56, 255];
const HALO: Color = [255, 255, 255, 230];

/** The briefed municipality's border, drawn twice (halo, then line) so it shows on any fill. */
export function areaOutlineLayers(boundaries: Boundaries, area: MunicipalityCode) {
  const data = boundaries.collection.features.filter((f) => f.properties.code === area);
  const outline = (id: string, color: Color, width: number) =>
    new GeoJsonLayer({
      id,
      data,
      filled: false,
      stroked: true,
      pickable: false,
      getLineColor: color,
      getLineWidth: width,
      lineWidthUnits: 'pixels',
    });
  return [outline('briefing-area-halo', HALO, 6), outline('briefing-area', LINE, 3)];
}
