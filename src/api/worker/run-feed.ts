import type { NgsiClient } from '../ngsi/client';
import type { EntityRepresentation } from '../ngsi/queries';
import { flattenEntity, keyValuesEntity } from '../ngsi/representation/entity';
import { validateFeed, type Flatten } from '../entities/validate-feed';
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
  /**
   * Asked for key-values, the broker answered entities without attributes (some do, with
   * the @context sent): the feed was read again in normalized form.
   */
  normalizedFallback: boolean;
}

const ENVELOPE = new Set(['id', 'type', '@context']);

/** Every entity is an empty shell: ids and types, not one attribute. */
export function attributeless(entities: readonly unknown[]): boolean {
  return (
    entities.length > 0 &&
    entities.every(
      (e) =>
        typeof e === 'object' && e !== null && Object.keys(e).every((key) => ENVELOPE.has(key)),
    )
  );
}

/**
 * How the worker reads one raw entity of a feed asked for in `options`: keyValues members are
 * read in place, with no wrapper object per attribute; other forms are flattened.
 */
export function entityReader(options: EntityRepresentation | undefined): Flatten {
  return options === 'keyValues' ? keyValuesEntity : (raw) => flattenEntity(raw, options);
}

/** Fetch every page, then validate and normalise each entity on its own. */
export async function runFeed<N extends FeedName>(
  client: NgsiClient,
  name: N,
  query: FeedQuery,
  signal?: AbortSignal,
): Promise<FeedResult<FeedTypes[N]>> {
  const ask = (options: FeedQuery['options']) =>
    client.queryEntities({
      type: name,
      ...FEED_PAGING[name],
      ...query,
      options,
      ...(signal && { signal }),
    });
  let options = query.options;
  let page = await ask(options);
  const normalizedFallback = options === 'keyValues' && attributeless(page.entities);
  if (normalizedFallback) {
    options = 'normalized';
    page = await ask(options);
  }
  const parse = FEED_PARSERS[name];
  const { items, report } = validateFeed(page.entities, name, entityReader(options), parse);
  report.duplicateIds += page.duplicateIds;
  return { items, report, truncated: page.truncated, normalizedFallback };
}
