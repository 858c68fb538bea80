import type { FetchAnswer, FetchAsk } from './protocol';

/**
 * A `fetch` answered over messages: each request is posted as a `FetchAsk`, and `settle`
 * resolves it with the `FetchAnswer` that comes back, the body as text. The feed worker asks
 * the page (whose fetch the mock's service worker or a session's token serve), or in mock mode
 * the mock's own worker; the page's mock handler asks that worker too. Reading text is I/O, not
 * parsing: the heavy part stays with the asker.
 */
export function createProxyFetch(post: (message: FetchAsk) => void) {
  let nextId = 1;
  const pending = new Map<number, (m: FetchAnswer) => void>();

  const fetchViaMessages: typeof fetch = (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const fetchId = nextId++;
      const signal = init?.signal ?? undefined;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => {
        pending.delete(fetchId);
        post({ kind: 'fetch-abort', fetchId });
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      pending.set(fetchId, (m) => {
        signal?.removeEventListener('abort', onAbort);
        if (m.kind === 'fetched') {
          // 204/304 may not carry a body in a Response.
          const body = m.status === 204 || m.status === 304 ? null : m.body;
          resolve(
            new Response(body, { status: m.status, statusText: m.statusText, headers: m.headers }),
          );
        } else reject(new TypeError(m.message));
      });
      const request = input instanceof Request ? input : undefined;
      const headers = new Headers(init?.headers ?? request?.headers);
      const body = init?.body;
      post({
        kind: 'fetch',
        fetchId,
        url: request ? request.url : String(input),
        method: init?.method ?? request?.method ?? 'GET',
        headers: [...headers.entries()],
        ...(typeof body === 'string' && { body }),
      });
    });

  return {
    fetch: fetchViaMessages,
    settle(message: FetchAnswer) {
      pending.get(message.fetchId)?.(message);
      pending.delete(message.fetchId);
    },
  };
}

/** Where asks go and answers come back: a MessagePort, or a worker seen from the page. */
export interface AskPort {
  postMessage(ask: FetchAsk): void;
  onmessage: ((event: MessageEvent<FetchAnswer>) => void) | null;
}

/** `createProxyFetch` over a port whose every message is an answer. */
export function proxyFetchOver(port: AskPort): typeof fetch {
  const proxy = createProxyFetch((ask) => port.postMessage(ask));
  port.onmessage = (event) => proxy.settle(event.data);
  return proxy.fetch;
}

/**
 * The other side of `createProxyFetch`: one asked request answered by `respond` (the page's
 * fetch, or the embedded mock's handlers), the body as text. A response that is a network error
 * (`Response.error()`) and a `respond` that throws fail the fetch.
 */
export async function answerAsk(
  ask: Extract<FetchAsk, { kind: 'fetch' }>,
  signal: AbortSignal,
  respond: typeof fetch,
): Promise<FetchAnswer> {
  const { fetchId } = ask;
  try {
    const response = await respond(ask.url, {
      method: ask.method,
      headers: ask.headers,
      signal,
      ...(ask.body !== undefined && { body: ask.body }),
    });
    if (response.type === 'error')
      return { kind: 'fetch-failed', fetchId, message: 'Failed to fetch', aborted: false };
    return {
      kind: 'fetched',
      fetchId,
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body: await response.text(),
    };
  } catch (error) {
    return {
      kind: 'fetch-failed',
      fetchId,
      message: error instanceof Error ? error.message : String(error),
      aborted: signal.aborted,
    };
  }
}

/**
 * Answers asks as they arrive (`handle`) and posts each answer; an aborted ask is answered no
 * more (its asker has already given up on it), and `abortAll` stops every one still running.
 */
export function createAskAnswerer(respond: typeof fetch, post: (answer: FetchAnswer) => void) {
  const running = new Map<number, AbortController>();
  return {
    handle(ask: FetchAsk): void {
      if (ask.kind === 'fetch-abort') {
        running.get(ask.fetchId)?.abort();
        running.delete(ask.fetchId);
        return;
      }
      const controller = new AbortController();
      running.set(ask.fetchId, controller);
      void answerAsk(ask, controller.signal, respond).then((answer) => {
        if (running.delete(ask.fetchId)) post(answer);
      });
    },
    abortAll(): void {
      for (const controller of running.values()) controller.abort();
      running.clear();
    },
  };
}
