import { distanceToMultiPolygonKm, type MultiPolygonRings } from '../../../domain/geo';
import { municipalityFromAddress } from '../../../domain/municipalities';
import type { Designation, LngLat, MunicipalityCode } from '../../../domain/types';
import { indexMultiPolygon, type PolygonIndex } from './ring-index';

/**
 * How far outside its municipality a point may lie before it is doubted. The shipped
 * boundaries are simplified to 1 %, which moves coastlines by up to ~0.1 km; a real
 * designation is never kilometres out to sea or in another town.
 */
export const SUSPECT_DISTANCE_KM = 2;

export interface SuspectDesignation {
  designation: Designation;
  /** Distance from the nearest municipality the designation could belong to. */
  distanceKm: number;
  /** The municipality the point was measured against. */
  expectedMunicipality: MunicipalityCode;
}

interface PreparedPolygons {
  all: MultiPolygonRings;
  index: PolygonIndex;
}

/**
 * The same distance as distanceToMultiPolygonKm, with the inside test on an edge index: a
 * point inside (nearly all of them) costs a few edges, not the whole coastline.
 */
function distanceKm(point: LngLat, p: PreparedPolygons): number {
  return p.index.contains(point) ? 0 : distanceToMultiPolygonKm(point, p.all);
}

/**
 * A designation may sit in the designating municipality or, for care homes used as welfare
 * shelters, in the neighbouring one named in its address: the point is doubted only when
 * it lies far outside both.
 */
export function findSuspectDesignations(
  designations: readonly Designation[],
  boundaries: ReadonlyMap<MunicipalityCode, MultiPolygonRings>,
  thresholdKm = SUSPECT_DISTANCE_KM,
): SuspectDesignation[] {
  const prepared = new Map(
    [...boundaries].map(([code, all]) => [code, { all, index: indexMultiPolygon(all) }]),
  );
  // Addresses repeat (a facility's designations, a town's streets): parse each once, and
  // only for a point outside its designating municipality (nearly none are).
  const named = new Map<string, MunicipalityCode | undefined>();
  const out: SuspectDesignation[] = [];
  for (const d of designations) {
    const own = prepared.get(d.municipalityCode);
    let km = own ? distanceKm(d.location, own) : Infinity;
    if (km === 0) continue;
    if (!named.has(d.address)) named.set(d.address, municipalityFromAddress(d.address));
    const other = prepared.get(named.get(d.address) ?? d.municipalityCode);
    if (other && other !== own) km = Math.min(km, distanceKm(d.location, other));
    if (km !== Infinity && km > thresholdKm) {
      out.push({ designation: d, distanceKm: km, expectedMunicipality: d.municipalityCode });
    }
  }
  return out.sort((a, b) => b.distanceKm - a.distanceKm);
}
