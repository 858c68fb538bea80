/**
 * A polled feed's health from its TanStack Query state, for the data panel and the API
 * banner. Pure: no React, so the rules are tested on their own.
 */

/** The parts of a query result that say how its latest attempts went. */
export interface PolledState {
  /** The last fetch's final failure; kept until a fetch succeeds. */
  error: unknown;
  /** The latest failed attempt of the fetch in progress (retries included), else null. */
  failureReason: unknown;
  /** `paused`: TanStack Query holds the fetch because the browser is offline. */
  fetchStatus: 'fetching' | 'paused' | 'idle';
}

export type FeedProblem = { kind: 'offline' } | { kind: 'failed'; error: unknown };

/**
 * What is wrong with a feed now, if anything: offline while its fetch is held; else the
 * latest failure, shown from the first failed attempt rather than after the last retry.
 */
export function feedProblem(q: PolledState): FeedProblem | undefined {
  if (q.fetchStatus === 'paused') return { kind: 'offline' };
  const error = q.failureReason ?? q.error;
  return error === null || error === undefined ? undefined : { kind: 'failed', error };
}

/**
 * The API as a whole: `offline` or `failing` when every live feed has a problem (offline
 * wins, it is the cause), undefined while any of them still gets answers.
 */
export function apiOutage(
  polled: readonly PolledState[],
): { kind: 'offline' } | { kind: 'failing'; error: unknown } | undefined {
  const problems = polled.map(feedProblem);
  if (problems.length === 0 || problems.some((p) => p === undefined)) return undefined;
  if (problems.some((p) => p?.kind === 'offline')) return { kind: 'offline' };
  const first = problems.find((p) => p?.kind === 'failed');
  return first?.kind === 'failed' ? { kind: 'failing', error: first.error } : undefined;
}
