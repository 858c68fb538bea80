import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNgsiClient } from './client';
import { API, BROKER, entities, fakeBroker } from './testing/fake-broker';
import { mswServerForThisFile } from './testing/msw-server';

const server = mswServerForThisFile();
afterEach(() => vi.unstubAllGlobals());

const CONTEXT = 'https://ctx.test/nagasaki/context.jsonld';
const SECRET = 'Bearer eyJ.top-secret.sig';

describe('request headers', () => {
  it('sends Accept, Link, tenant and the auth header on every request', async () => {
    const broker = fakeBroker({ entities: entities(3) });
    server.use(broker.handler);
    const ngsi = createNgsiClient({
      apiBaseUrl: `${BROKER}/`,
      contextUrl: CONTEXT,
      tenant: 'nagasaki',
      authHeader: { name: 'Authorization', value: SECRET },
    });
    await ngsi.queryEntities({ type: 'EvacuationShelter', pageSize: 2 });
    expect(broker.seen).toHaveLength(2);
    for (const { headers } of broker.seen) {
      expect(headers).toMatchObject({
        accept: 'application/json',
        link: `<${CONTEXT}>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`,
        'ngsild-tenant': 'nagasaki',
        authorization: SECRET,
      });
    }
  });

  it('sends no tenant header when none is configured, and a custom API-key header', async () => {
    const broker = fakeBroker({ entities: [] });
    server.use(broker.handler);
    await createNgsiClient({
      apiBaseUrl: BROKER,
      contextUrl: CONTEXT,
      authHeader: { name: 'X-Api-Key', value: 'k-123' },
    }).queryEntities({ type: 'X' });
    expect(broker.seen[0]?.headers).not.toHaveProperty('ngsild-tenant');
    expect(broker.seen[0]?.headers).not.toHaveProperty('authorization');
    expect(broker.seen[0]?.headers['x-api-key']).toBe('k-123');
  });

  it('never puts the credential into an error', async () => {
    server.use(
      http.get(
        `${API}/entities`,
        () => new HttpResponse(null, { status: 401, statusText: 'Unauthorized' }),
      ),
    );
    const ngsi = createNgsiClient({
      apiBaseUrl: BROKER,
      contextUrl: CONTEXT,
      authHeader: { name: 'Authorization', value: SECRET },
    });
    const error: unknown = await ngsi.queryEntities({ type: 'X' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 401 });
    const visible =
      error instanceof Error
        ? `${String(error)} ${error.stack ?? ''} ${JSON.stringify(error)}`
        : '';
    expect(visible).not.toContain('top-secret');
  });

  it.each([
    ['.', 'http://broker.test/gw/index.html'],
    ['..', 'http://broker.test/gw/dashboard/index.html'],
    ['', 'http://broker.test/somewhere/else'],
  ])('resolves apiBaseUrl %j against the page %s', async (apiBaseUrl, page) => {
    vi.stubGlobal('location', new URL(page));
    const expected =
      apiBaseUrl === '' ? 'http://broker.test/ngsi-ld/v1/entities' : `${API}/entities`;
    const seen: string[] = [];
    server.use(
      http.get(expected, ({ request }) => {
        seen.push(request.url);
        return HttpResponse.json([]);
      }),
    );
    await createNgsiClient({ apiBaseUrl, contextUrl: CONTEXT }).queryEntities({ type: 'X' });
    expect(seen).toHaveLength(1);
  });
});
