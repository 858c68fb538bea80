import type { MultiPolygonRings } from '../../../domain/geo';
import type { LngLat } from '../../../domain/types';

type Ring = readonly (readonly number[])[];

/** A ring's edges bucketed by latitude band: a ray cast only meets edges of its own band. */
interface IndexedRing {
  ring: Ring;
  y0: number;
  bandHeight: number;
  /** Per band, the index i of each edge (ring[i - 1 or last], ring[i]) that spans it. */
  bands: number[][];
}

const BAND_EDGES = 8;

function indexRing(ring: Ring): IndexedRing {
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const p of ring) {
    y0 = Math.min(y0, p[1]!);
    y1 = Math.max(y1, p[1]!);
  }
  const count = Math.max(1, Math.ceil(ring.length / BAND_EDGES));
  const bandHeight = y1 > y0 ? (y1 - y0) / count : 1;
  const band = (y: number) => Math.min(count - 1, Math.max(0, Math.floor((y - y0) / bandHeight)));
  const bands: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]![1]!;
    const b = ring[j]![1]!;
    for (let k = band(Math.min(a, b)); k <= band(Math.max(a, b)); k++) bands[k]!.push(i);
  }
  return { ring, y0, bandHeight, bands };
}

/** The even-odd ray cast of domain/geo's inRing, over the edges of the point's band only. */
function inIndexedRing(lon: number, lat: number, r: IndexedRing): boolean {
  const last = r.bands.length - 1;
  const k = Math.min(last, Math.max(0, Math.floor((lat - r.y0) / r.bandHeight)));
  let inside = false;
  for (const i of r.bands[k]!) {
    const j = i === 0 ? r.ring.length - 1 : i - 1;
    const xi = r.ring[i]![0]!,
      yi = r.ring[i]![1]!;
    const xj = r.ring[j]![0]!,
      yj = r.ring[j]![1]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export interface PolygonIndex {
  /** The same answer as domain/geo's inMultiPolygon, without visiting every edge. */
  contains(point: LngLat): boolean;
}

export function indexMultiPolygon(polygons: MultiPolygonRings): PolygonIndex {
  const parts = polygons.map((rings) => rings.map(indexRing));
  return {
    contains([lon, lat]) {
      return parts.some((rings) => {
        const [outer, ...holes] = rings;
        return (
          outer !== undefined &&
          inIndexedRing(lon, lat, outer) &&
          !holes.some((h) => inIndexedRing(lon, lat, h))
        );
      });
    },
  };
}
