/**
 * Collects every page of a list query (contract §1 "Paging") from brokers that behave,
 * cap `limit` silently, refuse a large `limit`, link `rel="next"`, hide the count header
 * behind CORS, or ignore `limit`/`offset` altogether — without looping forever or counting
 * an entity twice.
 */
import { InvalidResponseError } from './errors';
import { initialPageSize, isLimitRejection, smallerPageSize } from './page-size';
import { entityIdOf } from './representation/record';
import { paramOf, requestTarget, type NgsiRequest, type QueryParam } from './request';
import { describeShape } from './shape';
import type { NgsiResponse, NgsiTransport } from './transport';

export const DEFAULT_MAX_PAGES = 200;
export const DEFAULT_MAX_ENTITIES = 100_000;

export interface PagingOptions {
  /** Requested `limit`; lowered automatically when the broker refuses it. Default 500. */
  pageSize?: number;
  /** Stop (with `truncated: true`) after this many entities. Default 100 000. */
  maxEntities?: number;
  /** Hard cap on requests per query. Default 200. */
  maxPages?: number;
  signal?: AbortSignal;
  /**
   * Given each page's new entities (those counted into `entities`, never none) once the next
   * page has been asked for, so that reading them overlaps the wait for it.
   */
  onPage?: (fresh: readonly unknown[]) => void;
}

export interface PagedResult {
  /** Raw entities in broker order, de-duplicated by `id` (first occurrence kept). */
  entities: unknown[];
  /** `NGSILD-Results-Count` of the last page that carried one. */
  totalReported?: number;
  /** Successful page requests made. */
  pages: number;
  /** Entities dropped because their `id` had been seen before. */
  duplicateIds: number;
  /** True when the result is known or suspected to be incomplete (a cap was hit, HTTP 206). */
  truncated: boolean;
}

/** Shared across one client's queries: the largest `limit` the broker has accepted after a refusal. */
export interface PageSizeMemory {
  cap: number | undefined;
}

function limitOf(request: NgsiRequest): number | undefined {
  const raw = paramOf(request, 'limit');
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

interface PageTally {
  fresh: unknown[];
  duplicates: number;
}

function tally(items: readonly unknown[], seen: Set<string>): PageTally {
  const fresh: unknown[] = [];
  let duplicates = 0;
  for (const item of items) {
    const id = entityIdOf(item);
    // Id-less items cannot be de-duplicated; they are kept for the schema layer to reject and count.
    if (id !== undefined && seen.has(id)) duplicates += 1;
    else {
      if (id !== undefined) seen.add(id);
      fresh.push(item);
    }
  }
  return { fresh, duplicates };
}

interface PageFacts {
  received: number;
  /** `limit` in the request actually sent (a followed link may carry its own). */
  requestedLimit: number | undefined;
  /** Our own page size. */
  limit: number;
  /** Items received so far, counting repeats: the broker's position. */
  offset: number;
  total: number | undefined;
  next: NgsiRequest | undefined;
  linked: boolean;
}

function isLastPage(page: PageFacts): boolean {
  if (page.received === 0) return true;
  // More than asked for: the broker ignores limit and has sent everything.
  if (page.requestedLimit !== undefined && page.received > page.requestedLimit) return true;
  if (page.next !== undefined) return false;
  // The broker paged by links and this page has none: it is the last.
  if (page.linked) return true;
  // A short page may just be a silent cap, so trust the count when there is one.
  if (page.total !== undefined) return page.offset >= page.total;
  // No readable count (absent, or hidden by CORS): a short page ends it (contract §1).
  return page.received < page.limit;
}

export async function collectPages(
  transport: NgsiTransport,
  path: string,
  query: readonly QueryParam[],
  options: PagingOptions,
  memory: PageSizeMemory,
): Promise<PagedResult> {
  const {
    signal,
    maxEntities = DEFAULT_MAX_ENTITIES,
    maxPages = DEFAULT_MAX_PAGES,
    onPage,
  } = options;
  const handOver = (fresh: readonly unknown[]) => {
    if (onPage && fresh.length > 0) onPage(fresh);
  };
  const pageAt = (limit: number, offset: number): NgsiRequest => ({
    path,
    query: [...query, ['limit', String(limit)], ['offset', String(offset)], ['count', 'true']],
  });
  let limit = initialPageSize(options.pageSize, memory.cap);
  let offset = 0;
  let request = pageAt(limit, offset);
  let pending = transport.get(request, signal);
  let linked = false;
  const seen = new Set<string>();
  const result: PagedResult = { entities: [], pages: 0, duplicateIds: 0, truncated: false };

  for (;;) {
    let response: NgsiResponse;
    try {
      response = await pending;
    } catch (error) {
      const smaller =
        !linked && isLimitRejection(error) ? smallerPageSize(limit, error) : undefined;
      if (smaller === undefined) throw error;
      limit = smaller;
      memory.cap = smaller;
      request = pageAt(limit, offset);
      pending = transport.get(request, signal);
      continue;
    }
    result.pages += 1;
    const items = response.body;
    if (!Array.isArray(items)) {
      throw new InvalidResponseError({
        target: requestTarget(request),
        status: response.status,
        reason: 'wrong-shape',
        excerpt: describeShape(items),
        description: 'expected a JSON array of entities',
      });
    }
    if (response.resultsCount !== undefined) result.totalReported = response.resultsCount;
    // 206: a temporal broker cut an entity's history short; paging over entities goes on.
    if (response.status === 206) result.truncated = true;
    const total = result.totalReported;
    const requestedLimit = limitOf(request);
    offset += items.length;

    const { fresh, duplicates } = tally(items, seen);
    // A non-empty page with nothing new means the broker ignores offset: stop, and do not
    // count its repeats as data duplicates.
    if (items.length > 0 && fresh.length === 0) {
      if (total !== undefined && result.entities.length < total) result.truncated = true;
      break;
    }
    result.duplicateIds += duplicates;
    const room = maxEntities - result.entities.length;
    // A loop, not push(...spread): a broker ignoring limit may send 10⁵+ items in one page,
    // beyond the engine's argument-count limit.
    const counted = fresh.length > room ? fresh.slice(0, Math.max(0, room)) : fresh;
    for (const item of counted) result.entities.push(item);
    const capped = fresh.length > room;
    if (capped) result.truncated = true;

    const next = response.next;
    const done = isLastPage({
      received: items.length,
      requestedLimit,
      limit,
      offset,
      total,
      next,
      linked,
    });
    if (done || capped) {
      handOver(counted);
      break;
    }
    if (result.pages >= maxPages || result.entities.length >= maxEntities) {
      result.truncated = true;
      handOver(counted);
      break;
    }
    if (next !== undefined) {
      linked = true;
      request = next;
    } else request = pageAt(limit, offset);
    pending = transport.get(request, signal);
    // The next page is on its way; a failure of the hand-over must not leave it unawaited.
    try {
      handOver(counted);
    } catch (error) {
      pending.catch(() => undefined);
      throw error;
    }
  }
  return result;
}
