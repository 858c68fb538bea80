import { GeoJsonLayer } from '@deck.gl/layers';
import type { Boundaries } from '../../../domain/boundaries';
import type { MunicipalityCode } from '../../../domain/types';
import type { Total } from '../../../domain/tourism-days';
import { presenceBreaks, presenceColor } from './colors';

/** The largest published presence on screen: the top of the colour ramp. */
export function presenceMax(presence: ReadonlyMap<MunicipalityCode, Total>): number {
  let max = 0;
  for (const t of presence.values()) if (t.value !== null && t.value > max) max = t.value;
  return max;
}

/** Municipalities shaded by visitors present in the hour under the time cursor. */
export function presenceLayer(
  boundaries: Boundaries,
  presence: ReadonlyMap<MunicipalityCode, Total>,
) {
  const breaks = presenceBreaks(presenceMax(presence));
  return new GeoJsonLayer<{ code: MunicipalityCode }>({
    id: 'tourism-presence',
    data: boundaries.collection.features,
    filled: true,
    stroked: true,
    getLineColor: [255, 255, 255, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    pickable: true,
    getFillColor: (f) => presenceColor(presence.get(f.properties.code)?.value ?? null, breaks),
    updateTriggers: { getFillColor: [presence, breaks.join()] },
  });
}
