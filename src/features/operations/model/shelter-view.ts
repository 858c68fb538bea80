import type { MultiPolygonRings } from '../../../domain/geo';
import type { Designation, MunicipalityCode } from '../../../domain/types';
import {
  buildFacilities,
  countDesignations,
  type DesignationCounts,
  type Facility,
} from './facilities';
import { findSuspectDesignations, type SuspectDesignation } from './suspect';

export interface ShelterView {
  facilities: Facility[];
  suspects: SuspectDesignation[];
  counts: DesignationCounts;
}

/** Everything the map and panels show about the masters, derived once per data change. */
export function deriveShelterView(
  designations: readonly Designation[],
  boundaries: ReadonlyMap<MunicipalityCode, MultiPolygonRings>,
): ShelterView {
  const suspects = findSuspectDesignations(designations, boundaries);
  const suspectIds = new Set(suspects.map((s) => s.designation.id));
  return {
    facilities: buildFacilities(designations, suspectIds),
    suspects,
    counts: countDesignations(designations),
  };
}
