import type { NgsiClient } from '../ngsi/client';
import type { FeedReport } from '../entities/feed-report';
import type { FlowDay, PresenceDay } from '../../domain/tourism-days';
import { addDays, jstDayStartMs } from '../../domain/jst';
import { packPresenceDay } from '../tourism/pack';
import { packFlowDay } from '../tourism/overlaps';
import { runFeed } from './run-feed';

/** One JST day of one tourism feed: what the view caches per day (past days never change). */
export interface TourismJob {
  feed: 'presence' | 'flows';
  /** YYYY-MM-DD, JST. */
  date: string;
}

export interface TourismDayResult<D> {
  date: string;
  day: D;
  report: FeedReport;
  /** Codes the platform named that are not Nagasaki municipalities or prefectures → records. */
  unknownCodes: Record<string, number>;
  /** Records left out because another record already counted the same visitors. */
  notDoubleCounted: number;
  truncated: boolean;
  /** The platform labelled some of the day's records as synthetic (not observed). */
  synthetic: boolean;
  /** Key-values came back without attributes; the day was read in normalized form. */
  normalizedFallback: boolean;
}

export type PresenceDayResult = TourismDayResult<PresenceDay>;
export type FlowDayResult = TourismDayResult<FlowDay>;

// A day of presence is up to 21 × 24 × origins records: large pages, where the broker allows.
const PAGE_SIZE = 1_000;
const SYNTHETIC = /synthetic/i;
const isSynthetic = (items: readonly { provider?: string }[]) =>
  items.some((i) => i.provider !== undefined && SYNTHETIC.test(i.provider));
const UNKNOWN = /^(?:originCode|destinationCode): unknown code (.+)$/;

function unknownCodesOf(report: FeedReport): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [reason, n] of Object.entries(report.skipReasons)) {
    const code = UNKNOWN.exec(reason)?.[1];
    if (code !== undefined) out[code] = (out[code] ?? 0) + n;
  }
  return out;
}

/** `2026-08-01T00:00:00+09:00`: the JST midnight a flow period starts at. */
const jstMidnight = (date: string) => `${date}T00:00:00+09:00`;

const COMMON = { options: 'keyValues' as const, pageSize: PAGE_SIZE };

/** Fetches one JST day of hourly presence with paging, validates each entity, packs the day. */
export async function runPresenceDay(
  client: NgsiClient,
  date: string,
  signal?: AbortSignal,
): Promise<PresenceDayResult> {
  const q = `dateObserved=="${date}"`;
  const r = await runFeed(client, 'TourismPresenceObserved', { ...COMMON, q }, signal);
  const packed = packPresenceDay(date, r.items);
  return {
    date,
    day: packed.day,
    report: r.report,
    unknownCodes: unknownCodesOf(r.report),
    notDoubleCounted: packed.duplicates,
    truncated: r.truncated,
    synthetic: isSynthetic(r.items),
    normalizedFallback: r.normalizedFallback,
  };
}

/** Flows whose period starts on one JST day, overlaps resolved so nobody counts twice. */
export async function runFlowDay(
  client: NgsiClient,
  date: string,
  signal?: AbortSignal,
): Promise<FlowDayResult> {
  const q = `dateObservedFrom>="${jstMidnight(date)}";dateObservedFrom<"${jstMidnight(addDays(date, 1))}"`;
  const r = await runFeed(client, 'TouristFlowObserved', { ...COMMON, q }, signal);
  const packed = packFlowDay(date, jstDayStartMs(date), r.items);
  return {
    date,
    day: packed.day,
    report: r.report,
    unknownCodes: unknownCodesOf(r.report),
    notDoubleCounted: packed.overlapping,
    truncated: r.truncated,
    synthetic: isSynthetic(r.items),
    normalizedFallback: r.normalizedFallback,
  };
}
