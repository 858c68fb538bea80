/** Live disaster-operations data after validation and normalisation (times are epoch ms). */
import type { ShelterEei } from './eei';
import type { HazardType, MunicipalityCode } from './types';

export const OPENING_STATUSES = ['open', 'closed', 'full'] as const;
/** Any other value on the wire is kept as `unknown` (never dropped), with the raw text. */
export type OpeningStatus = (typeof OPENING_STATUSES)[number] | 'unknown';

/**
 * A shelter is open while it takes people in or holds them: reported `open`, or reported
 * `full` (open and holding people, with no room for more). Closed and unknown are not open.
 */
export function isOpenStatus(status: OpeningStatus): boolean {
  return status === 'open' || status === 'full';
}

/**
 * Room left in one shelter: only an `open` shelter (not one reported full) with both its
 * capacity and its headcount known has any; never below zero. `undefined` when unknown.
 */
export function spareOf(
  status: OpeningStatus,
  capacity: number | undefined,
  people: number | undefined,
): number | undefined {
  if (status === 'full' || status === 'closed') return 0;
  if (status !== 'open' || capacity === undefined || people === undefined) return undefined;
  return Math.max(0, capacity - people);
}

export const CONGESTION_LEVELS = ['vacant', 'somewhatCrowded', 'crowded', 'full'] as const;
export type CongestionLevel = (typeof CONGESTION_LEVELS)[number];

/** Occupancy bands: VACAN wording by default; thresholds come from config. */
export type OccupancyBand = CongestionLevel | 'closed' | 'unknown';

/** One `EvacuationShelter` overlay entity. */
export interface ShelterOverlay {
  id: string;
  nationalShelterId?: string;
  externalShelterId?: string;
  municipalityCode: MunicipalityCode;
  openingStatus: OpeningStatus;
  /** The wire value when `openingStatus` is `unknown`. */
  rawStatus?: string;
  statusLabel?: string;
  evacueeTotal?: number;
  evacueeHouseholds?: number;
  /** Overrides the master's capacity when present. */
  maxCapacity?: number;
  congestionLevel?: CongestionLevel;
  openedAt?: number;
  closedAt?: number;
  eventId?: string;
  /** EEI v1.1 shelter detail (contract §7); absent when none of it was reported. */
  eei?: ShelterEei;
  /** Latest `observedAt` of its attributes: the datum's age. */
  observedAt?: number;
  /**
   * Attributes that arrived broken (a negative count, a string for a number, a value outside
   * an enum, an unreadable time) and were left out. Present only when there is one: such a
   * report is invalid under the contract (§4), kept only so that the shelter is not lost.
   */
  invalidFields?: string[];
}

export type EventStatus = 'active' | 'closed' | 'archived';

export interface DisasterEvent {
  id: string;
  name: string;
  status: EventStatus;
  start?: number;
  end?: number;
  hazardTypes: HazardType[];
}

export type AlertLevel = 3 | 4 | 5;

/** One 避難情報 as issued through Lアラート. In force while `liftedAt` is absent. */
export interface EvacuationInfo {
  id: string;
  municipalityCode: MunicipalityCode;
  level: AlertLevel;
  /** The wording as issued; kept apart from the level because wording changes. */
  label: string;
  hazardTypes: HazardType[];
  targetArea?: string;
  targetHouseholds?: number;
  targetPersons?: number;
  issuedAt: number;
  liftedAt?: number;
  eventId?: string;
}
