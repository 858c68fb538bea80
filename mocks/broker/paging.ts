import { SPEC_DEFAULT_LIMIT } from './constants';
import type { BrokerOptions } from './options';
import { badRequest, NgsiError } from './problem';

export interface Paging {
  limit: number;
  offset: number;
  count: boolean;
}

function nonNegativeInt(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw)) throw badRequest(`${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw);
}

/** `limit`, `offset` and `count` with the spec's rules and the broker's page-size policy. */
export function parsePaging(url: URL, options: BrokerOptions): Paging {
  const countRaw = url.searchParams.get('count');
  if (countRaw !== null && countRaw !== 'true' && countRaw !== 'false')
    throw badRequest(`count must be true or false, got "${countRaw}"`);
  const count = countRaw === 'true';
  const offset = nonNegativeInt(url, 'offset') ?? 0;
  let limit = nonNegativeInt(url, 'limit') ?? SPEC_DEFAULT_LIMIT;
  // limit=0 is how a client asks for the count alone; without count it asks for nothing.
  if (limit === 0 && !count) throw badRequest('limit=0 is only allowed with count=true');
  if (limit > options.maxLimit) {
    const detail = `limit ${limit} exceeds the maximum page size ${options.maxLimit}`;
    if (options.overLimit === 'badRequest') throw badRequest(detail);
    if (options.overLimit === 'tooManyResults')
      throw new NgsiError('TooManyResults', 'Too many results', detail);
    limit = options.maxLimit;
  }
  return { limit, offset, count };
}

/** One page of the matches, unless the broker imitates one that ignores paging. */
export function page<T>(items: readonly T[], paging: Paging, options: BrokerOptions): T[] {
  if (options.ignorePaging) return [...items];
  return items.slice(paging.offset, paging.offset + paging.limit);
}
