import { facilityKey } from '../../../domain/facility-key';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { Color } from '@deck.gl/core';
import { isOpenShelter, type LiveShelter } from '../model/join';
import { BAND_COLORS } from '../../../ui/color/bands';

const RING_OPEN: Color = [20, 20, 20, 255];
const RING_CLOSED: Color = [90, 90, 90, 160];
const RING_SELECTED: Color = [0, 0, 0, 255];

/** Only shelters with a place on the map; unmatched ones are counted elsewhere. */
export const placedShelters = (live: readonly LiveShelter[]) =>
  live.filter(
    (s): s is LiveShelter & { location: NonNullable<LiveShelter['location']> } =>
      s.location !== undefined,
  );

/** Pixel radius: area grows with capacity (√), open shelters stand out from closed ones. */
export function shelterRadius(s: LiveShelter): number {
  if (!isOpenShelter(s)) return 2;
  const base = 3 + Math.sqrt(s.capacity ?? 50) / 4.5;
  return Math.min(10, s.band === 'full' ? base + 1.5 : base);
}

/** Open shelters drawn last (on top), so a closed neighbour never hides an open one. */
export function drawOrder(live: readonly LiveShelter[]): LiveShelter[] {
  return [...placedShelters(live)].sort(
    (a, b) => Number(isOpenShelter(a)) - Number(isOpenShelter(b)),
  );
}

/**
 * Live shelters coloured by band and sized by capacity; `zoomFactor` (map/marker-scale.ts)
 * shrinks them as the view widens so the level shading stays visible between them.
 */
export function liveShelterLayer(
  data: readonly LiveShelter[],
  selectedKey: string | null,
  scale: number,
  zoomFactor = 1,
) {
  return new ScatterplotLayer<LiveShelter>({
    id: 'live-shelters',
    data,
    pickable: true,
    stroked: true,
    radiusUnits: 'pixels',
    lineWidthUnits: 'pixels',
    radiusScale: zoomFactor,
    lineWidthScale: zoomFactor,
    radiusMinPixels: 1.5,
    getPosition: (s) => [s.location![0], s.location![1]],
    getRadius: (s) => shelterRadius(s) * scale,
    getFillColor: (s) => BAND_COLORS[s.band],
    getLineColor: (s) =>
      facilityKey(s.key) === selectedKey
        ? RING_SELECTED
        : isOpenShelter(s)
          ? RING_OPEN
          : RING_CLOSED,
    getLineWidth: (s) =>
      (facilityKey(s.key) === selectedKey
        ? 3
        : s.band === 'full'
          ? 2.2
          : isOpenShelter(s)
            ? 1.2
            : 0.6) * scale,
    updateTriggers: {
      getRadius: [scale],
      getLineColor: [selectedKey],
      getLineWidth: [selectedKey, scale],
    },
  });
}
