/** Domain types: what the app works with after NGSI-LD has been validated and normalised. */

export const HAZARD_TYPES = [
  'flood',
  'landslide',
  'stormSurge',
  'earthquake',
  'tsunami',
  'greatFire',
  'inlandFlood',
  'eruption',
] as const;
export type HazardType = (typeof HAZARD_TYPES)[number];

/** GeoJSON order: longitude, latitude (WGS84). */
export type LngLat = readonly [lon: number, lat: number];

/** 5-digit municipality code without check digit, e.g. "42201". */
export type MunicipalityCode = string;

/**
 * A designation is known by its 共通ID (the join key); its NGSI-LD entity id is checked at the
 * boundary and not kept: nothing on the page reads it, and nationwide it was the largest
 * string per designation.
 */
interface DesignationBase {
  /** GSI 共通ID, 14 characters. */
  nationalShelterId: string;
  name: string;
  address: string;
  /** Designating municipality, normalised to 5 digits. */
  municipalityCode: MunicipalityCode;
  location: LngLat;
  maxCapacity?: number;
}

/** 指定緊急避難場所: designated per hazard. */
export interface EvacuationSite extends DesignationBase {
  kind: 'site';
  hazardTypes: HazardType[];
  alsoDesignatedShelter?: boolean;
}

/** 指定避難所: where people stay; welfare = 福祉避難所. */
export interface DesignatedShelter extends DesignationBase {
  kind: 'shelter';
  shelterType: 'general' | 'welfare';
  targetEvacuees?: string;
}

export type Designation = EvacuationSite | DesignatedShelter;

/** The roles one facility can hold across the two masters. */
export const FACILITY_ROLES = ['site', 'shelter', 'welfare'] as const;
export type FacilityRole = (typeof FACILITY_ROLES)[number];
