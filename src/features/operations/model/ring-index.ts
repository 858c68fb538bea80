import type { MultiPolygonRings } from '../../../domain/geo';
import type { LngLat } from '../../../domain/types';

type Ring = readonly (readonly number[])[];

/** A ring's edges bucketed by latitude band: a ray cast only meets edges of its own band. */
interface IndexedRing {
  ring: Ring;
  /** The ring's bounds: a point outside them is outside the ring, with no edge visited. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  bandHeight: number;
  /** Per band, the index i of each edge (ring[i - 1 or last], ring[i]) that spans it. */
  bands: number[][];
}

const BAND_EDGES = 8;

function indexRing(ring: Ring): IndexedRing {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of ring) {
    x0 = Math.min(x0, p[0]!);
    x1 = Math.max(x1, p[0]!);
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
  return { ring, x0, x1, y0, y1, bandHeight, bands };
}

/** The even-odd ray cast of domain/geo's inRing, over the edges of the point's band only. */
function inIndexedRing(lon: number, lat: number, r: IndexedRing): boolean {
  if (lon < r.x0 || lon > r.x1 || lat < r.y0 || lat > r.y1) return false;
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
  /** Inside the outer ring (the first) and no hole. Indexed: this runs per designation. */
  const inPart = (lon: number, lat: number, rings: readonly IndexedRing[]) => {
    if (rings.length === 0 || !inIndexedRing(lon, lat, rings[0]!)) return false;
    for (let h = 1; h < rings.length; h++) if (inIndexedRing(lon, lat, rings[h]!)) return false;
    return true;
  };
  return {
    contains([lon, lat]) {
      for (let p = 0; p < parts.length; p++) if (inPart(lon, lat, parts[p]!)) return true;
      return false;
    },
  };
}
