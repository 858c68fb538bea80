import type { MultiPolygonRings } from '../../../domain/geo';
import type { Designation, MunicipalityCode } from '../../../domain/types';
import {
  buildFacilities,
  countDesignations,
  groupByFacility,
  type DesignationCounts,
  type Facility,
} from './facilities';
import { designationRows, type DesignationRow } from './designation-table';
import { findSuspectDesignations, type SuspectDesignation } from './suspect';

export interface ShelterView {
  facilities: Facility[];
  suspects: SuspectDesignation[];
  counts: DesignationCounts;
  /** The designations per municipality (the map's table), doubtful ones counted. */
  rows: DesignationRow[];
}

/**
 * Everything the map and panels show about the masters, derived once per data change, from
 * one grouping of the designations by facility (200,000 of them nationwide).
 */
export function deriveShelterView(
  designations: readonly Designation[],
  boundaries: ReadonlyMap<MunicipalityCode, MultiPolygonRings>,
): ShelterView {
  const suspects = findSuspectDesignations(designations, boundaries);
  const doubtful = new Set(suspects.map((s) => s.designation));
  const groups = groupByFacility(designations);
  return {
    facilities: buildFacilities(designations, doubtful, groups),
    suspects,
    counts: countDesignations(designations, groups),
    rows: designationRows(designations, doubtful, groups),
  };
}
