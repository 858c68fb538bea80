import type {
  Designation,
  FacilityRole,
  HazardType,
  LngLat,
  MunicipalityCode,
} from '../../../domain/types';
import { HAZARD_TYPES } from '../../../domain/types';

/** One physical place, which may hold several designations across the two masters. */
export interface Facility {
  /** First 11 characters of the 共通ID: E + municipality (5) + facility serial (5). */
  key: string;
  name: string;
  address: string;
  municipalityCode: MunicipalityCode;
  location: LngLat;
  roles: FacilityRole[];
  /** The role that colours the marker: welfare over shelter over site. */
  primaryRole: FacilityRole;
  /** A shelter that is also an emergency evacuation site. */
  alsoSite: boolean;
  hazardTypes: HazardType[];
  designations: Designation[];
}

export const facilityKey = (nationalShelterId: string): string => nationalShelterId.slice(0, 11);

export const roleOf = (d: Designation): FacilityRole =>
  d.kind === 'site' ? 'site' : d.shelterType === 'welfare' ? 'welfare' : 'shelter';

const ROLE_ORDER: readonly FacilityRole[] = ['welfare', 'shelter', 'site'];

/** Shelters (buildings) name and place a facility before the open ground of an emergency site. */
function representative(list: readonly Designation[]): Designation {
  return [...list].sort(
    (a, b) => ROLE_ORDER.indexOf(roleOf(a)) - ROLE_ORDER.indexOf(roleOf(b)),
  )[0]!;
}

/**
 * Groups designations into facilities by 共通ID prefix. Designations listed in `suspectIds`
 * never place a marker; a facility with nothing but suspect designations is left out of
 * `facilities` (it is reported in the suspect list instead).
 */
export function buildFacilities(
  designations: readonly Designation[],
  suspectIds: ReadonlySet<string> = new Set(),
): Facility[] {
  const groups = new Map<string, Designation[]>();
  for (const d of designations) {
    const key = facilityKey(d.nationalShelterId);
    const list = groups.get(key);
    if (list) list.push(d);
    else groups.set(key, [d]);
  }
  const facilities: Facility[] = [];
  for (const [key, list] of groups) {
    const placed = list.filter((d) => !suspectIds.has(d.id));
    if (placed.length === 0) continue;
    const rep = representative(placed);
    const roles = ROLE_ORDER.filter((r) => list.some((d) => roleOf(d) === r));
    const hazards = new Set(list.flatMap((d) => (d.kind === 'site' ? d.hazardTypes : [])));
    facilities.push({
      key,
      name: representative(list).name,
      address: rep.address,
      municipalityCode: rep.municipalityCode,
      location: rep.location,
      roles,
      primaryRole: roles[0]!,
      alsoSite: roles.includes('site') && roles.length > 1,
      hazardTypes: HAZARD_TYPES.filter((h) => hazards.has(h)),
      designations: list,
    });
  }
  return facilities;
}

export interface DesignationCounts {
  designations: number;
  sites: number;
  shelters: number;
  welfare: number;
  facilities: number;
  /** Facilities holding both an emergency-site and a shelter designation. */
  both: number;
}

/** Counts over all valid designations, suspect ones included (they are real designations). */
export function countDesignations(designations: readonly Designation[]): DesignationCounts {
  const all = buildFacilities(designations);
  const sites = designations.filter((d) => d.kind === 'site').length;
  const welfare = designations.filter(
    (d) => d.kind === 'shelter' && d.shelterType === 'welfare',
  ).length;
  return {
    designations: designations.length,
    sites,
    shelters: designations.length - sites,
    welfare,
    facilities: all.length,
    both: all.filter((f) => f.roles.includes('site') && f.roles.some((r) => r !== 'site')).length,
  };
}
