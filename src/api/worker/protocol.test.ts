import { describe, expect, it } from 'vitest';
import {
  HttpError,
  InvalidResponseError,
  NetworkError,
  ProblemDetailsError,
  TimeoutError,
  isNgsiError,
} from '../ngsi/errors';
import { isRetryable } from '../ngsi/retry';
import { fromWire, toWire } from './protocol';

describe('errors cross the worker boundary as data and come back typed', () => {
  const target = '/entities?type=X';
  it.each<[string, Error]>([
    [
      'problem',
      new ProblemDetailsError({
        target,
        status: 404,
        problemType: 'https://uri.etsi.org/ngsi-ld/errors/NonexistentTenant',
        ngsiError: 'NonexistentTenant',
        title: 't',
        detail: 'd',
        retryAfterMs: undefined,
      }),
    ],
    [
      'http',
      new HttpError({
        target,
        status: 503,
        statusText: 'Service Unavailable',
        retryAfterMs: 30_000,
        excerpt: '',
      }),
    ],
    ['network', new NetworkError({ target, cause: new TypeError('x') })],
    ['timeout', new TimeoutError({ target, timeoutMs: 20_000 })],
    [
      'invalid-response',
      new InvalidResponseError({
        target,
        status: 200,
        reason: 'truncated',
        excerpt: '[{',
        description: 'cut',
      }),
    ],
  ])('%s', (kind, error) => {
    const back = fromWire(structuredClone(toWire(error, false)));
    expect(isNgsiError(back)).toBe(true);
    expect(back).toMatchObject({ kind, target, message: error.message });
    expect(isRetryable(back)).toBe(isRetryable(error));
  });

  it('an abort stays an abort', () => {
    const back = fromWire(toWire(new Error('whatever'), true));
    expect(back.name).toBe('AbortError');
  });

  it('anything else becomes a plain error with its message', () => {
    expect(fromWire(toWire(new RangeError('boom'), false)).message).toBe('boom');
  });
});
