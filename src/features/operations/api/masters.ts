import { queryOptions } from '@tanstack/react-query';
import type { FeedRunner } from '../../../api/worker/feed-runner';

export const shelterKeys = {
  all: ['shelters'] as const,
  masters: (type: string) => [...shelterKeys.all, 'masters', type] as const,
};

interface MasterQueryInput {
  feeds: FeedRunner;
  refetchMs: number;
}

// Masters change rarely and are replaced wholesale: structural sharing would only spend
// main-thread time comparing thousands of objects.
const masterDefaults = (refetchMs: number) => ({
  refetchInterval: refetchMs,
  staleTime: refetchMs,
  structuralSharing: false,
});

export const evacuationSitesQuery = ({ feeds, refetchMs }: MasterQueryInput) =>
  queryOptions({
    queryKey: shelterKeys.masters('EvacuationSite'),
    queryFn: ({ signal }) => feeds.run('EvacuationSite', {}, signal),
    ...masterDefaults(refetchMs),
  });

export const designatedSheltersQuery = ({ feeds, refetchMs }: MasterQueryInput) =>
  queryOptions({
    queryKey: shelterKeys.masters('DesignatedShelter'),
    queryFn: ({ signal }) => feeds.run('DesignatedShelter', {}, signal),
    ...masterDefaults(refetchMs),
  });
