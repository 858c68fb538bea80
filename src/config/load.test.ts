import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from './load';

const valid = {
  apiBaseUrl: 'https://broker.example.jp',
  contextUrl: 'https://broker.example.jp/context.jsonld',
  mode: 'live',
};

const OIDC = { kind: 'oidc', issuer: 'https://idp.example.jp/realms/nagasaki', clientId: 'd' };

describe('parseConfig', () => {
  it('accepts OpenID Connect sign-in, with openid as the default scope, beside an API key header', () => {
    const r = parseConfig({ ...valid, auth: OIDC, authHeader: { name: 'X-Api-Key', value: 'k' } });
    expect(r.ok && r.config.auth).toEqual({ ...OIDC, scope: 'openid' });
  });

  it('accepts a minimal live config and fills defaults', () => {
    const r = parseConfig(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.pollSeconds.shelters).toBe(30);
    expect(r.config.pollSeconds.platform).toBe(900);
    expect(r.config.occupancyBands).toEqual({ somewhatCrowded: 30, crowded: 60, full: 80 });
    expect(r.config.basemap).toEqual({ kind: 'offline' });
    expect(r.config.operations.staleReportHours).toBe(3);
    const partial = parseConfig({ ...valid, operations: { alertBannerMinutes: 10 } });
    expect(partial.ok && partial.config.operations.staleReportHours).toBe(3);
  });

  it('reads operations.staleReportHours', () => {
    const r = parseConfig({ ...valid, operations: { staleReportHours: 1.5 } });
    expect(r.ok && r.config.operations.staleReportHours).toBe(1.5);
  });

  it('accepts an NGSI v2 config without a @context, and defaults to NGSI-LD', () => {
    const v2 = parseConfig({
      apiBaseUrl: 'https://orion.example.jp',
      dialect: 'ngsi-v2',
      tenant: 'nagasaki',
      servicePath: '/shelters',
      mode: 'live',
    });
    expect(v2.ok && v2.config).toMatchObject({
      dialect: 'ngsi-v2',
      contextUrl: '',
      servicePath: '/shelters',
    });
    const ld = parseConfig(valid);
    expect(ld.ok && ld.config.dialect).toBe('ngsi-ld');
  });

  it('accepts the shipped public/config.json', async () => {
    const { readFile } = await import('node:fs/promises');
    const raw: unknown = JSON.parse(
      await readFile(new URL('../../public/config.json', import.meta.url), 'utf8'),
    );
    expect(parseConfig(raw).ok).toBe(true);
  });

  it.each([
    [{ ...valid, apiBaseUrl: 'ftp://x' }, 'apiBaseUrl'],
    [{ ...valid, apiBaseUrl: 42 }, 'apiBaseUrl'],
    [{ ...valid, contextUrl: 'not a url' }, 'contextUrl'],
    [{ ...valid, tenant: 'bad tenant!' }, 'tenant'],
    [{ ...valid, authHeader: { name: 'Bad Header', value: 'x' } }, 'authHeader.name'],
    [{ ...valid, authHeader: { name: 'X-Api-Key', value: '' } }, 'authHeader.value'],
    [{ ...valid, auth: { kind: 'oidc', clientId: 'dashboard' } }, 'auth.issuer'],
    [{ ...valid, auth: { kind: 'oidc', issuer: 'idp.example', clientId: 'd' } }, 'auth.issuer'],
    [{ ...valid, auth: { kind: 'oidc', issuer: 'https://idp.example' } }, 'auth.clientId'],
    [{ ...valid, auth: { ...OIDC, clientId: 'my client' } }, 'auth.clientId'],
    [{ ...valid, auth: { ...OIDC, scope: 'profile email' } }, 'auth.scope'],
    [{ ...valid, auth: { ...OIDC, scope: 'openid  profile' } }, 'auth.scope'],
    [{ ...valid, auth: { ...OIDC, secret: 'x' } }, 'auth'],
    [{ ...valid, auth: { ...OIDC, kind: 'saml' } }, 'auth.kind'],
    [
      { ...valid, auth: OIDC, authHeader: { name: 'authorization', value: 'Bearer x' } },
      'authHeader.name',
    ],
    [{ ...valid, pollSeconds: { shelters: '30' } }, 'pollSeconds.shelters'],
    [{ ...valid, pollSeconds: { shelters: 0 } }, 'pollSeconds.shelters'],
    [{ ...valid, pollSeconds: { platform: 59 } }, 'pollSeconds.platform'],
    [
      { ...valid, occupancyBands: { somewhatCrowded: 60, crowded: 30, full: 80 } },
      'occupancyBands',
    ],
    [{ ...valid, basemap: { kind: 'style' } }, 'basemap.styleUrl'],
    [{ ...valid, basemap: { kind: 'satellite' } }, 'basemap.kind'],
    [{ ...valid, mode: 'demo' }, 'mode'],
    [{ ...valid, operations: { staleReportHours: 0 } }, 'operations.staleReportHours'],
    [{ ...valid, operations: { staleReportHours: '3' } }, 'operations.staleReportHours'],
    [{ ...valid, operations: { staleReportHours: 100 } }, 'operations.staleReportHours'],
    [{ ...valid, scenario: 'nope' }, 'scenario'],
    [{ ...valid, platformCadence: { EvacuationSite: 'P1Y' } }, 'platformCadence.EvacuationSite'],
    [{ ...valid, platformCadence: { EvacuationSite: 365 } }, 'platformCadence.EvacuationSite'],
    [
      { ...valid, platformCadence: { EvacuationShelter: 'PT30S' } },
      'platformCadence.EvacuationShelter',
    ],
    [
      { ...valid, platformCadence: { DesignatedShelter: 'yearly' } },
      'platformCadence.DesignatedShelter',
    ],
    [
      { ...valid, platformCadence: { 'Evacuation Site': 'P1D' } },
      'platformCadence.Evacuation Site',
    ],
    [{ ...valid, platformCadence: ['P1D'] }, 'platformCadence'],
    [{ ...valid, catalog: { organizations: {} } }, 'catalog.baseUrl'],
    [{ ...valid, catalog: { baseUrl: 'ckan.example', organizations: {} } }, 'catalog.baseUrl'],
    [{ ...valid, catalog: { baseUrl: './ckan' } }, 'catalog.organizations'],
    [
      { ...valid, catalog: { baseUrl: './ckan', organizations: { '42999': 'x-town' } } },
      'catalog.organizations.42999',
    ],
    [
      { ...valid, catalog: { baseUrl: './ckan', organizations: { '42201': 'Nagasaki City' } } },
      'catalog.organizations.42201',
    ],
    [
      {
        ...valid,
        catalog: { baseUrl: './ckan', organizations: { '42201': 'a-city', '422011': 'b-city' } },
      },
      'catalog.organizations.422011',
    ],
    [
      {
        ...valid,
        catalog: { baseUrl: './ckan', organizations: { '42201': 'same', '42202': 'same' } },
      },
      'catalog.organizations.42202',
    ],
    [
      { ...valid, catalog: { baseUrl: './ckan', organizations: {}, prefecture: 'nagasaki' } },
      'catalog',
    ],
    [{ ...valid, apiBaseURL: 'x' }, ''],
    [{ contextUrl: valid.contextUrl, mode: 'live' }, 'apiBaseUrl'],
    [{ apiBaseUrl: valid.apiBaseUrl, mode: 'live' }, 'contextUrl'],
    [{ ...valid, dialect: 'ngsi-v1' }, 'dialect'],
    [{ ...valid, dialect: 'ngsi-v2', servicePath: 'nagasaki' }, 'servicePath'],
    [{ ...valid, dialect: 'ngsi-v2', temporalBaseUrl: 'ql' }, 'temporalBaseUrl'],
  ])('names the wrong field: %j → %s', (raw, field) => {
    const r = parseConfig(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.field)).toContain(field);
    for (const i of r.issues) expect(i.message.length).toBeGreaterThan(3);
  });

  it('reads the catalogue, its organizations keyed by 5-digit codes', () => {
    const r = parseConfig({
      ...valid,
      catalog: {
        baseUrl: 'https://ckan.example.jp',
        organizations: { '422011': 'nagasaki-city', '42202': 'sasebo-city' },
        prefectureOrganization: 'nagasaki-pref',
      },
    });
    expect(r.ok && r.config.catalog).toEqual({
      baseUrl: 'https://ckan.example.jp',
      organizations: { '42201': 'nagasaki-city', '42202': 'sasebo-city' },
      prefectureOrganization: 'nagasaki-pref',
    });
  });

  it('reads platformCadence as milliseconds or "event", leaving the rest to the defaults', () => {
    const r = parseConfig({
      ...valid,
      platformCadence: { EvacuationSite: 'P365D', EvacuationShelter: 'PT10M', Custom: 'event' },
    });
    expect(r.ok && r.config.platformCadence).toEqual({
      EvacuationSite: 365 * 86_400_000,
      EvacuationShelter: 600_000,
      Custom: 'event',
    });
    const plain = parseConfig(valid);
    expect(plain.ok && 'platformCadence' in plain.config).toBe(false);
  });

  it('says what a platformCadence value and key must be', () => {
    const r = parseConfig({ ...valid, platformCadence: { EvacuationSite: 'P1Y', 'a b': 'P1D' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      { field: 'platformCadence.EvacuationSite', message: expect.stringContaining('P365D') },
      { field: 'platformCadence.a b', message: expect.stringContaining('NGSI-LD type name') },
    ]);
  });

  it.each([[null], [[]], ['text'], [7]])('rejects a non-object %j', (raw) => {
    expect(parseConfig(raw).ok).toBe(false);
  });
});

describe('loadConfig', () => {
  const respond =
    (body: string, status = 200): typeof fetch =>
    () =>
      Promise.resolve(new Response(body, { status }));

  it('reports an unreachable file', async () => {
    const r = await loadConfig('config.json', respond('', 404));
    expect(r).toMatchObject({ ok: false, reason: 'unreachable' });
  });
  it('reports a file that is not JSON', async () => {
    const r = await loadConfig('config.json', respond('{"apiBaseUrl": '));
    expect(r).toMatchObject({ ok: false, reason: 'not-json' });
  });
  it('reports a network failure', async () => {
    const r = await loadConfig('config.json', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(r).toMatchObject({ ok: false, reason: 'unreachable' });
  });
  it('loads a valid file', async () => {
    const r = await loadConfig('config.json', respond(JSON.stringify(valid)));
    expect(r.ok).toBe(true);
  });
});
