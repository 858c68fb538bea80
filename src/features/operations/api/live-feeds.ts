import { queryOptions } from '@tanstack/react-query';
import type { FeedRunner } from '../../../api/worker/feed-runner';
import type { FeedName } from '../../../api/worker/feeds';
import { nextPollMs, retryDelayMs } from '../../../api/ngsi/retry';

export const operationsKeys = {
  all: ['operations'] as const,
  feed: (name: FeedName) => [...operationsKeys.all, 'feed', name] as const,
  trends: () => [...operationsKeys.all, 'trends'] as const,
};

interface LiveQueryInput {
  feeds: FeedRunner;
  pollMs: number;
}

/**
 * A polled live feed. Normalized form (the default) so each datum keeps its observedAt.
 * Parsed in the worker; results replace the previous ones wholesale (no structural sharing
 * over thousands of objects on the main thread). A failed poll keeps the last good data.
 * Retries back off with full jitter, but never wait longer than one poll interval, so a
 * feed recovers within one interval of the fault clearing; a server's `Retry-After` is kept
 * both between retries and before the next poll.
 */
function liveFeed<N extends FeedName>(name: N, { feeds, pollMs }: LiveQueryInput) {
  return queryOptions({
    queryKey: operationsKeys.feed(name),
    queryFn: ({ signal }) => feeds.run(name, {}, signal),
    refetchInterval: (query) => nextPollMs(pollMs, query.state.error),
    retryDelay: (attempt: number, error: unknown) =>
      retryDelayMs(attempt, error, { maxMs: pollMs }),
    staleTime: pollMs / 2,
    structuralSharing: false,
  });
}

export const shelterOverlaysQuery = (input: LiveQueryInput) => liveFeed('EvacuationShelter', input);
export const evacuationInfoQuery = (input: LiveQueryInput) =>
  liveFeed('EvacuationInformation', input);
export const disasterEventsQuery = (input: LiveQueryInput) => liveFeed('DisasterEvent', input);
/** Ferry and air services (contract §6): the islands' lifelines. */
export const lifelinesQuery = (input: LiveQueryInput) => liveFeed('TransportServiceStatus', input);
