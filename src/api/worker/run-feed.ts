import type { NgsiClient } from '../ngsi/client';
import type { EntityRepresentation } from '../ngsi/queries';
import { flattenEntity, keyValuesEntity, lazyEntity } from '../ngsi/representation/entity';
import { feedValidator, type Flatten } from '../entities/validate-feed';
import type { FeedReport } from '../entities/feed-report';
import {
  FEED_PAGING,
  FEED_PARSERS,
  VALUE_ONLY_FEEDS,
  type FeedName,
  type FeedTypes,
} from './feeds';

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
 * How the worker reads one raw entity of `feed` asked for in `options`: keyValues members are
 * read in place, with no wrapper object per attribute; other forms are read lazily for a feed
 * whose parser reads values alone (VALUE_ONLY_FEEDS), else flattened.
 */
export function entityReader(options: EntityRepresentation | undefined, feed: FeedName): Flatten {
  if (options === 'keyValues') return keyValuesEntity;
  if (VALUE_ONLY_FEEDS.has(feed)) return lazyEntity;
  return (raw) => flattenEntity(raw, options);
}

/**
 * Fetch every page, validating and normalising each entity on its own as its page arrives
 * (while the next is on its way).
 */
export async function runFeed<N extends FeedName>(
  client: NgsiClient,
  name: N,
  query: FeedQuery,
  signal?: AbortSignal,
): Promise<FeedResult<FeedTypes[N]>> {
  const read = async (options: FeedQuery['options']) => {
    const validator = feedValidator(name, entityReader(options, name), FEED_PARSERS[name]);
    const page = await client.queryEntities({
      type: name,
      ...FEED_PAGING[name],
      ...query,
      options,
      onPage: validator.add,
      ...(signal && { signal }),
    });
    return { page, validated: validator.result() };
  };
  let { page, validated } = await read(query.options);
  const normalizedFallback = query.options === 'keyValues' && attributeless(page.entities);
  if (normalizedFallback) ({ page, validated } = await read('normalized'));
  const { items, report } = validated;
  report.duplicateIds += page.duplicateIds;
  return { items, report, truncated: page.truncated, normalizedFallback };
}
