import { describe, expect, it } from 'vitest';
import { apiOutage, feedProblem, type PolledState } from './feed-health';

const ok: PolledState = { error: null, failureReason: null, fetchStatus: 'idle' };
const old = new Error('last fetch failed');
const fresh = new Error('this attempt failed');

describe('feedProblem', () => {
  it.each<[string, PolledState, ReturnType<typeof feedProblem>]>([
    ['all well', ok, undefined],
    ['fetching, no failure yet', { ...ok, fetchStatus: 'fetching' }, undefined],
    [
      'first attempt failed, retry pending',
      { ...ok, failureReason: fresh, fetchStatus: 'fetching' },
      { kind: 'failed', error: fresh },
    ],
    [
      'last fetch failed',
      { ...ok, error: old, failureReason: old },
      { kind: 'failed', error: old },
    ],
    [
      'refetching after a failure',
      { error: old, failureReason: null, fetchStatus: 'fetching' },
      { kind: 'failed', error: old },
    ],
    [
      'a newer attempt failed',
      { error: old, failureReason: fresh, fetchStatus: 'fetching' },
      { kind: 'failed', error: fresh },
    ],
    ['held offline', { ...ok, fetchStatus: 'paused' }, { kind: 'offline' }],
    [
      'held offline after a failure',
      { error: old, failureReason: fresh, fetchStatus: 'paused' },
      { kind: 'offline' },
    ],
  ])('%s', (_name, state, expected) => {
    expect(feedProblem(state)).toEqual(expected);
  });
});

describe('apiOutage', () => {
  const failed: PolledState = { ...ok, error: old, failureReason: old };
  const offline: PolledState = { ...ok, fetchStatus: 'paused' };
  it.each<[string, PolledState[], ReturnType<typeof apiOutage>]>([
    ['no feeds', [], undefined],
    ['all well', [ok, ok, ok], undefined],
    ['one feed still answers', [failed, ok, failed], undefined],
    ['every feed failed', [failed, failed, failed], { kind: 'failing', error: old }],
    ['offline', [offline, offline, failed], { kind: 'offline' }],
    ['offline but one feed answered', [offline, ok, offline], undefined],
  ])('%s', (_name, polled, expected) => {
    expect(apiOutage(polled)).toEqual(expected);
  });
});
