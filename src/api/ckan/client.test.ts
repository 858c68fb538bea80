import { describe, expect, it } from 'vitest';
import { ckanTimeMs, createCatalogClient, resolveCatalogBase } from './client';
import { CatalogError } from './client-errors';

type Answer = { status?: number; body: unknown } | Error;

/** A fake fetch answering each call from `answer(url)`, recording the URLs and inits. */
function fake(answer: (url: URL) => Answer) {
  const calls: { url: URL; init: RequestInit | undefined }[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    const a = answer(url);
    if (a instanceof Error) return Promise.reject(a);
    return Promise.resolve(
      new Response(typeof a.body === 'string' ? a.body : JSON.stringify(a.body), {
        status: a.status ?? 200,
      }),
    );
  };
  return {
    calls,
    client: createCatalogClient({
      baseUrl: 'https://ckan.example/x',
      timeoutMs: 5_000,
      fetchImpl,
      pageRows: 1000,
    }),
  };
}

const ok = (result: unknown): Answer => ({ body: { help: 'h', success: true, result } });

describe('the CKAN client', () => {
  it('asks package_search with the parameters given, sending no headers, and reads the facets', async () => {
    const { client, calls } = fake(() =>
      ok({
        count: 12,
        results: [],
        search_facets: {
          organization: {
            title: 'organization',
            items: [{ name: 'a-city', display_name: 'A市', count: 12 }],
          },
        },
      }),
    );
    const r = await client.packageSearch({ rows: '0', 'facet.field': '["organization"]' });
    expect(r).toEqual({
      count: 12,
      results: [],
      facets: { organization: [{ name: 'a-city', displayName: 'A市', count: 12 }] },
    });
    expect(calls[0]!.url.pathname).toBe('/x/api/3/action/package_search');
    expect(calls[0]!.url.searchParams.get('facet.field')).toBe('["organization"]');
    expect(calls[0]!.init?.headers).toBeUndefined();
    expect(calls[0]!.init?.credentials).toBe('omit');
  });

  it.each<[string, Answer, Partial<CatalogError>]>([
    [
      'success: false (CKAN 409)',
      {
        status: 409,
        body: { success: false, error: { __type: 'Search Query Error', message: 'bad fq' } },
      },
      { kind: 'failure', status: 409, ckanType: 'Search Query Error', message: 'bad fq' },
    ],
    [
      'an HTML error page',
      { status: 502, body: '<html>Bad gateway</html>' },
      { kind: 'http', status: 502 },
    ],
    ['JSON that is no envelope', { body: { hello: 1 } }, { kind: 'invalid' }],
    ['a result that is no search result', ok({ count: -1, results: [] }), { kind: 'invalid' }],
    [
      'a network failure (or CORS)',
      new TypeError('Failed to fetch'),
      { kind: 'unreachable', message: 'Failed to fetch' },
    ],
  ])('reports %s as a typed error', async (_, answer, expected) => {
    const { client } = fake(() => answer);
    const error = await client.packageSearch({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect(error).toMatchObject(expected);
  });

  it('pages a listing by what came when the catalogue caps rows, skipping non-datasets and repeats', async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({
      name: `d${i}`,
      res_format: ['CSV'],
      metadata_modified: '2026-01-02T03:04:05.123456',
    }));
    // The catalogue holds a record that is no dataset and one dataset twice (9 records).
    const records: unknown[] = [
      ...all.slice(0, 3),
      { title: 'no name' },
      ...all.slice(3, 5),
      all[0],
      ...all.slice(5),
    ];
    const { client, calls } = fake((url) => {
      const start = Number(url.searchParams.get('start'));
      const rows = Math.min(3, Number(url.searchParams.get('rows')));
      return ok({ count: records.length, results: records.slice(start, start + rows) });
    });
    const r = await client.listAll('organization:a-city', [
      'name',
      'res_format',
      'metadata_modified',
    ]);
    expect(r.datasets.map((d) => d.name)).toEqual(all.map((d) => d.name));
    expect(r).toMatchObject({ count: 9, skipped: 1, duplicates: 1, complete: true, pages: 3 });
    expect(calls.map((c) => c.url.searchParams.get('start'))).toEqual(['0', '3', '6']);
    expect(r.datasets[0]!.modifiedAt).toBe(Date.parse('2026-01-02T03:04:05.123Z'));
  });

  it('stops a listing that runs dry before its count, and says it is incomplete', async () => {
    const { client } = fake(() => ok({ count: 5, results: [] }));
    expect(await client.listAll('x', ['name'])).toMatchObject({ complete: false, datasets: [] });
  });

  it('reads organization_list as names, with or without all_fields', async () => {
    const { client } = fake(() => ok(['a-city', { name: 'b-town', title: 'B町' }]));
    expect(await client.organizationList()).toEqual(['a-city', 'b-town']);
  });

  it.each<[string | undefined, number | undefined]>([
    ['2024-05-01T02:03:04.123456', Date.parse('2024-05-01T02:03:04.123Z')],
    ['2024-05-01T02:03:04', Date.parse('2024-05-01T02:03:04Z')],
    ['2024-05-01T11:03:04+09:00', Date.parse('2024-05-01T02:03:04Z')],
    ['yesterday', undefined],
    [undefined, undefined],
  ])('reads CKAN time %s', (text, ms) => {
    expect(ckanTimeMs(text)).toBe(ms);
  });

  it.each<[string, string, string]>([
    ['./ckan', 'http://host/app/', 'http://host/app/ckan'],
    ['/ckan/', 'http://host/app/', 'http://host/ckan'],
    ['.', 'http://host/app/?x=1', 'http://host/app'],
    ['https://ckan.example.jp', 'http://host/', 'https://ckan.example.jp'],
  ])('resolves the base %s on %s', (base, page, expected) => {
    expect(resolveCatalogBase(base, page)).toBe(expected);
  });
});
