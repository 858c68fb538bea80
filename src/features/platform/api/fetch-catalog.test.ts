import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { createMockServer, LISTEN_OPTIONS } from '../../../../mocks/node';
import {
  MOCK_CATALOG_ORGANIZATIONS,
  MOCK_PREFECTURE_ORGANIZATION,
} from '../../../../mocks/catalog';
import { createCatalogClient } from '../../../api/ckan/client';
import type { CatalogConfig } from '../../../config/schema';
import { fetchCatalogBefore, fetchCatalogRound, withBefore } from './fetch-catalog';

const { server, catalog } = createMockServer();
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const config: CatalogConfig = {
  baseUrl: 'http://catalog.test/ckan',
  organizations: MOCK_CATALOG_ORGANIZATIONS,
  prefectureOrganization: MOCK_PREFECTURE_ORGANIZATION,
};
const client = createCatalogClient({ baseUrl: config.baseUrl, timeoutMs: 10_000 });
const MACHINE = ['csv', 'tsv', 'json', 'geojson', 'xml', 'rdf', 'json-ld'];

/** Counted here from the mock's own datasets, per organization. */
function counted(filter: (d: (typeof catalog.datasets)[number]) => boolean) {
  const out: Record<string, number> = {};
  for (const d of catalog.datasets)
    if (filter(d)) out[d.organization.name] = (out[d.organization.name] ?? 0) + 1;
  return out;
}
const mapped = new Set([
  ...Object.values(MOCK_CATALOG_ORGANIZATIONS),
  MOCK_PREFECTURE_ORGANIZATION,
]);
const onlyMapped = (r: Record<string, number>) =>
  Object.fromEntries(Object.entries(r).filter(([org]) => mapped.has(org)));

describe('fetchCatalogRound over the mock catalogue', () => {
  it('counts datasets, machine-readable ones (any spelling) and themes per organization, as the store holds them', async () => {
    const round = await fetchCatalogRound({ client, config, now: () => 1 });
    expect(round.failures).toEqual([]);
    expect(round.datasetsByOrg).toEqual(onlyMapped(counted(() => true)));
    expect(round.total).toBe(
      Object.values(onlyMapped(counted(() => true))).reduce((a, b) => a + b, 0),
    );
    expect(round.machineReadableByOrg).toEqual(
      onlyMapped(counted((d) => d.resources.some((r) => MACHINE.includes(r.format.toLowerCase())))),
    );
    // The catalogue's own spellings were asked for, lower-case ones included.
    expect(round.machineReadableFormats).toEqual(expect.arrayContaining(['CSV', 'csv']));
    for (const theme of round.themes)
      expect(round.themesByOrg?.[theme.name], theme.name).toEqual(
        onlyMapped(counted((d) => d.groups.some((g) => g.name === theme.name))),
      );
    expect(round.knownOrganizations).toContain('nagasaki-tourism-dmo');
    const newest = [...catalog.datasets]
      .filter((d) => mapped.has(d.organization.name))
      .sort((a, b) => b.metadata_modified.localeCompare(a.metadata_modified))[0]!;
    expect(round.newest?.name).toBe(newest.name);
  });

  it('counts the datasets created before JST midnight of the comparison date', async () => {
    const cut = Date.parse('2026-04-01T00:00:00+09:00');
    const before = await fetchCatalogBefore({ client, config, since: '2026-04-01' });
    expect(before.byOrg).toEqual(
      onlyMapped(counted((d) => Date.parse(`${d.metadata_created.slice(0, 23)}Z`) < cut)),
    );
  });

  it('leaves a failed part "not available", says why, and keeps the rest', async () => {
    server.use(
      http.get('*/api/3/action/package_search', ({ request }) =>
        (new URL(request.url).searchParams.get('fq') ?? '').includes('groups:')
          ? HttpResponse.json(
              { success: false, error: { __type: 'Search Query Error', message: 'no groups' } },
              { status: 409 },
            )
          : undefined,
      ),
    );
    const round = await fetchCatalogRound({ client, config, now: () => 1 });
    expect(round.failures.map((f) => [f.part, f.message])).toEqual([['themes', 'no groups']]);
    expect(round).not.toHaveProperty('themesByOrg');
    expect(round.datasetsByOrg['nagasaki-city']).toBeGreaterThan(0);
  });

  it('fails the round when the counts themselves fail (the last good round stays on screen)', async () => {
    server.use(http.get('*/api/3/action/package_search', () => HttpResponse.error()));
    await expect(fetchCatalogRound({ client, config, now: () => 1 })).rejects.toMatchObject({
      kind: 'unreachable',
    });
  });

  it('joins the comparison date in, or says why it is missing', () => {
    const round = {
      at: 1,
      total: 0,
      datasetsByOrg: {},
      orgTitles: {},
      formats: [],
      machineReadableFormats: [],
      themes: [],
      failures: [],
    };
    expect(
      withBefore(round, { since: '2026-04-01', byOrg: { a: 1 }, total: 1 }, undefined),
    ).toMatchObject({
      since: '2026-04-01',
      sinceByOrg: { a: 1 },
      sinceTotal: 1,
    });
    expect(withBefore(round, undefined, new Error('down')).failures).toEqual([
      { part: 'since', message: 'down', error: new Error('down') },
    ]);
    expect(withBefore(round, undefined, null)).toBe(round);
  });
});

describe('the shipped config.json (mock mode)', () => {
  it('maps every municipality to the mock catalogue’s organization', () => {
    const shipped = JSON.parse(readFileSync('public/config.json', 'utf8')) as {
      catalog: { organizations: Record<string, string>; prefectureOrganization: string };
    };
    expect(shipped.catalog.organizations).toEqual(MOCK_CATALOG_ORGANIZATIONS);
    expect(shipped.catalog.prefectureOrganization).toBe(MOCK_PREFECTURE_ORGANIZATION);
  });
});
