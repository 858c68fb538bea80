import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { proxyFetchOver } from '../src/api/worker/proxy-fetch';
import { servedByMock } from './worker/routes';

/**
 * Serves the page's own API requests (the platform screen's checks, the catalogue, an entity
 * read) from the mock's worker (mocks/worker/broker.worker.ts), through msw's service worker:
 * one handler takes every URL the mock answers and hands it over. The feed worker's requests
 * do not come this way: it asks the mock's worker directly. Resolves once the service worker
 * is serving.
 */
export async function startBrowserMock(mockWorker: Worker): Promise<void> {
  const viaMock = proxyFetchOver(mockWorker);
  const forward = http.all(
    ({ request }) => servedByMock(request.url),
    async ({ request }) => {
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      try {
        return await viaMock(request.url, {
          method: request.method,
          headers: request.headers,
          signal: request.signal,
          ...(hasBody && { body: await request.text() }),
        });
      } catch {
        // The mock's network error (an unreachable catalogue), or the request aborted.
        return Response.error();
      }
    },
  );
  await setupWorker(forward).start({
    // Relative to the page, so the app also works when served from a sub-path.
    serviceWorker: { url: './mockServiceWorker.js' },
    quiet: true,
    // The page loads its own scripts, styles and basemap data: let those through untouched.
    onUnhandledFrame: 'bypass',
  });
}
