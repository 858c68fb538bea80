import { queryOptions } from '@tanstack/react-query';
import type { FeedRunner } from '../../api/worker/feed-runner';
import { createLimiter } from './limit';

export const tourismKeys = {
  all: ['tourism'] as const,
  day: (feed: 'presence' | 'flows', date: string) => [...tourismKeys.all, feed, date] as const,
};

/** Day fetches in flight at once, per feed runner (each day is several pages). */
const MAX_PARALLEL_DAYS = 3;
const limiters = new WeakMap<FeedRunner, ReturnType<typeof createLimiter>>();
function limiterOf(feeds: FeedRunner) {
  let limit = limiters.get(feeds);
  if (!limit) limiters.set(feeds, (limit = createLimiter(MAX_PARALLEL_DAYS)));
  return limit;
}

export interface DayQueryInput {
  feeds: FeedRunner;
  /** The newest JST date that may still change (providers publish the previous day). */
  openFrom: string;
  pollMs: number;
}

/**
 * One JST day of one tourism feed, cached per day: a closed day never changes, so extending
 * the period or comparing with last year fetches only the days not seen yet. Days from
 * `openFrom` on are refetched at the tourism poll interval.
 */
function dayPolicy(date: string, input: DayQueryInput) {
  const open = date >= input.openFrom;
  return {
    staleTime: open ? input.pollMs : Infinity,
    refetchInterval: open ? input.pollMs : (false as const),
    // Ten minutes: enough to flip between two periods without refetching, bounded for weeks.
    gcTime: 10 * 60_000,
    // Packed typed arrays, replaced wholesale: nothing to share structurally.
    structuralSharing: false,
  };
}

export const presenceDayQuery = (date: string, input: DayQueryInput) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one connection per page (services/), not a parameter of the data
  queryOptions({
    queryKey: tourismKeys.day('presence', date),
    queryFn: ({ signal }) =>
      limiterOf(input.feeds)(() => input.feeds.presenceDay(date, signal), signal),
    ...dayPolicy(date, input),
  });

export const flowDayQuery = (date: string, input: DayQueryInput) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one connection per page (services/), not a parameter of the data
  queryOptions({
    queryKey: tourismKeys.day('flows', date),
    queryFn: ({ signal }) =>
      limiterOf(input.feeds)(() => input.feeds.flowDay(date, signal), signal),
    ...dayPolicy(date, input),
  });
