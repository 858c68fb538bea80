// @vitest-environment jsdom
import { QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../services/query-client';
import { HttpError } from '../../../api/ngsi/errors';
import { emptyReport } from '../../../api/entities/feed-report';
import type { FeedRunner } from '../../../api/worker/feed-runner';
import { shelterOverlaysQuery } from './live-feeds';

const POLL_MS = 2_000;

/**
 * A feed runner whose answers follow a script of the fake clock: `failure(now)` returns the
 * error to throw at that time, or undefined for a good answer. Records when it was called.
 */
function scriptedFeeds(failure: (now: number) => Error | undefined) {
  const calls: number[] = [];
  const run = () => {
    calls.push(Date.now());
    const error = failure(Date.now());
    return error
      ? Promise.reject(error)
      : Promise.resolve({
          items: [],
          report: emptyReport(),
          truncated: false,
          normalizedFallback: false,
        });
  };
  const feeds: FeedRunner = {
    run,
    master: () => Promise.reject(new Error('unused')),
    kept: () => Promise.reject(new Error('unused')),
    temporal: () => Promise.reject(new Error('unused')),
    presenceDay: () => Promise.reject(new Error('unused')),
    flowDay: () => Promise.reject(new Error('unused')),
    dispose: () => undefined,
  };
  return { feeds, calls };
}

const http = (status: number, retryAfterMs?: number) =>
  new HttpError({ target: '/entities', status, statusText: '', retryAfterMs, excerpt: '' });

async function observe(feeds: FeedRunner, forMs: number) {
  const client = createQueryClient();
  const observer = new QueryObserver(client, shelterOverlaysQuery({ feeds, pollMs: POLL_MS }));
  const successes: number[] = [];
  const unsubscribe = observer.subscribe((r) => {
    if (r.isSuccess && r.fetchStatus === 'idle' && !successes.includes(r.dataUpdatedAt))
      successes.push(r.dataUpdatedAt);
  });
  await vi.advanceTimersByTimeAsync(forMs);
  unsubscribe();
  client.clear();
  return successes;
}

const gaps = (times: readonly number[]) => times.slice(1).map((t, i) => t - times[i]!);

describe('live feed polling under faults (fake clock)', () => {
  let start = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    start = Date.now();
  });
  afterEach(() => vi.useRealTimers());

  it('retries with jittered backoff no longer than one poll interval, and recovers within one', async () => {
    const faultEnds = 20_000;
    const { feeds, calls } = scriptedFeeds((now) =>
      now - start >= 1_000 && now - start < faultEnds ? http(502) : undefined,
    );
    const successes = await observe(feeds, 40_000);
    const during = calls.filter((t) => t - start >= 1_000 && t - start < faultEnds);
    // Never longer than one poll interval between attempts, and no storm: at most one first
    // attempt and four retries per interval.
    for (const gap of gaps(during)) expect(gap).toBeLessThanOrEqual(POLL_MS);
    expect(during.length).toBeLessThanOrEqual(((faultEnds - 1_000) / POLL_MS) * 5);
    // Jitter: the waits are not all the same.
    expect(new Set(gaps(during)).size).toBeGreaterThan(gaps(during).length / 2);
    const recovered = successes.find((t) => t - start >= faultEnds);
    expect(recovered).toBeDefined();
    expect(recovered! - start - faultEnds).toBeLessThanOrEqual(POLL_MS);
  });

  it('keeps a Retry-After of 5 s between retries and across polls, then polls every 2 s again', async () => {
    const faultEnds = 30_000;
    const { feeds, calls } = scriptedFeeds((now) =>
      now - start >= 1_000 && now - start < faultEnds ? http(429, 5_000) : undefined,
    );
    const successes = await observe(feeds, 50_000);
    const failing = calls.filter((t) => t - start >= 1_000 && t - start < faultEnds);
    expect(failing.length).toBeGreaterThan(4);
    const recovered = successes.find((t) => t - start >= faultEnds);
    expect(recovered).toBeDefined();
    // Every attempt after a 429 waits the 5 s asked for, including the poll that follows the
    // last retry of a round, up to the first good answer.
    const waited = calls.filter((t) => t >= failing[0]! && t <= recovered!);
    expect(waited.length).toBeGreaterThan(failing.length);
    for (const gap of gaps(waited)) expect(gap).toBeGreaterThanOrEqual(5_000);
    expect(recovered! - start - faultEnds).toBeLessThanOrEqual(5_000 + POLL_MS);
    const later = calls.filter((t) => t > recovered! + 1);
    for (const gap of gaps(later)) expect(gap).toBe(POLL_MS);
  });

  it('does not retry a refused key, and polls again at the interval', async () => {
    const { feeds, calls } = scriptedFeeds((now) => (now - start >= 1_000 ? http(401) : undefined));
    await observe(feeds, 11_000);
    const failing = calls.filter((t) => t - start >= 1_000);
    for (const gap of gaps(failing)) expect(gap).toBe(POLL_MS);
  });
});
