import { queryOptions } from '@tanstack/react-query';
import type { DesignatedShelter, EvacuationSite } from '../../../domain/types';
import {
  parseDesignatedShelter,
  parseEvacuationSite,
  type EntityParse,
} from '../../../api/entities/masters';
import { validateFeed, type Flatten } from '../../../api/entities/validate-feed';
import type { FlatEntityLike } from '../../../api/entities/flat';
import type { FeedReport } from '../../../api/entities/feed-report';
import type { EntityQueryClient } from '../../../api/entity-query-client';

export interface MasterFeed<T> {
  items: T[];
  report: FeedReport;
  /** True when the client stopped at its entity cap: the list is incomplete. */
  truncated: boolean;
}

export const shelterKeys = {
  all: ['shelters'] as const,
  masters: (type: string) => [...shelterKeys.all, 'masters', type] as const,
};

async function fetchMasters<T>(
  client: EntityQueryClient,
  flatten: Flatten,
  type: string,
  parse: (e: FlatEntityLike) => EntityParse<T>,
  signal: AbortSignal,
): Promise<MasterFeed<T>> {
  const result = await client.queryEntities({ type, signal });
  const { items, report } = validateFeed(result.entities, type, flatten, parse);
  report.duplicateIds += result.duplicateIds;
  return { items, report, truncated: result.truncated };
}

interface MasterQueryInput {
  client: EntityQueryClient;
  flatten: Flatten;
  refetchMs: number;
}

// Masters change rarely; they are replaced wholesale, so structural sharing would only
// spend main-thread time comparing thousands of objects.
const masterDefaults = (refetchMs: number) => ({
  refetchInterval: refetchMs,
  staleTime: refetchMs,
  structuralSharing: false,
});

export const evacuationSitesQuery = ({ client, flatten, refetchMs }: MasterQueryInput) =>
  queryOptions<MasterFeed<EvacuationSite>>({
    queryKey: shelterKeys.masters('EvacuationSite'),
    queryFn: ({ signal }) =>
      fetchMasters(client, flatten, 'EvacuationSite', parseEvacuationSite, signal),
    ...masterDefaults(refetchMs),
  });

export const designatedSheltersQuery = ({ client, flatten, refetchMs }: MasterQueryInput) =>
  queryOptions<MasterFeed<DesignatedShelter>>({
    queryKey: shelterKeys.masters('DesignatedShelter'),
    queryFn: ({ signal }) =>
      fetchMasters(client, flatten, 'DesignatedShelter', parseDesignatedShelter, signal),
    ...masterDefaults(refetchMs),
  });
