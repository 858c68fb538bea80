import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpTransport } from './http-transport';

const CONTEXT = 'https://ctx.test/context.jsonld';
const PAGE = 'https://dash.example/pref/index.html';
/** Where a feed worker runs: its own location is its script's, under /assets/. */
const WORKER_SCRIPT = 'https://dash.example/pref/assets/feed.worker-Ab12.js';

/** The URL one request goes to, from a thread whose `location` is `threadHref`. */
async function requestedUrl(
  apiBaseUrl: string,
  threadHref: string | undefined,
  pageHref?: string,
): Promise<string> {
  if (threadHref !== undefined) vi.stubGlobal('location', { href: threadHref });
  let seen = '';
  const fetch = ((input: string) => {
    seen = input;
    return Promise.resolve(new Response('[]', { status: 200 }));
  }) as typeof globalThis.fetch;
  const transport = createHttpTransport({
    apiBaseUrl,
    contextUrl: CONTEXT,
    fetch,
    ...(pageHref !== undefined && { pageHref }),
  });
  await transport.get({ path: '/entities', query: [['type', 'EvacuationSite']] });
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the API base is the page’s, in every thread', () => {
  it.each([
    // [apiBaseUrl, thread location, page handed over, expected request]
    ['.', PAGE, undefined, 'https://dash.example/pref/ngsi-ld/v1/entities?type=EvacuationSite'],
    ['.', WORKER_SCRIPT, PAGE, 'https://dash.example/pref/ngsi-ld/v1/entities?type=EvacuationSite'],
    ['', WORKER_SCRIPT, PAGE, 'https://dash.example/ngsi-ld/v1/entities?type=EvacuationSite'],
    [
      'api/',
      WORKER_SCRIPT,
      PAGE,
      'https://dash.example/pref/api/ngsi-ld/v1/entities?type=EvacuationSite',
    ],
    [
      'https://broker.example/linkage',
      WORKER_SCRIPT,
      PAGE,
      'https://broker.example/linkage/ngsi-ld/v1/entities?type=EvacuationSite',
    ],
  ])('apiBaseUrl %j from %s (page %s)', async (apiBaseUrl, thread, page, expected) => {
    expect(await requestedUrl(apiBaseUrl, thread, page)).toBe(expected);
  });
});
