import { describe, expect, it } from 'vitest';
import type { CatalogDataset } from './datasets';
import { MOCK_CATALOG_ORGANIZATIONS } from './organizations';
import type { CatalogAnswer, FacetItem, OrganizationSummary, PackageSearchResult } from './query';
import { createCatalog } from './store';

const catalog = createCatalog();
const all = catalog.datasets;

function search(query: Record<string, string> | string, c = catalog): CatalogAnswer {
  return c.packageSearch(new URLSearchParams(query));
}
function result(query: Record<string, string> | string, c = catalog): PackageSearchResult {
  const answer = search(query, c);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  if (!answer.body.success) throw new Error('failed');
  return answer.body.result as PackageSearchResult;
}
const names = (r: PackageSearchResult): string[] =>
  r.results.map((d) => (d as { name: string }).name);
const utc = (ckan: string): number => Date.parse(`${ckan}Z`);
const formats = (d: CatalogDataset): string[] => d.resources.map((r) => r.format);
const APRIL = Date.parse('2026-04-01T00:00:00Z');

describe('package_search filters (fq)', () => {
  const some = new Set(['nagasaki-city', 'ojika-town', 'saza-town']);
  it.each<[string, (d: CatalogDataset) => boolean]>([
    ['', () => true],
    ['organization:nagasaki-city', (d) => d.organization.name === 'nagasaki-city'],
    ['organization:"ojika-town"', (d) => d.organization.name === 'ojika-town'],
    ['organization:saza-town', () => false],
    [
      'organization:(nagasaki-city OR ojika-town OR saza-town)',
      (d) => some.has(d.organization.name),
    ],
    ['res_format:CSV', (d) => formats(d).includes('CSV')],
    ['res_format:csv', (d) => formats(d).includes('csv')],
    [
      'res_format:("CSV" OR "csv" OR "Csv")',
      (d) => formats(d).some((f) => f.toLowerCase() === 'csv'),
    ],
    ['groups:aed', (d) => d.groups[0]!.name === 'aed'],
    ['groups:(aed OR culture)', (d) => ['aed', 'culture'].includes(d.groups[0]!.name)],
    ['metadata_created:[* TO 2026-04-01T00:00:00Z]', (d) => utc(d.metadata_created) <= APRIL],
    ['metadata_created:[2026-04-01T00:00:00Z TO *]', (d) => utc(d.metadata_created) >= APRIL],
    [
      'metadata_modified:[2026-01-01T00:00:00Z TO 2026-06-30T23:59:59Z]',
      (d) =>
        utc(d.metadata_modified) >= Date.parse('2026-01-01T00:00:00Z') &&
        utc(d.metadata_modified) <= Date.parse('2026-06-30T23:59:59Z'),
    ],
    [
      'organization:sasebo-city AND res_format:PDF AND metadata_created:[* TO 2026-04-01T00:00:00Z]',
      (d) =>
        d.organization.name === 'sasebo-city' &&
        formats(d).includes('PDF') &&
        utc(d.metadata_created) <= APRIL,
    ],
    [
      '+organization:sasebo-city +groups:evacuation',
      (d) => d.organization.name === 'sasebo-city' && d.groups[0]!.name === 'evacuation',
    ],
  ])('fq=%j', (fq, keep) => {
    const expected = all.filter(keep);
    const r = result({ fq, rows: '1000', fl: 'name' });
    expect(r.count).toBe(expected.length);
    expect(new Set(names(r))).toEqual(new Set(expected.map((d) => d.name)));
  });

  it('includes or excludes a range bound exactly', () => {
    const d = all[10]!;
    // The index holds milliseconds: the bound at the dataset's millisecond.
    const at = new Date(utc(d.metadata_created)).toISOString();
    const inclusive = names(
      result({ fq: `metadata_created:[${at} TO ${at}]`, rows: '1000', fl: 'name' }),
    );
    expect(inclusive).toContain(d.name);
    const exclusive = names(
      result({ fq: `metadata_created:{${at} TO *]`, rows: '1000', fl: 'name' }),
    );
    expect(exclusive).not.toContain(d.name);
  });

  it('takes several fq parameters as a conjunction', () => {
    const r = result('fq=organization:goto-city&fq=groups:tourism&rows=100&fl=name');
    expect(r.count).toBe(
      all.filter((d) => d.organization.name === 'goto-city' && d.groups[0]!.name === 'tourism')
        .length,
    );
  });

  it.each([
    'organization:(a OR',
    'foo:bar',
    'organization:a OR groups:b',
    'metadata_created:[NOW TO *]',
  ])('answers 409 Search Query Error to fq=%j', (fq) => {
    const answer = search({ fq });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      help: expect.stringContaining('help_show?name=package_search'),
      success: false,
      error: {
        __type: 'Search Query Error',
        message: expect.stringMatching(/^Search Query Error: /),
      },
    });
  });
});

