/** How current a feed's data is, judged against its own poll interval. */
export type Freshness = 'none' | 'fresh' | 'aging' | 'stale';

/** Amber past 2× the poll interval, red past 5×: a missed poll or two is not yet an alarm. */
export const AGING_FACTOR = 2;
export const STALE_FACTOR = 5;

export function freshnessOf(updatedAt: number, now: number, pollMs: number): Freshness {
  if (updatedAt <= 0) return 'none';
  const age = now - updatedAt;
  if (age > STALE_FACTOR * pollMs) return 'stale';
  if (age > AGING_FACTOR * pollMs) return 'aging';
  return 'fresh';
}
