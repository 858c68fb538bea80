/**
 * A municipality's frame: the bounding box of the land where its people are — the parts that
 * hold at least one designated facility, and every part near them (islets off their coasts,
 * which a map of the place shows whole). Only parts far from all of that are left out: for Goto
 * the uninhabited Danjo Islands 70 km to the south-west, which would otherwise turn a framed
 * map of Goto into two thirds sea. For most municipalities it is the whole bounding box.
 */
import {
  distanceToMultiPolygonKm,
  inMultiPolygon,
  type Bounds,
  type MultiPolygonRings,
} from '../src/domain/geo';
import type { LngLat } from '../src/domain/types';

/** A facility further than this from every part of its municipality is ignored (bad data). */
const MAX_SNAP_KM = 2;
/** A part within this distance of an inhabited part belongs to the frame too. */
const NEAR_KM = 20;

function boundsOfRings(parts: MultiPolygonRings): Bounds {
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of parts)
    for (const [lon, lat] of rings[0] ?? []) {
      minLon = Math.min(minLon, lon!);
      minLat = Math.min(minLat, lat!);
      maxLon = Math.max(maxLon, lon!);
      maxLat = Math.max(maxLat, lat!);
    }
  return [minLon, minLat, maxLon, maxLat];
}

/** Which part a point belongs to: the one containing it, else the nearest within reach. */
function partOf(point: LngLat, parts: MultiPolygonRings): number | undefined {
  let best: number | undefined;
  let bestKm = MAX_SNAP_KM;
  for (let i = 0; i < parts.length; i++) {
    const part = [parts[i]!];
    if (inMultiPolygon(point, part)) return i;
    const km = distanceToMultiPolygonKm(point, part);
    if (km <= bestKm) [best, bestKm] = [i, km];
  }
  return best;
}

export function frameOf(parts: MultiPolygonRings, facilities: readonly LngLat[]): Bounds {
  const used = new Set<number>();
  for (const f of facilities) {
    const i = partOf(f, parts);
    if (i !== undefined) used.add(i);
  }
  if (used.size === 0) return boundsOfRings(parts);
  const inhabited = [...used].map((i) => boundsOfRings([parts[i]!]));
  const near = parts.filter((part) => {
    const b = boundsOfRings([part]);
    return inhabited.some((u) => boxGapKm(b, u) <= NEAR_KM);
  });
  return boundsOfRings(near);
}

/** Distance between two boxes, km (0 when they overlap); equirectangular, one prefecture's scale. */
function boxGapKm(a: Bounds, b: Bounds): number {
  const kmPerLat = 111.32;
  const kmPerLon = kmPerLat * Math.cos((((a[1] + a[3]) / 2) * Math.PI) / 180);
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]) * kmPerLon;
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]) * kmPerLat;
  return Math.hypot(dx, dy);
}
