import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNgsiClient } from './client';
import { HttpError, InvalidResponseError, ProblemDetailsError } from './errors';
import { isRetryable } from './retry';
import { API, BROKER, problem } from './testing/fake-broker';
import { mswServerForThisFile } from './testing/msw-server';

const server = mswServerForThisFile();

const client = (timeoutMs?: number) =>
  createNgsiClient({ apiBaseUrl: BROKER, contextUrl: 'https://ctx.test/c.jsonld', timeoutMs });
const answer = (respond: () => Response | Promise<Response>) =>
  server.use(http.get(`${API}/entities`, respond));
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
const query = (timeoutMs?: number, signal?: AbortSignal) =>
  failure(client(timeoutMs).queryEntities({ type: 'X', signal }));

describe('ProblemDetails', () => {
  it.each([
    [400, 'BadRequestData'],
    [400, 'InvalidRequest'],
    [404, 'ResourceNotFound'],
    [404, 'NonexistentTenant'],
    [500, 'InternalError'],
    [504, 'LdContextNotAvailable'],
    [501, 'OperationNotSupported'],
  ])('%i %s', async (status, name) => {
    answer(() => problem(status, name, 'invalid q'));
    const error = await query();
    expect(error).toBeInstanceOf(ProblemDetailsError);
    expect(error).toMatchObject({
      kind: 'problem',
      status,
      ngsiError: name,
      title: name,
      detail: 'invalid q',
      target: expect.stringContaining('/entities?type=X'),
    });
  });

  it('keeps an unknown problem type as its URI', async () => {
    answer(() =>
      HttpResponse.json(
        { type: 'https://gw.example.jp/problems/quota', title: 'Quota' },
        { status: 429, headers: { 'Retry-After': '12' } },
      ),
    );
    expect(await query()).toMatchObject({
      kind: 'problem',
      problemType: 'https://gw.example.jp/problems/quota',
      ngsiError: undefined,
      retryAfterMs: 12_000,
    });
  });
});

describe('HTTP errors without ProblemDetails', () => {
  it('HTML 502 from a gateway', async () => {
    answer(
      () =>
        new HttpResponse(
          `<html><head><title>502 Bad Gateway</title></head><body>${'x'.repeat(5000)}</body></html>`,
          { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } },
        ),
    );
    const error = await query();
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 502,
      statusText: 'Bad Gateway',
      retryAfterMs: undefined,
    });
    expect(error instanceof HttpError && error.excerpt.length).toBeLessThanOrEqual(161);
    expect(isRetryable(error)).toBe(true);
  });

  it('empty 503 with Retry-After seconds', async () => {
    answer(() => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '30' } }));
    expect(await query()).toMatchObject({
      kind: 'http',
      status: 503,
      retryAfterMs: 30_000,
      excerpt: '',
    });
  });

  it('503 with Retry-After as an HTTP date', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    answer(() => new HttpResponse('', { status: 503, headers: { 'Retry-After': at } }));
    const error = await query();
    const ms = error instanceof HttpError ? error.retryAfterMs : undefined;
    expect(ms).toBeGreaterThan(55_000);
    expect(ms).toBeLessThanOrEqual(60_000);
  });

  it.each([401, 403, 429])('bare %i', async (status) => {
    answer(() => new HttpResponse(null, { status }));
    const error = await query();
    expect(error).toMatchObject({ kind: 'http', status });
    expect(isRetryable(error)).toBe(status === 429);
  });

  it('JSON error body that is not ProblemDetails', async () => {
    answer(() => HttpResponse.json({ message: 'Unauthorized' }, { status: 401 }));
    expect(await query()).toMatchObject({
      kind: 'http',
      status: 401,
      excerpt: '{"message":"Unauthorized"}',
    });
  });
});

describe('invalid 2xx bodies', () => {
  it.each([
    ['HTML login page', '<!doctype html><html><body>Sign in</body></html>', 'not-json'],
    ['empty body', '', 'not-json'],
    ['truncated array', '[{"id":"urn:a","type":"X"},{"id":"urn:b","ty', 'truncated'],
    ['truncated object', '{"typeList":["A",', 'truncated'],
  ])('%s', async (_name, body, reason) => {
    answer(
      () =>
        new HttpResponse(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    const error = await query();
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ kind: 'invalid-response', reason, status: 200 });
  });

  it('keeps only a short excerpt of a huge bad body', async () => {
    answer(() => new HttpResponse(`oops ${'y'.repeat(1_000_000)}`, { status: 200 }));
    const error = await query();
    expect(error instanceof InvalidResponseError && error.excerpt.length).toBeLessThanOrEqual(161);
    expect(error instanceof Error && error.message.length).toBeLessThan(300);
  });
});
