import { describe, expect, it } from 'vitest';
import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  ProblemDetailsError,
  TimeoutError,
} from './errors';
import { isRetryable, parseRetryAfter, retryDelayMs } from './retry';

const target = '/entities';
const http = (status: number, retryAfterMs?: number) =>
  new HttpError({ target, status, statusText: '', retryAfterMs, excerpt: '' });
const problem = (status: number) =>
  new ProblemDetailsError({
    target,
    status,
    problemType: 'x',
    ngsiError: undefined,
    title: undefined,
    detail: undefined,
    retryAfterMs: undefined,
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
