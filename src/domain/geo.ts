import type { LngLat } from './types';

/** Polygon rings as in GeoJSON: the first ring is the outline, the rest are holes. */
export type PolygonRings = readonly (readonly (readonly number[])[])[];
export type MultiPolygonRings = readonly PolygonRings[];

/** The box every Nagasaki coordinate must fall in (SOURCES.md: Danjo Islands reach lon 128.34). */
export const PREFECTURE_BOX = { minLon: 128.3, minLat: 31.9, maxLon: 130.4, maxLat: 34.8 } as const;

export function inPrefectureBox([lon, lat]: LngLat): boolean {
  const b = PREFECTURE_BOX;
  return lon >= b.minLon && lon <= b.maxLon && lat >= b.minLat && lat <= b.maxLat;
}

function inRing(lon: number, lat: number, ring: readonly (readonly number[])[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!,
      yi = ring[i]![1]!;
    const xj = ring[j]![0]!,
      yj = ring[j]![1]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function inMultiPolygon([lon, lat]: LngLat, polygons: MultiPolygonRings): boolean {
  return polygons.some((rings) => {
    const [outer, ...holes] = rings;
    return (
      outer !== undefined && inRing(lon, lat, outer) && !holes.some((h) => inRing(lon, lat, h))
    );
  });
}

const KM_PER_DEG_LAT = 111.32;

/**
 * Distance in km from a point to the nearest edge of a multipolygon, 0 when inside.
 * Local equirectangular projection: exact enough at the scale of one prefecture.
 */
export function distanceToMultiPolygonKm(point: LngLat, polygons: MultiPolygonRings): number {
  if (inMultiPolygon(point, polygons)) return 0;
  const [lon, lat] = point;
  const kx = KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  let best = Infinity;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1]![0]! - lon) * kx,
          ay = (ring[i - 1]![1]! - lat) * KM_PER_DEG_LAT;
        const bx = (ring[i]![0]! - lon) * kx,
          by = (ring[i]![1]! - lat) * KM_PER_DEG_LAT;
        const dx = bx - ax,
          dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}

export type Bounds = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

export function unionBounds(boxes: readonly Bounds[]): Bounds {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}
