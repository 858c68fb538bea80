/** Tourism observations after validation and normalisation (times are epoch ms). */
import type { MunicipalityCode } from './types';

/**
 * A visitor count as published: `null` when the provider suppressed it (under 10, for
 * privacy). Never read a suppressed count as zero.
 */
export type PublishedCount = number | null;

/** Visitors present in one municipality during one JST hour (TourismPresenceObserved). */
export interface PresenceObservation {
  id: string;
  municipalityCode: MunicipalityCode;
  /** JST calendar date, YYYY-MM-DD. */
  date: string;
  /** JST hour, 0–23. */
  hour: number;
  /** Start of that JST hour. */
  startMs: number;
  /** ISO 3166-1 alpha-2; `JP` = domestic. */
  nationality: string;
  /** 2-digit prefecture code of domestic visitors, when the provider breaks it down. */
  originPrefecture?: string;
  count: PublishedCount;
  /** Who made the numbers (Smart Data Models `dataProvider`), when the platform says. */
  provider?: string;
}

export type FlowOrigin =
  { kind: 'municipality'; code: MunicipalityCode } | { kind: 'prefecture'; code: string };

export const VISITOR_CATEGORIES = ['domestic', 'inbound'] as const;
export const STAY_TYPES = ['dayTrip', 'overnight'] as const;
export const TRANSPORT_MODES = ['ferry', 'air', 'road', 'rail'] as const;

/** Visitors who moved from one area to a municipality within a period (TouristFlowObserved). */
export interface FlowObservation {
  id: string;
  origin: FlowOrigin;
  destinationCode: MunicipalityCode;
  fromMs: number;
  toMs: number;
  count: PublishedCount;
  category: (typeof VISITOR_CATEGORIES)[number];
  stay: (typeof STAY_TYPES)[number];
  mode?: (typeof TRANSPORT_MODES)[number];
  provider?: string;
}
