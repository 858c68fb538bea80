import { distanceToMultiPolygonKm, type MultiPolygonRings } from '../../../domain/geo';
import { municipalityFromAddress } from '../../../domain/municipalities';
import type { Designation, MunicipalityCode } from '../../../domain/types';

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
  const out: SuspectDesignation[] = [];
  for (const d of designations) {
    const candidates = new Set([
      d.municipalityCode,
      municipalityFromAddress(d.address) ?? d.municipalityCode,
    ]);
    let best: { code: MunicipalityCode; km: number } | undefined;
    for (const code of candidates) {
      const polygons = boundaries.get(code);
      if (!polygons) continue;
      const km = distanceToMultiPolygonKm(d.location, polygons);
      if (!best || km < best.km) best = { code, km };
    }
    if (best && best.km > thresholdKm) {
      out.push({ designation: d, distanceKm: best.km, expectedMunicipality: d.municipalityCode });
    }
  }
  return out.sort((a, b) => b.distanceKm - a.distanceKm);
}
