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
