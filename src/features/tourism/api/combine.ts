import type { UseQueryResult } from '@tanstack/react-query';
import { mergeReports, type FeedReport } from '../../../api/entities/feed-report';
import type { FlowDayResult, PresenceDayResult } from '../../../api/worker/run-tourism';
import type { FlowDay, PresenceDay } from '../../../domain/tourism-days';

/** Every day of a set answered, with data or failed: what it adds up to will not change. */
export const daysSettled = (d: Pick<DaysState, 'loaded' | 'failedDays' | 'total'>): boolean =>
  d.loaded + d.failedDays >= d.total;

/** What a set of day queries adds up to: the loaded days, and what was wrong with them. */
export interface DaysState {
  presence: ReadonlyMap<string, PresenceDay>;
  flows: ReadonlyMap<string, FlowDay>;
  /** Day queries answered / asked, over both feeds. */
  loaded: number;
  total: number;
  fetching: boolean;
  /** The latest error of a day that has no data to show; undefined when none failed. */
  error: unknown;
  failedDays: number;
  /** Days with data that failed their last refetch: shown, marked stale. */
  staleDays: number;
  /** Oldest successful fetch among the loaded days (for the age on screen). */
  updatedAt: number | undefined;
  reports: { presence: FeedReport; flows: FeedReport };
  /** Codes the platform named that are not Nagasaki municipalities or prefectures → records. */
  unknownCodes: Record<string, number>;
  notDoubleCounted: { presence: number; flows: number };
  truncated: boolean;
  /** Some loaded day is labelled synthetic by the platform (the mock labels its data so). */
  synthetic: boolean;
  /** Some day came back in key-values without attributes and was read in normalized form. */
  normalizedFallback: boolean;
}

type Result<R> = Pick<
  UseQueryResult<R>,
  'data' | 'error' | 'isFetching' | 'dataUpdatedAt' | 'isError'
>;

const isPresence = (r: PresenceDayResult | FlowDayResult): r is PresenceDayResult =>
  'origins' in r.day;

/** Folds the per-day results of both feeds into maps keyed by JST date and one report. */
export function combineDays(
  presence: readonly Result<PresenceDayResult | FlowDayResult>[],
  flows: readonly Result<PresenceDayResult | FlowDayResult>[],
): DaysState {
  const p = new Map<string, PresenceDay>();
  const f = new Map<string, FlowDay>();
  const reports: { presence: FeedReport[]; flows: FeedReport[] } = { presence: [], flows: [] };
  const unknownCodes: Record<string, number> = {};
  const notDoubleCounted = { presence: 0, flows: 0 };
  let loaded = 0;
  let failedDays = 0;
  let staleDays = 0;
  let fetching = false;
  let truncated = false;
  let synthetic = false;
  let normalizedFallback = false;
  let error: unknown;
  let updatedAt: number | undefined;
  for (const r of [...presence, ...flows]) {
    fetching ||= r.isFetching;
    const d = r.data;
    if (!d) {
      if (r.isError) {
        failedDays += 1;
        error = r.error;
      }
      continue;
    }
    loaded += 1;
    if (r.isError) staleDays += 1;
    updatedAt = updatedAt === undefined ? r.dataUpdatedAt : Math.min(updatedAt, r.dataUpdatedAt);
    truncated ||= d.truncated;
    synthetic ||= d.synthetic;
    normalizedFallback ||= d.normalizedFallback;
    for (const [code, n] of Object.entries(d.unknownCodes))
      unknownCodes[code] = (unknownCodes[code] ?? 0) + n;
    if (isPresence(d)) {
      p.set(d.date, d.day);
      reports.presence.push(d.report);
      notDoubleCounted.presence += d.notDoubleCounted;
    } else {
      f.set(d.date, d.day);
      reports.flows.push(d.report);
      notDoubleCounted.flows += d.notDoubleCounted;
    }
  }
  return {
    presence: p,
    flows: f,
    loaded,
    total: presence.length + flows.length,
    fetching,
    error,
    failedDays,
    staleDays,
    updatedAt,
    reports: { presence: mergeReports(reports.presence), flows: mergeReports(reports.flows) },
    unknownCodes,
    notDoubleCounted,
    truncated,
    synthetic,
    normalizedFallback,
  };
}
