import { facilityKey } from '../../../domain/facility-key';
import type {
  Designation,
  FacilityRole,
  HazardType,
  MunicipalityCode,
} from '../../../domain/types';
import { hazardBits, hazardsOfBits } from './hazard';
import { bitSet } from './bit-set';

/** One physical place, which may hold several designations across the two masters. */
export interface Facility {
  name: string;
  address: string;
  municipalityCode: MunicipalityCode;
  /**
   * The designation that places the marker (and gives the address and municipality): its
   * location is the facility's. Held, not copied: a page's designations may read their
   * location from a column when asked (designation-columns.ts).
   */
  placed: Designation;
  /** Shared among facilities with the same roles (one array per combination, read-only). */
  roles: readonly FacilityRole[];
  /** The role that colours the marker: welfare over shelter over site. */
  primaryRole: FacilityRole;
  /** A shelter that is also an emergency evacuation site. */
  alsoSite: boolean;
  /** Shared among facilities with the same hazards (one array per combination, read-only). */
  hazardTypes: readonly HazardType[];
  designations: Designation[];
}

/**
 * The facility's key, the first 11 characters of its designations' 共通ID (E + municipality
 * (5) + facility serial (5)), made when asked: a facility keeps no key string of its own
 * (130,000 of them nationwide). To test a key, `inFacility(f.placed.nationalShelterId, key)`.
 */
export const facilityKeyOf = (f: Facility): string => facilityKey(f.placed.nationalShelterId);

export const roleOf = (d: Designation): FacilityRole =>
  d.kind === 'site' ? 'site' : d.shelterType === 'welfare' ? 'welfare' : 'shelter';

/** Welfare over shelter over site: the order that names, places and colours a facility. */
const ROLE_ORDER: readonly FacilityRole[] = ['welfare', 'shelter', 'site'];
const ROLES = bitSet(ROLE_ORDER);
const RANK = Object.fromEntries(ROLE_ORDER.map((r, i) => [r, i])) as Record<FacilityRole, number>;

/** Whether `d` names and places a facility before `current`: by role, then the first listed. */
const before = (d: Designation, current: Designation | undefined) =>
  !current || RANK[roleOf(d)] < RANK[roleOf(current)];

/** The designation that names a facility (and places it, when none is doubted). */
export function leadDesignation(list: readonly Designation[]): Designation | undefined {
  let lead: Designation | undefined;
  for (const d of list) if (before(d, lead)) lead = d;
  return lead;
}

/** Designations by facility key, in the order listed. */
export type FacilityGroups = ReadonlyMap<string, Designation[]>;

/** The one grouping every per-facility figure reads (computed once per data change). */
export function groupByFacility(designations: readonly Designation[]): Map<string, Designation[]> {
  const groups = new Map<string, Designation[]>();
  for (const d of designations) {
    const key = facilityKey(d.nationalShelterId);
    const list = groups.get(key);
    if (!list) groups.set(key, [d]);
    // A pair as a literal of two: a list grown by push keeps room for 17, and these lists
    // live as long as the page (130,000 facilities nationwide, most with one or two).
    else if (list.length === 1) groups.set(key, [list[0]!, d]);
    else list.push(d);
  }
  for (const [key, list] of groups) if (list.length > 2) groups.set(key, list.slice());
  return groups;
}

/**
 * Groups designations into facilities by 共通ID prefix. Designations in `suspects`
 * never place a marker; a facility with nothing but suspect designations is left out of
 * `facilities` (it is reported in the suspect list instead). Shelters (buildings) name and
 * place a facility before the open ground of an emergency site (welfare first, then the
 * first listed). One pass per facility: this runs over every designation in the country.
 */
export function buildFacilities(
  designations: readonly Designation[],
  suspects: ReadonlySet<Designation> = new Set(),
  groups: FacilityGroups = groupByFacility(designations),
): Facility[] {
  const facilities: Facility[] = [];
  for (const list of groups.values()) {
    let named: Designation | undefined;
    let placed: Designation | undefined;
    let roleBits = 0;
    let hazardMask = 0;
    for (const d of list) {
      roleBits |= 1 << RANK[roleOf(d)]; // a role's rank is its bit in ROLES (both follow ROLE_ORDER)
      if (before(d, named)) named = d;
      if (before(d, placed) && !suspects.has(d)) placed = d;
      if (d.kind === 'site') hazardMask |= hazardBits(d.hazardTypes);
    }
    if (!placed || !named) continue;
    const roles = ROLES.members(roleBits);
    facilities.push({
      name: named.name,
      address: placed.address,
      municipalityCode: placed.municipalityCode,
      placed,
      roles,
      primaryRole: roles[0]!,
      alsoSite: roles.includes('site') && roles.length > 1,
      hazardTypes: hazardsOfBits(hazardMask),
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
export function countDesignations(
  designations: readonly Designation[],
  groups: FacilityGroups = groupByFacility(designations),
): DesignationCounts {
  let sites = 0;
  let welfare = 0;
  for (const d of designations) {
    if (d.kind === 'site') sites += 1;
    else if (d.shelterType === 'welfare') welfare += 1;
  }
  // Facilities holding an emergency site and a shelter (general or welfare).
  let both = 0;
  for (const list of groups.values()) {
    const site = list.some((d) => d.kind === 'site');
    if (site && list.some((d) => d.kind === 'shelter')) both += 1;
  }
  return {
    designations: designations.length,
    sites,
    shelters: designations.length - sites,
    welfare,
    facilities: groups.size,
    both,
  };
}
