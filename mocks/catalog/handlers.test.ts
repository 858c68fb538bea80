import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LISTEN_OPTIONS } from '../node';
import { createCatalogHandlers } from './handlers';
import { createCatalog } from './store';

const catalog = createCatalog();
const seen: string[] = [];
const server = setupServer(
  ...createCatalogHandlers(catalog, { onRequest: (r) => seen.push(new URL(r.url).pathname) }),
);

beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => {
  catalog.faults = {};
  seen.length = 0;
});
afterAll(() => server.close());

describe('catalogue handlers over msw', () => {
  it.each([
    'http://localhost:5173/ckan/api/3/action/package_search?rows=1',
    'http://127.0.0.1:9090/ckan/api/3/action/package_search/?rows=1',
    'https://catalog.pref.nagasaki.example/api/3/action/package_search?rows=1',
    'https://opendata.example.jp/data/api/action/package_search?rows=1',
  ])('serves %s with the CKAN envelope', async (url) => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as {
      help: string;
      success: boolean;
      result: { count: number; results: unknown[] };
    };
    expect(body.success).toBe(true);
    expect(body.help).toBe(
      `${new URL(url).origin}${new URL(url).pathname.replace(/\/api\/.*$/, '')}/api/3/action/help_show?name=package_search`,
    );
    expect(body.result.count).toBe(catalog.datasets.length);
    expect(body.result.results).toHaveLength(1);
    expect(seen).toEqual([new URL(url).pathname]);
  });

  it('passes the query string through (facets, fq)', async () => {
    const params = new URLSearchParams({
      rows: '0',
      'facet.field': JSON.stringify(['organization', 'res_format']),
      'facet.limit': '-1',
      fq: 'organization:(nagasaki-city OR sasebo-city)',
    });
    const res = await fetch(`http://localhost/ckan/api/3/action/package_search?${params}`);
    const body = (await res.json()) as {
      result: { count: number; facets: { organization: Record<string, number> } };
    };
    expect(body.result.count).toBe(100);
    expect(body.result.facets.organization).toEqual({ 'nagasaki-city': 55, 'sasebo-city': 45 });
  });

  it('serves organization_list', async () => {
    const res = await fetch('http://localhost/ckan/api/3/action/organization_list?all_fields=true');
    const body = (await res.json()) as {
      success: boolean;
      result: { name: string; package_count: number }[];
    };
    expect(body.success).toBe(true);
    expect(body.result).toHaveLength(23);
  });

  it('takes a POSTed JSON body like CKAN', async () => {
    const res = await fetch('http://localhost/ckan/api/3/action/package_search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ fq: 'organization:ojika-town', rows: 0, 'facet.field': ['groups'] }),
    });
    const body = (await res.json()) as {
      result: { count: number; facets: { groups: Record<string, number> } };
    };
    expect(body.result.count).toBe(3);
    expect(Object.values(body.result.facets.groups).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it.each([
    [
      'GET',
      'http://localhost/ckan/api/3/action/datastore_search',
      'Bad request - Action name not known: datastore_search',
    ],
    [
      'DELETE',
      'http://localhost/ckan/api/3/action/package_search',
      'Bad request - DELETE is not allowed',
    ],
  ])('answers %s %s with 400 Bad request', async (method, url, message) => {
    const res = await fetch(url, { method });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      success: false,
      error: { __type: 'Bad request', message },
    });
  });

  it('answers 409 to an fq it cannot parse', async () => {
    const res = await fetch(
      'http://localhost/ckan/api/3/action/package_search?fq=organization:(a%20OR',
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      success: false,
      error: { __type: 'Search Query Error' },
    });
  });

  it('plays a failure fault', async () => {
    catalog.faults = { failure: { status: 500, type: 'Internal Server Error', message: 'boom' } };
    const res = await fetch('http://localhost/ckan/api/3/action/package_search?rows=0');
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({
      success: false,
      error: { __type: 'Internal Server Error', message: 'boom' },
    });
  });

  it('plays unreachable as a network error', async () => {
    catalog.faults = { unreachable: true };
    await expect(fetch('http://localhost/ckan/api/3/action/package_search')).rejects.toThrow();
  });

  it('delays the answer', async () => {
    catalog.faults = { delayMs: 60 };
    const t0 = performance.now();
    await fetch('http://localhost/ckan/api/3/action/organization_list');
    expect(performance.now() - t0).toBeGreaterThanOrEqual(50);
  });
});
