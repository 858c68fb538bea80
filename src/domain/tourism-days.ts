/**
 * The tourism view's data after the worker has validated and packed it, and the shapes the
 * pure model functions take and return. Times are epoch ms; calendar days are JST.
 */
import type { FlowObservation } from './tourism';
import type { MunicipalityCode } from './types';

/**
 * Who the visitors are, as one key: `JP` (domestic, prefecture not given), `JP-40` (domestic,
 * from prefecture 40), or an ISO 3166-1 alpha-2 country code such as `KR` (inbound).
 */
export type OriginKey = string;

/** Marks in a packed presence cube; every other value is a published count (≥ 0). */
export const SUPPRESSED = -1;
export const ABSENT = -2;

/**
 * One JST day of hourly presence, packed for speed and memory:
 * `counts[(m * 24 + h) * origins.length + o]` is the count for municipality index `m`
 * (the order of `TOURISM_MUNICIPALITIES`), JST hour `h` and origin `origins[o]`; it is
 * `SUPPRESSED` when the provider published null (under 10), `ABSENT` when no record came.
 */
export interface PresenceDay {
  /** YYYY-MM-DD, JST. */
  date: string;
  /** JST midnight of `date`. */
  startMs: number;
  origins: readonly OriginKey[];
  counts: Int32Array;
}

/** One JST day of flows that start on it, overlaps already resolved (see pack.ts). */
export interface FlowDay {
  date: string;
  startMs: number;
  flows: readonly FlowObservation[];
}

/** What the user narrowed the view to. Stay and mode apply to flows only. */
export interface TourismFilter {
  category: 'all' | 'domestic' | 'inbound';
  /** One origin (presence: an OriginKey; flows: a prefecture code or municipality code). */
  origin: 'all' | OriginKey;
  stay: 'all' | 'dayTrip' | 'overnight';
  mode: 'all' | 'ferry' | 'air' | 'road' | 'rail';
}

export const ALL_FILTER: TourismFilter = {
  category: 'all',
  origin: 'all',
  stay: 'all',
  mode: 'all',
};

/** Half-open time range [fromMs, toMs). */
export interface TimeRange {
  fromMs: number;
  toMs: number;
}

/**
 * A published total. `value` sums the published counts only; `suppressed` says how many
 * suppressed cells it leaves out (so the true total is at least `value`). `value` is null when
 * nothing was published at all: no data, never zero.
 */
export interface Total {
  value: number | null;
  suppressed: number;
}

export type { MunicipalityCode };
