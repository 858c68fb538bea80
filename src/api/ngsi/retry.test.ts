import { describe, expect, it } from 'vitest';
import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  ProblemDetailsError,
  TimeoutError,
} from './errors';
import { isRetryable, nextPollMs, parseRetryAfter, retryDelayMs } from './retry';
import { mulberry32 } from '../../../mocks/scenarios/prng';

const target = '/entities';
const http = (status: number, retryAfterMs?: number) =>
  new HttpError({ target, status, statusText: '', retryAfterMs, excerpt: '' });
const problem = (status: number, retryAfterMs?: number) =>
  new ProblemDetailsError({
    target,
    status,
    problemType: 'x',
    ngsiError: undefined,
    title: undefined,
    detail: undefined,
    retryAfterMs,
  });
const invalid = (reason: 'not-json' | 'truncated' | 'wrong-shape') =>
  new InvalidResponseError({ target, status: 200, reason, excerpt: '', description: '' });

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-09-01T00:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Tue, 01 Sep 2026 00:00:30 GMT', 30_000],
    ['Mon, 31 Aug 2026 23:00:00 GMT', 0], // in the past
    ['soon', undefined],
    ['-5', undefined],
    ['1.5', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('isRetryable', () => {
  it.each([
    ['timeout', new TimeoutError({ target, timeoutMs: 1 }), true],
    ['network', new NetworkError({ target, cause: new TypeError('fetch failed') }), true],
    ['502 html', http(502), true],
    ['503 empty', http(503), true],
    ['504 LdContextNotAvailable', problem(504), true],
    ['500 InternalError', problem(500), true],
    ['429', http(429), true],
    ['408', http(408), true],
    ['501 no temporal API', http(501), false],
    ['400', problem(400), false],
    ['401', http(401), false],
    ['403', http(403), false],
    ['404', problem(404), false],
    ['truncated body', invalid('truncated'), true],
    ['not json', invalid('not-json'), false],
    ['wrong shape', invalid('wrong-shape'), false],
    ['abort', new DOMException('aborted', 'AbortError'), false],
    ['plain error', new Error('x'), false],
    ['non-error', 'boom', false],
  ])('%s', (_name, error, expected) => {
    expect(isRetryable(error)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  const network = new NetworkError({ target, cause: undefined });
  it('stays within the full-jitter window, doubling up to the cap', () => {
    for (let attempt = 0; attempt < 12; attempt += 1) {
      const window = Math.min(30_000, 1000 * 2 ** attempt);
      expect(retryDelayMs(attempt, network, { random: () => 0 })).toBe(0);
      expect(retryDelayMs(attempt, network, { random: () => 0.999999 })).toBeLessThanOrEqual(
        window,
      );
      expect(retryDelayMs(attempt, network, { random: () => 0.999999 })).toBeGreaterThan(
        window * 0.99,
      );
      const d = retryDelayMs(attempt, network);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(30_000);
    }
  });
  it('survives silly input', () => {
    expect(retryDelayMs(Number.NaN, network, { random: () => 0.5 })).toBe(500);
    expect(retryDelayMs(-3, network, { random: () => 0.5 })).toBe(500);
    expect(retryDelayMs(1e9, network, { random: () => 2 })).toBe(30_000);
    expect(retryDelayMs(0, network, { random: () => Number.NaN })).toBe(0);
  });
  it('honours Retry-After, capped', () => {
    expect(retryDelayMs(0, http(503, 7_000))).toBe(7_000);
    expect(retryDelayMs(5, http(429, 0))).toBe(0);
    expect(retryDelayMs(0, http(503, 86_400_000))).toBe(300_000);
    expect(retryDelayMs(0, http(503, 86_400_000), { maxRetryAfterMs: 60_000 })).toBe(60_000);
  });
});

describe('retryDelayMs: full jitter', () => {
  const network = new NetworkError({ target, cause: undefined });
  it.each([0, 1, 2, 3, 4])(
    'spreads retry %i evenly over its whole window, not around a fixed delay',
    (attempt) => {
      const window = 1000 * 2 ** attempt;
      const random = mulberry32(attempt + 1);
      const samples = Array.from({ length: 2000 }, () =>
        retryDelayMs(attempt, network, { random }),
      );
      const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
      expect(Math.min(...samples)).toBeLessThan(window * 0.02);
      expect(Math.max(...samples)).toBeGreaterThan(window * 0.98);
      expect(mean / window).toBeGreaterThan(0.45);
      expect(mean / window).toBeLessThan(0.55);
      // Each quarter of the window gets about a quarter of the retries.
      for (let q = 0; q < 4; q += 1) {
        const share =
          samples.filter((d) => d >= (q * window) / 4 && d < ((q + 1) * window) / 4).length /
          samples.length;
        expect(share).toBeGreaterThan(0.2);
        expect(share).toBeLessThan(0.3);
      }
    },
  );
  it('caps the window at maxMs (a feed polled every 2 s never waits longer than that)', () => {
    for (let attempt = 0; attempt < 8; attempt += 1)
      expect(retryDelayMs(attempt, network, { maxMs: 2_000, random: () => 0.999999 })).toBeLessThan(
        2_000,
      );
    expect(retryDelayMs(0, network, { maxMs: 2_000, random: () => 0.999999 })).toBeLessThan(1_000);
  });
  it('honours Retry-After from ProblemDetails too, above maxMs', () => {
    expect(retryDelayMs(0, problem(503, 4_000), { maxMs: 2_000 })).toBe(4_000);
    expect(retryDelayMs(3, problem(504), { maxMs: 2_000, random: () => 0.5 })).toBe(1_000);
  });
});

describe('nextPollMs', () => {
  it.each([
    ['no failure', undefined, 2_000],
    ['a failure without Retry-After', http(502), 2_000],
    ['Retry-After shorter than the interval', http(429, 1_000), 2_000],
    ['Retry-After longer than the interval', http(503, 7_000), 7_000],
    ['Retry-After in ProblemDetails', problem(503, 5_000), 5_000],
    ['an absurd Retry-After, capped', http(503, 86_400_000), 300_000],
    ['a network failure', new NetworkError({ target, cause: undefined }), 2_000],
  ])('%s', (_name, error, expected) => {
    expect(nextPollMs(2_000, error)).toBe(expected);
  });
});
