import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { FeedRunner } from '../../../api/worker/feed-runner';
import type { FeedTypes } from '../../../api/worker/feeds';
import { MASTER_FEEDS, type MasterName } from '../../../api/worker/master-feeds';
import type { MasterResult } from '../../../api/worker/run-master';

export const shelterKeys = {
  all: ['shelters'] as const,
  masters: (type: MasterName) => [...shelterKeys.all, 'masters', type] as const,
};

interface MasterQueryInput {
  feeds: FeedRunner;
  refetchMs: number;
}

/**
 * One master feed as a query. Masters change rarely and are replaced wholesale: structural
 * sharing would only spend main-thread time comparing thousands of objects, and a poll that
 * finds the set the page holds answers "unchanged" (run-master.ts), so the page keeps the very
 * same object and nothing derived from it is computed again.
 */
export const masterQuery = <N extends MasterName>(
  name: N,
  { feeds, refetchMs }: MasterQueryInput,
) =>
  queryOptions({
    queryKey: shelterKeys.masters(name),
    queryFn: async ({ signal, client, queryKey }): Promise<MasterResult<FeedTypes[N]>> => {
      const answer = await feeds.master(name, false, signal);
      if (answer.kind === 'fresh') return answer.data;
      const held = client.getQueryData<MasterResult<FeedTypes[N]>>(queryKey);
      if (held?.fingerprint === answer.fingerprint) return held;
      // The worker thought the page held this set and it does not (a cleared cache): ask whole.
      const again = await feeds.master(name, true, signal);
      if (again.kind === 'fresh') return again.data;
      throw new Error(`${name}: the feed worker sent no data for a full read`);
    },
    refetchInterval: refetchMs,
    staleTime: refetchMs,
    structuralSharing: false,
  });

export const evacuationSitesQuery = (input: MasterQueryInput) =>
  masterQuery('EvacuationSite', input);

export const designatedSheltersQuery = (input: MasterQueryInput) =>
  masterQuery('DesignatedShelter', input);

/**
 * Starts the masters before the UI exists: their requests go out as soon as the config is
 * read, and a set kept from an earlier visit (same broker, tenant and build) is put in
 * the cache at once, dated when the broker last answered with it, while the request
 * revalidates it. A set the broker has already answered is never overwritten by a kept one.
 */
export function startMasters(client: QueryClient, input: MasterQueryInput): void {
  for (const name of MASTER_FEEDS) {
    const query = masterQuery(name, input);
    void client.prefetchQuery(query);
    input.feeds
      .kept(name)
      .then((kept) => {
        if (kept === null || client.getQueryData(query.queryKey) !== undefined) return;
        client.setQueryData(query.queryKey, kept.data, { updatedAt: kept.savedAt });
      })
      .catch(() => undefined);
  }
}
