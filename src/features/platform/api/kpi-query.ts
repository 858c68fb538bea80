import { queryOptions } from '@tanstack/react-query';
import type { NgsiClient } from '../../../api/ngsi/client';
import type { KpiSnapshot } from '../model/types';
import { fetchPlatformKpis } from './fetch-kpis';

export const platformKeys = {
  all: ['platform'] as const,
  kpis: () => [...platformKeys.all, 'kpis'] as const,
};

interface KpiQueryInput {
  client: () => Promise<NgsiClient>;
  pollMs: number;
}

/**
 * The platform KPIs, polled every `pollSeconds.platform`. Each round starts from the last
 * snapshot in the cache, so a count that fails keeps its last good value (marked stale).
 */
export const platformKpisQuery = ({ client, pollMs }: KpiQueryInput) =>
  queryOptions({
    queryKey: platformKeys.kpis(),
    queryFn: async ({ signal, client: cache, queryKey }) =>
      fetchPlatformKpis({
        client: await client(),
        previous: cache.getQueryData<KpiSnapshot>(queryKey),
        signal,
      }),
    refetchInterval: pollMs,
    staleTime: pollMs / 2,
  });