describe('package_search q', () => {
  it.each([undefined, '', '*:*'])('q=%j matches everything', (q) => {
    expect(result(q === undefined ? {} : { q }).count).toBe(all.length);
  });
  it('reads a field query like fq', () => {
    expect(result({ q: 'organization:iki-city' }).count).toBe(
      all.filter((d) => d.organization.name === 'iki-city').length,
    );
  });
  it('finds words in titles', () => {
    const expected = all.filter((d) => d.title.includes('AED')).length;
    expect(expected).toBeGreaterThan(0);
    expect(result({ q: 'aed' }).count).toBeGreaterThanOrEqual(expected);
    expect(result({ q: '指定避難所一覧 長崎市' }).count).toBe(
      all.filter((d) => d.title.includes('指定避難所一覧') && d.organization.title === '長崎市')
        .length,
    );
  });
});

describe('package_search paging and sort', () => {
  it('answers 10 rows by default, newest modified first', () => {
    const r = result({});
    expect(r.count).toBe(all.length);
    expect(r.sort).toBe('score desc, metadata_modified desc');
    const expected = [...all].sort((a, b) => (a.metadata_modified < b.metadata_modified ? 1 : -1));
    expect(names(r)).toEqual(expected.slice(0, 10).map((d) => d.name));
    expect(r.results[0]).toEqual(expected[0]);
  });

  it('pages with start and rows', () => {
    const whole = names(result({ rows: '1000', sort: 'name asc' }));
    expect(names(result({ rows: '7', start: '20', sort: 'name asc' }))).toEqual(
      whole.slice(20, 27),
    );
    expect(names(result({ rows: '50', start: String(all.length - 3), sort: 'name asc' }))).toEqual(
      whole.slice(-3),
    );
    expect(result({ rows: '10', start: '100000' }).results).toEqual([]);
    const zero = result({ rows: '0' });
    expect(zero.results).toEqual([]);
    expect(zero.count).toBe(all.length);
  });

  it('cuts rows to the cap silently (ckan.search.rows_max), and to a lower fault cap', () => {
    const capped = createCatalog({ rowsCap: 50 });
    expect(result({ rows: '1000' }, capped).results).toHaveLength(50);
    capped.faults = { rowsCap: 20 };
    expect(result({ rows: '1000' }, capped).results).toHaveLength(20);
    expect(result({ rows: '5' }, capped).results).toHaveLength(5);
    expect(result({ rows: '5000' }).results).toHaveLength(all.length);
  });

  it.each([
    'score desc, metadata_modified desc',
    'metadata_modified desc',
    'metadata_modified asc',
    'metadata_created desc',
    'metadata_created asc',
    'name asc',
  ])('pages through everything under a small cap exactly once (sort=%s)', (sort) => {
    const c = createCatalog();
    c.faults = { rowsCap: 37 };
    const seen: string[] = [];
    for (let start = 0; start < all.length + 37; start += 37) {
      const page = result({ rows: '1000', start: String(start), sort, fl: 'name' }, c);
      expect(page.results.length).toBeLessThanOrEqual(37);
      seen.push(...names(page));
    }
    expect(seen).toHaveLength(all.length);
    expect(new Set(seen)).toEqual(new Set(all.map((d) => d.name)));
  });

  it.each<[string, (a: CatalogDataset, b: CatalogDataset) => number]>([
    ['metadata_modified asc', (a, b) => a.metadata_modified.localeCompare(b.metadata_modified)],
    ['metadata_created desc', (a, b) => b.metadata_created.localeCompare(a.metadata_created)],
    ['metadata_created asc', (a, b) => a.metadata_created.localeCompare(b.metadata_created)],
    ['name asc', (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)],
  ])('sorts by %s', (sort, compare) => {
    const r = result({ sort, rows: '1000', fl: 'name' });
    expect(r.sort).toBe(sort);
    expect(names(r)).toEqual([...all].sort(compare).map((d) => d.name));
  });

  it.each([
    ['rows', 'abc', 'Invalid integer'],
    ['rows', '-1', 'Must be a natural number'],
    ['start', '1.5', 'Invalid integer'],
  ])('answers 409 Validation Error to %s=%s', (param, value, message) => {
    const answer = search({ [param]: value });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({
      success: false,
      error: { __type: 'Validation Error', [param]: [message] },
    });
  });

  it('refuses an unknown sort', () => {
    expect(search({ sort: 'popularity desc' })).toMatchObject({
      status: 409,
      body: { error: { __type: 'Search Query Error' } },
    });
  });
});

