/**
 * A municipality's frame: the bounding box of the land parts where its people are, taken as
 * the parts that hold at least one designated facility (site or shelter). For most it is the
 * whole bounding box; for Goto it leaves out the uninhabited Danjo Islands 70 km to the south-
 * west, which would otherwise turn a framed map of Goto into two thirds sea.
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
  return boundsOfRings([...used].sort((a, b) => a - b).map((i) => parts[i]!));
}
