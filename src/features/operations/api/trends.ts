import { queryOptions } from '@tanstack/react-query';
import type { FeedRunner } from '../../../api/worker/feed-runner';
import type { TemporalResult } from '../../../api/worker/run-temporal';
import { ProblemDetailsError, statusOf } from '../../../api/ngsi/errors';
import { HOUR_MS, WINDOW_HOURS, hourStart } from '../model/trends';
import { operationsKeys } from './live-feeds';

/** What the temporal API gave, or that the broker has none (then the poll history is used). */
export type TrendsSource =
  { kind: 'temporal'; result: TemporalResult } | { kind: 'unavailable'; status: number };

/** Brokers without the temporal API answer 404 or 501 (contract §1). */
const NO_TEMPORAL_API = new Set([404, 501]);

/**
 * No history service: a 404 or 501 on the path; or, when QuantumLeap's base defaults to Orion
 * itself, Orion's `400 {"error": "BadRequest", "description": "Service not found. …"}` (§5).
 */
export function noHistoryService(error: unknown): number | undefined {
  const status = statusOf(error);
  if (status !== undefined && NO_TEMPORAL_API.has(status)) return status;
  if (
    status === 400 &&
    error instanceof ProblemDetailsError &&
    /service not found/i.test(error.title ?? '')
  )
    return status;
  return undefined;
}

export async function fetchTrends(
  feeds: FeedRunner,
  now: number,
  signal?: AbortSignal,
): Promise<TrendsSource> {
  // On a whole hour so that the broker's PT1H buckets line up with the chart's hours.
  const end = hourStart(now) + HOUR_MS;
  const start = end - (WINDOW_HOURS + 1) * HOUR_MS;
  try {
    const result = await feeds.temporal(
      {
        type: 'EvacuationShelter',
        attrs: ['evacueeTotal'],
        timerel: 'between',
        timeAt: new Date(start).toISOString(),
        endTimeAt: new Date(end).toISOString(),
        options: 'aggregatedValues',
        aggrMethods: ['max'],
        aggrPeriodDuration: 'PT1H',
      },
      signal,
    );
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