describe('package_search fl', () => {
  it('returns only the fields asked for, with res_format as the formats and organization as a name', () => {
    const r = result({
      fq: 'organization:nagasaki-city',
      rows: '1000',
      fl: 'name,title,metadata_modified,num_resources,res_format,organization,nothing',
    });
    const byName = new Map(all.map((d) => [d.name, d]));
    expect(r.results).toHaveLength(55);
    for (const item of r.results) {
      expect(Object.keys(item).sort()).toEqual([
        'metadata_modified',
        'name',
        'num_resources',
        'organization',
        'res_format',
        'title',
      ]);
      const d = byName.get((item as { name: string }).name)!;
      expect(item).toEqual({
        name: d.name,
        title: d.title,
        metadata_modified: d.metadata_modified,
        num_resources: d.resources.length,
        res_format: formats(d),
        organization: 'nagasaki-city',
      });
    }
  });
  it('takes a space-separated list too', () => {
    expect(result({ fl: 'id name', rows: '1' }).results[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
    });
  });
});

describe('package_search facets', () => {
  const facetOf = (r: PackageSearchResult, field: string): FacetItem[] =>
    r.search_facets[field]!.items;

  it('counts datasets (not resources) per organization, format and group', () => {
    const r = result({
      rows: '0',
      'facet.field': '["organization","res_format","groups"]',
      'facet.limit': '-1',
    });
    const orgCounts = new Map<string, number>();
    const formatCounts = new Map<string, number>();
    for (const d of all) {
      orgCounts.set(d.organization.name, (orgCounts.get(d.organization.name) ?? 0) + 1);
      for (const f of new Set(formats(d))) formatCounts.set(f, (formatCounts.get(f) ?? 0) + 1);
    }
    expect(r.facets.organization).toEqual(Object.fromEntries(orgCounts));
    expect(r.facets.res_format).toEqual(Object.fromEntries(formatCounts));
    expect(Object.values(r.facets.groups!).reduce((a, b) => a + b, 0)).toBe(all.length);
    // A dataset with two CSV resources counts once.
    const twice = all.find((d) => formats(d).filter((f) => f === 'CSV').length > 1);
    expect(twice).toBeDefined();
    const resources = all.flatMap(formats).filter((f) => f === 'CSV').length;
    expect(r.facets.res_format!.CSV).toBeLessThan(resources);
    expect(facetOf(r, 'organization').find((i) => i.name === 'nagasaki-city')).toEqual({
      name: 'nagasaki-city',
      display_name: '長崎市',
      count: 55,
    });
    expect(r.search_facets.organization!.title).toBe('organization');
    // Sorted by count, largest first.
    const counts = facetOf(r, 'res_format').map((i) => i.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The empty organizations have no term in the index.
    expect(r.facets.organization).not.toHaveProperty('saza-town');
    expect(r.facets.organization).not.toHaveProperty('higashisonogi-town');
  });

  it('answers the contract §8 KPI query', () => {
    const orgs = Object.values(MOCK_CATALOG_ORGANIZATIONS);
    const r = result({
      rows: '0',
      'facet.field': '["organization","res_format"]',
      'facet.limit': '-1',
      fq: `organization:(${orgs.join(' OR ')})`,
    });
    expect(r.count).toBe(all.filter((d) => orgs.includes(d.organization.name)).length);
    expect(r.results).toEqual([]);
    expect(Object.keys(r.facets.organization!)).toHaveLength(19);
  });

  it('counts only the matches, with mincount 1 by default and 0 on request', () => {
    const fq = 'organization:ojika-town';
    const ojika = all.filter((d) => d.organization.name === 'ojika-town');
    const r = result({ fq, rows: '0', 'facet.field': '["organization","groups"]' });
    expect(r.facets.organization).toEqual({ 'ojika-town': ojika.length });
    const zero = result({
      fq,
      rows: '0',
      'facet.field': '["organization","groups"]',
      'facet.mincount': '0',
      'facet.limit': '-1',
    });
    expect(Object.keys(zero.facets.organization!)).toHaveLength(21);
    expect(zero.facets.organization!['nagasaki-city']).toBe(0);
    expect(Object.keys(zero.facets.groups!)).toHaveLength(7);
  });

  it.each([
    [undefined, 50],
    ['5', 5],
    ['-1', Infinity],
  ])('limits the items to facet.limit=%s', (limit, n) => {
    const r = result({
      rows: '0',
      'facet.field': '["res_format"]',
      ...(limit && { 'facet.limit': limit }),
    });
    const distinct = new Set(all.flatMap(formats)).size;
    expect(facetOf(r, 'res_format')).toHaveLength(Math.min(n, distinct));
    expect(Object.keys(r.facets.res_format!)).toHaveLength(Math.min(n, distinct));
  });

  it('gives empty facets when none are asked for', () => {
    const r = result({ rows: '0' });
    expect(r.facets).toEqual({});
    expect(r.search_facets).toEqual({});
  });

  it.each([
    ['not json', 'Validation Error'],
    ['"organization"', 'Validation Error'],
    ['[1]', 'Validation Error'],
    ['["nonsense"]', 'Search Query Error'],
  ])('refuses facet.field=%s with %s', (field, type) => {
    const answer = search({ 'facet.field': field });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ success: false, error: { __type: type } });
  });
});

