/**
 * Where a flow starts on the map. A Nagasaki municipality starts at its label point. A
 * prefecture outside starts at its prefectural office when that lies near Nagasaki (Saga,
 * Fukuoka, Kumamoto), otherwise on a ring around the prefecture in the office's direction,
 * so arrivals from Tokyo or Osaka come in from the north-east without leaving the view.
 */
import { getMunicipality } from '../../../domain/municipalities';
import { getPrefecture } from '../../../domain/prefectures';
import type { FlowOrigin } from '../../../domain/tourism';
import type { LngLat } from '../../../domain/types';

/** Roughly the middle of the prefecture, islands included. */
export const PREFECTURE_CENTRE: LngLat = [129.65, 33.25];
/** Ring radius in degrees of latitude (about 135 km). */
export const RING_DEG = 1.2;

const cosLat = Math.cos((PREFECTURE_CENTRE[1] * Math.PI) / 180);

export function ringPoint(target: LngLat): LngLat {
  const dx = (target[0] - PREFECTURE_CENTRE[0]) * cosLat;
  const dy = target[1] - PREFECTURE_CENTRE[1];
  const d = Math.hypot(dx, dy);
  if (d <= RING_DEG) return target;
  return [
    PREFECTURE_CENTRE[0] + (dx / d) * (RING_DEG / cosLat),
    PREFECTURE_CENTRE[1] + (dy / d) * RING_DEG,
  ];
}

export function anchorOf(origin: FlowOrigin): LngLat | undefined {
  if (origin.kind === 'municipality') {
    const m = getMunicipality(origin.code);
    return m ? [m.label[0], m.label[1]] : undefined;
  }
  // Nagasaki itself as an origin (say Busan ferry passengers entering Japan at Tsushima) names
  // no place inside the prefecture to start an arc from.
  if (origin.code === '42') return undefined;
  const p = getPrefecture(origin.code);
  return p ? ringPoint(p.office) : undefined;
}

export function destinationOf(code: string): LngLat | undefined {
  const m = getMunicipality(code);
  return m ? [m.label[0], m.label[1]] : undefined;
}
