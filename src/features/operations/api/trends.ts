import { queryOptions } from '@tanstack/react-query';
import type { FeedRunner } from '../../../api/worker/feed-runner';
import type { TemporalJob, TemporalResult } from '../../../api/worker/run-temporal';
import { noHistoryService } from '../../../api/ngsi/history-service';
import { HOUR_MS, WINDOW_HOURS, hourStart } from '../model/trends';
import { operationsKeys } from './live-feeds';

/** What the temporal API gave, or that the broker has none (then the poll history is used). */
export type TrendsSource =
  { kind: 'temporal'; result: TemporalResult } | { kind: 'unavailable'; status: number };

/** The temporal query behind the trend chart: hourly maxima of evacuees over the window. */
export function trendsJob(now: number): TemporalJob {
  // On a whole hour so that the broker's PT1H buckets line up with the chart's hours.
  const end = hourStart(now) + HOUR_MS;
  const start = end - (WINDOW_HOURS + 1) * HOUR_MS;
  return {
    type: 'EvacuationShelter',
    attrs: ['evacueeTotal'],
    timerel: 'between',
    timeAt: new Date(start).toISOString(),
    endTimeAt: new Date(end).toISOString(),
    options: 'aggregatedValues',
    aggrMethods: ['max'],
    aggrPeriodDuration: 'PT1H',
  };
}

export async function fetchTrends(
  feeds: FeedRunner,
  now: number,
  signal?: AbortSignal,
): Promise<TrendsSource> {
  try {
    const result = await feeds.temporal(trendsJob(now), signal);
    return { kind: 'temporal', result };
  } catch (error) {
    const status = noHistoryService(error);
    if (status !== undefined) return { kind: 'unavailable', status };
    throw error;
  }
}

export const trendsQuery = (feeds: FeedRunner, pollMs: number) =>
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- one connection per page (services/), not a parameter of the data
  queryOptions({
    queryKey: operationsKeys.trends(),
    queryFn: ({ signal }) => fetchTrends(feeds, Date.now(), signal),
    refetchInterval: pollMs,
    staleTime: pollMs / 2,
    structuralSharing: false,
  });