describe('organization_list', () => {
  const list = (query: Record<string, string>, c = catalog): unknown => {
    const answer = c.organizationList(new URLSearchParams(query));
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      success: true,
      help: expect.stringContaining('name=organization_list'),
    });
    return answer.body.success ? answer.body.result : undefined;
  };

  it('lists every organization name, empty ones included', () => {
    const result = list({}) as string[];
    expect(result).toHaveLength(23);
    expect(result).toContain('saza-town');
    expect(result).toContain('nagasaki-tourism-dmo');
  });

  it('gives titles and dataset counts with all_fields=true', () => {
    const result = list({ all_fields: 'true', sort: 'name asc' }) as OrganizationSummary[];
    expect(result.map((o) => o.name)).toEqual(catalog.organizations.map((o) => o.name).sort());
    for (const o of result) {
      expect(o.package_count).toBe(all.filter((d) => d.organization.name === o.name).length);
      expect(o.title).toBe(catalog.organizations.find((x) => x.name === o.name)!.title);
    }
    expect(result.find((o) => o.name === 'higashisonogi-town')).toMatchObject({
      title: '東彼杵町',
      package_count: 0,
    });
  });

  it('sorts, pages, and caps all_fields pages (ckan.group_and_organization_list_all_fields_max)', () => {
    const bySize = list({
      all_fields: 'true',
      sort: 'package_count desc',
    }) as OrganizationSummary[];
    expect(bySize[0]!.name).toBe('nagasaki-pref');
    expect(list({ sort: 'name asc', limit: '2', offset: '1' })).toEqual([
      'hasami-town',
      'higashisonogi-town',
    ]);
    const small = createCatalog({ allFieldsMax: 5 });
    expect(list({ all_fields: 'true' }, small)).toHaveLength(5);
    expect(list({ all_fields: 'true', limit: '100' }, small)).toHaveLength(5);
    expect(list({}, small)).toHaveLength(23);
  });
});

describe('faults and unknown actions', () => {
  it('answers success:false with the failure set, for every action or one', () => {
    const c = createCatalog();
    c.faults = { failure: { status: 503, type: 'Internal Server Error', message: 'Solr is down' } };
    for (const answer of [search({}, c), c.organizationList(new URLSearchParams())])
      expect(answer).toMatchObject({
        status: 503,
        body: {
          success: false,
          error: { __type: 'Internal Server Error', message: 'Solr is down' },
        },
      });
    c.faults = {
      failure: {
        status: 403,
        type: 'Authorization Error',
        message: 'no',
        action: 'organization_list',
      },
    };
    expect(search({}, c).status).toBe(200);
    expect(c.organizationList(new URLSearchParams()).status).toBe(403);
    c.faults = {};
    expect(c.organizationList(new URLSearchParams()).status).toBe(200);
  });

  it('answers an unknown action with 400 Bad request', () => {
    expect(catalog.action('package_show_all', new URLSearchParams())).toMatchObject({
      status: 400,
      body: {
        success: false,
        error: {
          __type: 'Bad request',
          message: 'Bad request - Action name not known: package_show_all',
        },
      },
    });
  });
});
