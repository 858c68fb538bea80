/**
 * One pass over a type's entities for the newest record per municipality. First with
 * `options=sysAttrs` and only `localGovernmentCode` (small pages); when the broker gives no
 * system times (or refuses the option), a second pass over whole entities for `observedAt`.
 * Neither found: the source is `none` and every cell says "unknown".
 */
import type { NgsiClient } from '../../../api/ngsi/client';
import { isAbortError } from '../../../api/ngsi/errors';
import type { NewestScan } from '../model/types';
import { errorText, refusalOf } from './outcome';
import { CODE_ATTRIBUTE, readNewest } from './read-newest';

/** A pass reads at most this many entities; beyond it the times are those of the ones read. */
export const SCAN_MAX_ENTITIES = 50_000;
const PAGE_SIZE = 1000;

const hasAny = (r: Record<string, number>) => Object.keys(r).length > 0;

async function systemTimes(client: NgsiClient, type: string, signal?: AbortSignal) {
  try {
    const page = await client.queryEntities({
      type,
      attrs: [CODE_ATTRIBUTE],
      sysAttrs: true,
      pageSize: PAGE_SIZE,
      maxEntities: SCAN_MAX_ENTITIES,
      signal,
    });
    return { newest: readNewest(page.entities).modifiedAt, truncated: page.truncated };
  } catch (error) {
    // A broker that does not know sysAttrs may refuse it: the second pass still runs.
    if (refusalOf(error)?.status === 400 || refusalOf(error)?.status === 501) return undefined;
    throw error;
  }
}

export async function scanNewest(
  client: NgsiClient,
  type: string,
  now: () => number,
  signal?: AbortSignal,
): Promise<NewestScan> {
  try {
    const first = await systemTimes(client, type, signal);
    if (first && hasAny(first.newest))
      return { state: 'ok', source: 'modifiedAt', ...first, at: now() };
    const page = await client.queryEntities({
      type,
      pageSize: PAGE_SIZE,
      maxEntities: SCAN_MAX_ENTITIES,
      signal,
    });
    const observed = readNewest(page.entities).observedAt;
    return {
      state: 'ok',
      source: hasAny(observed) ? 'observedAt' : 'none',
      newest: observed,
      truncated: page.truncated,
      at: now(),
    };
  } catch (error) {
    if (isAbortError(error)) throw error;
    const refusal = refusalOf(error);
    if (refusal) return { state: 'unsupported', ...refusal };
    return { state: 'failed', error: errorText(error), failedAt: now() };
  }
}
