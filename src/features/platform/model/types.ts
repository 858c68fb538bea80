/**
 * What the platform KPI query gathers from the broker (the api layer fills it, the model
 * reads it). Times are epoch ms.
 */
import type { MunicipalityCode } from '../../../domain/types';

/**
 * One count the broker was asked for.
 * - `ok`: the broker's `NGSILD-Results-Count`, fetched at `at`;
 * - `stale`: the last good count (fetched at `at`), because the latest attempt failed;
 * - `unsupported`: the broker refused the query (400, 403, 501): never shown as 0;
 * - `unreported`: the broker answered but sent no readable count header (CORS);
 * - `failed`: it failed and there is no earlier count to keep.
 */
export type Measure =
  | { state: 'ok'; value: number; at: number }
  | { state: 'stale'; value: number; at: number; error: string; failedAt: number }
  | { state: 'unsupported'; status: number; detail: string }
  | { state: 'unreported' }
  | { state: 'failed'; error: string; failedAt: number };

/** Where a type's newest-record times came from: the broker's own, the data's, or nowhere. */
export type NewestSource = 'modifiedAt' | 'observedAt' | 'none';

/** The newest record per municipality of one type, found by one pass over its entities. */
export type NewestScan =
  | {
      state: 'ok' | 'stale';
      source: NewestSource;
      newest: Readonly<Record<MunicipalityCode, number>>;
      /** The pass stopped at the entity cap: a time is the newest of those read. */
      truncated: boolean;
      at: number;
      error?: string;
    }
  | { state: 'unsupported'; status: number; detail: string }
  | { state: 'failed'; error: string; failedAt: number };

/** How the dashboard learnt whether a type carries `localGovernmentCode`. */
export type Attribution = 'attributeNames' | 'probe';

/** A type whose records name their municipality: counted per municipality. */
export interface AttributableType {
  name: string;
  attribution: Attribution;
  /** All records of the type (no filter): the difference to the cells has another code or none. */
  total: Measure;
  /** Per municipality (5-digit code), records with `localGovernmentCode` in either code form. */
  cells: Readonly<Record<MunicipalityCode, Measure>>;
  newest: NewestScan;
}

/** A type whose records carry no `localGovernmentCode` (tourism, events): prefecture-level. */
export interface PrefectureType {
  name: string;
  attribution: Attribution | 'unknown';
  total: Measure;
}

export interface KpiSnapshot {
  /** When this snapshot was completed: the as-of time. */
  at: number;
  attributable: readonly AttributableType[];
  prefectureLevel: readonly PrefectureType[];
  /**
   * The broker named some types by full IRIs and the @context document that would give their
   * terms could not be read: its URL, why, and those types (shown by their IRI's last part).
   */
  unreadContext?: { url: string; reason: string; types: readonly string[] };
}
