import type { FromWorker, ToWorker } from './protocol';

type Fetched = Extract<ToWorker, { kind: 'fetched' | 'fetch-failed' }>;

/**
 * A `fetch` for the worker that asks the page to make the request and hand back the body
 * as text. The page's fetch goes through the mock service worker in mock mode (a worker's
 * own fetch would not), and reading text is I/O, not parsing: the heavy part stays here.
 */
export function createProxyFetch(post: (message: FromWorker) => void) {
  let nextId = 1;
  const pending = new Map<number, (m: Fetched) => void>();

  const fetchViaPage: typeof fetch = (input, init) =>
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
      const url = input instanceof Request ? input.url : String(input);
      post({ kind: 'fetch', fetchId, url, headers: [...new Headers(init?.headers).entries()] });
    });

  return {
    fetch: fetchViaPage,
    settle(message: Fetched) {
      pending.get(message.fetchId)?.(message);
      pending.delete(message.fetchId);
    },
  };
}
