/** Reading and carrying over counts and scans between polls (pure). */
import type { Measure, NewestScan } from './types';

/** The count a measure stands for (a kept one included), or undefined when there is none. */
export function countOf(m: Measure): number | undefined {
  return m.state === 'ok' || m.state === 'stale' ? m.value : undefined;
}

/**
 * A failed count keeps the last good one, marked stale with the failure; anything else
 * replaces it (a broker that now refuses the query is shown as refusing, not as last time).
 */
export function carryMeasure(previous: Measure | undefined, next: Measure): Measure {
  if (next.state !== 'failed' || previous === undefined) return next;
  if (previous.state !== 'ok' && previous.state !== 'stale') return next;
  return {
    state: 'stale',
    value: previous.value,
    at: previous.at,
    error: next.error,
    failedAt: next.failedAt,
  };
}

/** The same for a type's newest-record pass. */
export function carryScan(previous: NewestScan | undefined, next: NewestScan): NewestScan {
  if (next.state !== 'failed' || previous === undefined) return next;
  if (previous.state !== 'ok' && previous.state !== 'stale') return next;
  return { ...previous, state: 'stale', error: next.error };
}
