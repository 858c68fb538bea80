import type { NgsiClient } from '../ngsi/client';
import type { EntityRepresentation } from '../ngsi/queries';
import { flattenEntity } from '../ngsi/representation/entity';
import { validateFeed } from '../entities/validate-feed';
import type { FeedReport } from '../entities/feed-report';
import { FEED_PAGING, FEED_PARSERS, type FeedName, type FeedTypes } from './feeds';

export interface FeedQuery {
  q?: string;
  attrs?: string[];
  options?: EntityRepresentation;
  /** Requested page size (the client lowers it when the broker refuses). */
  pageSize?: number;
}

export interface FeedResult<T> {
  items: T[];
  report: FeedReport;
  /** The client stopped at a page or entity cap: the list may be incomplete. */
  truncated: boolean;
}

/** Fetch every page, then validate and normalise each entity on its own. */
export async function runFeed<N extends FeedName>(
  client: NgsiClient,
  name: N,
  query: FeedQuery,
  signal?: AbortSignal,
): Promise<FeedResult<FeedTypes[N]>> {
  const page = await client.queryEntities({
    type: name,
    ...FEED_PAGING[name],
    ...query,
    ...(signal && { signal }),
  });
  const parse = FEED_PARSERS[name];
  const { items, report } = validateFeed(
    page.entities,
    name,
    (raw) => flattenEntity(raw, query.options),
    parse,
  );
  report.duplicateIds += page.duplicateIds;
  return { items, report, truncated: page.truncated };
}
