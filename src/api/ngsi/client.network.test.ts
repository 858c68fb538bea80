import { createServer } from 'node:net';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { describe, expect, it } from 'vitest';
import { createNgsiClient } from './client';
import { NetworkError, TimeoutError, isAbortError, isNgsiError } from './errors';
import { isRetryable } from './retry';
import { API, BROKER } from './testing/fake-broker';
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

describe('timeouts and cancellation', () => {
  it('times out while waiting for headers', async () => {
    answer(async () => {
      await delay(2_000);
      return HttpResponse.json([]);
    });
    const error = await query(50);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'timeout', timeoutMs: 50 });
    expect(isRetryable(error)).toBe(true);
  });

  it('times out while a body stalls half-way, even if fetch does not tie the body to the signal', async () => {
    // An injected fetch rather than MSW: aborting a half-sent mocked body trips an undici
    // assertion inside MSW's socket interceptor, which is not what this test is about.
    const stalled: typeof fetch = () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('[{"id":"urn:a",'));
        },
      });
      return Promise.resolve(
        new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }),
      );
    };
    const ngsi = createNgsiClient({
      apiBaseUrl: BROKER,
      contextUrl: 'https://ctx.test/c.jsonld',
      timeoutMs: 100,
      fetch: stalled,
    });
    expect(await failure(ngsi.queryEntities({ type: 'X' }))).toBeInstanceOf(TimeoutError);
  });

  it('passes the caller abort through untouched, not as a failure', async () => {
    answer(async () => {
      await delay(2_000);
      return HttpResponse.json([]);
    });
    const controller = new AbortController();
    const pending = query(5_000, controller.signal);
    setTimeout(() => controller.abort(), 20);
    const error = await pending;
    expect(isAbortError(error)).toBe(true);
    expect(isNgsiError(error)).toBe(false);
    expect(error).toBe(controller.signal.reason);
    expect(isRetryable(error)).toBe(false);
  });

  it('does not even send a request when already aborted', async () => {
    let requests = 0;
    answer(() => {
      requests += 1;
      return HttpResponse.json([]);
    });
    const controller = new AbortController();
    const reason = new DOMException('navigated away', 'AbortError');
    controller.abort(reason);
    expect(await query(undefined, controller.signal)).toBe(reason);
    expect(requests).toBe(0);
  });
});

describe('network failures', () => {
  async function closedPort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
  }

  it('connection refused is a NetworkError', async () => {
    const port = await closedPort();
    const base = `http://127.0.0.1:${port}`;
    // Let this one request reach the real (closed) socket instead of MSW.
    server.use(http.get(`${base}/*`, () => passthrough()));
    const ngsi = createNgsiClient({
      apiBaseUrl: base,
      contextUrl: 'https://ctx.test/c.jsonld',
      timeoutMs: 5_000,
    });
    const error = await failure(ngsi.queryEntities({ type: 'X' }));
    expect(error).toBeInstanceOf(NetworkError);
    expect(isRetryable(error)).toBe(true);
  });

  it('a fetch that throws (offline, CORS) is a NetworkError', async () => {
    const offline: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const ngsi = createNgsiClient({
      apiBaseUrl: BROKER,
      contextUrl: 'https://ctx.test/c.jsonld',
      fetch: offline,
    });
    const error = await failure(ngsi.getTypes());
    expect(error).toMatchObject({ kind: 'network', cause: new TypeError('Failed to fetch') });
  });

  it('a relative apiBaseUrl with no page to resolve against fails typed, not thrown', async () => {
    const ngsi = createNgsiClient({ apiBaseUrl: '.', contextUrl: 'https://ctx.test/c.jsonld' });
    expect(await failure(ngsi.queryEntities({ type: 'X' }))).toMatchObject({
      kind: 'network',
      message: expect.stringContaining('relative'),
    });
  });
});
