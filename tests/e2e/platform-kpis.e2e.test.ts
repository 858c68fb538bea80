/**
 * The platform's four KPIs, the open-data catalogue and the services built on the platform, on
 * the production build in Chromium against the HTTP mock (broker and CKAN catalogue). Every KPI
 * and every cell is compared with counts taken here from the mock catalogue's and broker's own
 * stores (raw datasets and entities, without the app's model); listings opened in the UI add up
 * to the facet counts, also when the catalogue caps rows; each kind of bad input says what it is
 * and shows "not available", never 0; an unreachable catalogue leaves the broker's KPIs intact;
 * axe finds nothing serious; both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MUNICIPALITIES } from '../../src/domain/municipalities';
import type { CatalogDataset } from '../../mocks/catalog';
import { MOCK_CATALOG_ORGANIZATIONS, MOCK_PREFECTURE_ORGANIZATION } from '../../mocks/catalog';
import { seriousViolations } from './support/axe';
import { waitForMapReady } from './support/browser';
import { scanI18n } from './support/i18n-scan';
import { CONTEXT, catalogConfig, startStack, type Stack } from './support/stack';
import { serveDist } from './support/static-server';

const DESK = { width: 1920, height: 1080 };
const READY = '[data-testid="od-cat-table"]';
const SERVICES_READY = '[data-testid="od-svc-summary"]';

/** JST midnight starting `date`, in epoch ms (written out again: +09:00). */
const jstMidnight = (date: string) => Date.parse(`${date}T00:00:00+09:00`);
/** CKAN's times are UTC without a zone. */
const ckanMs = (text: string) => Date.parse(`${text.slice(0, 23)}Z`);
/** The fiscal year (from 1 April, JST) that today falls in. */
function fiscalYearStart(now = Date.now()): string {
  const jst = new Date(now + 9 * 3_600_000).toISOString().slice(0, 10);
  const y = Number(jst.slice(0, 4));
  return jst.slice(5) >= '04-01' ? `${y}-04-01` : `${y - 1}-04-01`;
}

const MACHINE = new Set(['csv', 'tsv', 'json', 'geojson', 'xml', 'rdf', 'json-ld']);

interface OrgExpected {
  datasets: number;
  machineReadable: number;
  before: number;
  themes: Set<string>;
}

function catalogExpected(datasets: readonly CatalogDataset[], since: string) {
  const cut = jstMidnight(since);
  const byOrg = new Map<string, OrgExpected>();
  for (const d of datasets) {
    const org = d.organization.name;
    const e = byOrg.get(org) ?? { datasets: 0, machineReadable: 0, before: 0, themes: new Set() };
    e.datasets += 1;
    if (d.resources.some((r) => MACHINE.has(r.format.toLowerCase()))) e.machineReadable += 1;
    if (ckanMs(d.metadata_created) < cut) e.before += 1;
    for (const g of d.groups) e.themes.add(g.name);
    byOrg.set(org, e);
  }
  return byOrg;
}

interface ServiceRaw {
  status: string;
  category: string;
  launchedAt?: string;
  codes: string[];
  types: string[];
}

/** The PlatformService entities as stored, read without the app's parser. */
function servicesInStore(stack: Stack): ServiceRaw[] {
  const out: ServiceRaw[] = [];
  for (const { entity } of stack.api.broker.snapshot().get('')?.values() ?? []) {
    if (entity.type !== 'PlatformService') continue;
    const v = (name: string): unknown => {
      const a = entity[name];
      return typeof a === 'object' && a !== null && !Array.isArray(a) ? a.value : undefined;
    };
    const launched = v('launchedAt');
    out.push({
      status: String(v('status')),
      category: String(v('category')),
      ...(launched !== undefined && {
        launchedAt: String((launched as Record<string, unknown>)['@value'] ?? launched),
      }),
      codes: (v('localGovernmentCodes') as string[]).map((c) => c.slice(0, 5)),
      types: v('dataTypesUsed') as string[],
    });
  }
  return out;
}

async function kpi(
  page: Page,
  id: string,
): Promise<{ value: string; before: string; text: string }> {
  const li = page.locator(`[data-kpi="${id}"]`);
  return {
    value: (await li.getAttribute('data-value')) ?? '',
    before: (await li.getAttribute('data-before')) ?? '',
    text: (await page.textContent(`[data-testid="od-kpi-${id}"]`)) ?? '',
  };
}

describe('the platform KPIs on the production build: catalogue and services', () => {
  let stack: Stack;
  let page: Page;
  const since = fiscalYearStart();
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.browser.newPage({ viewport: DESK });
    await page.goto(`${stack.app.url}/?screen=platform`);
    await waitForMapReady(page, 180_000, READY);
    await page.waitForSelector(SERVICES_READY);
  });
  afterAll(() => stack?.close());

  it('shows every catalogue cell and both catalogue KPIs equal to the mock catalogue’s own datasets', async () => {
    const expected = catalogExpected(stack.api.catalog.datasets, since);
    const rows = await page.$$eval('[data-testid="od-cat-table"] tbody tr', (trs) =>
      trs.map((tr) => ({
        code: tr.getAttribute('data-code'),
        state: tr.getAttribute('data-state'),
        datasets: tr.getAttribute('data-datasets'),
        mr: tr.getAttribute('data-machine-readable'),
        before: tr.getAttribute('data-before'),
        themes: tr.querySelectorAll('td')[3]?.textContent,
      })),
    );
    expect(rows).toHaveLength(21);
    let opening = 0;
    let openingBefore = 0;
    let total = 0;
    let totalBefore = 0;
    for (const m of MUNICIPALITIES) {
      const org = MOCK_CATALOG_ORGANIZATIONS[m.code]!;
      const e = expected.get(org) ?? {
        datasets: 0,
        machineReadable: 0,
        before: 0,
        themes: new Set(),
      };
      const row = rows.find((r) => r.code === m.code);
      expect(row, m.code).toEqual({
        code: m.code,
        state: 'ok',
        datasets: String(e.datasets),
        mr: String(e.machineReadable),
        before: String(e.before),
        themes: String(e.themes.size),
      });
      if (e.datasets > 0) opening += 1;
      if (e.before > 0) openingBefore += 1;
      total += e.datasets;
      totalBefore += e.before;
    }
    const pref = expected.get(MOCK_PREFECTURE_ORGANIZATION)!;
    expect(await page.getAttribute('[data-testid="od-cat-sum"]', 'data-datasets')).toBe(
      String(total),
    );
    expect(await page.getAttribute('[data-testid="od-cat-prefecture"]', 'data-datasets')).toBe(
      String(pref.datasets),
    );
    expect(await kpi(page, 'municipalities')).toMatchObject({
      value: String(opening),
      before: String(openingBefore),
      text: `${opening} / 21`,
    });
    expect(await kpi(page, 'datasets')).toMatchObject({
      value: String(total + pref.datasets),
      before: String(totalBefore + pref.before),
    });
    // The organization no municipality maps to is named, and counted nowhere.
    expect(await page.textContent('[data-testid="od-cat-unmapped"]')).toContain(
      'nagasaki-tourism-dmo',
    );
    // The mock has two empty organizations: 0 is a real figure there, shown as 0.
    expect(
      rows
        .filter((r) => r.datasets === '0')
        .map((r) => r.code)
        .sort(),
    ).toEqual(['42321', '42391']);
  });

  it('shows the services and the other two KPIs equal to the broker’s own entities', async () => {
    const services = servicesInStore(stack);
    const live = services.filter((s) => s.status === 'pilot' || s.status === 'operating');
    const launchedSince = live.filter(
      (s) => s.launchedAt && jstMidnight(s.launchedAt.slice(0, 10)) >= jstMidnight(since),
    );
    expect(await kpi(page, 'services')).toMatchObject({
      value: String(live.length),
      before: String(live.length - launchedSince.length),
    });
    const summary = page.locator('[data-testid="od-svc-summary"]');
    expect(await summary.getAttribute('data-live')).toBe(String(live.length));
    expect(await summary.getAttribute('data-total')).toBe(String(services.length));
    for (const category of new Set(services.map((s) => s.category)))
      for (const status of ['pilot', 'operating', 'ended']) {
        const n = services.filter((s) => s.category === category && s.status === status).length;
        expect(
          await page.textContent(
            `[data-testid="od-svc-matrix"] tr[data-category="${category}"] [data-status="${status}"]`,
          ),
          `${category} ${status}`,
        ).toBe(String(n));
      }
    // Types on the platform no running service reads.
    const typesInBroker = new Set(
      [...(stack.api.broker.snapshot().get('')?.values() ?? [])].map((x) => x.entity.type),
    );
    const used = new Set(live.flatMap((s) => s.types));
    const unused = [...typesInBroker].filter((t) => !used.has(t));
    expect(
      ((await page.getAttribute('[data-testid="od-svc-unused"]', 'data-types')) ?? '')
        .split(',')
        .filter(Boolean)
        .sort(),
    ).toEqual(unused.sort());
    // One platform: municipalities with at least one record carrying their code.
    const codes = new Set<string>();
    for (const { entity } of stack.api.broker.snapshot().get('')?.values() ?? []) {
      const a = entity.localGovernmentCode;
      const v = typeof a === 'object' && a !== null && !Array.isArray(a) ? String(a.value) : '';
      const m = MUNICIPALITIES.find((x) => x.code6 === v || x.code === v);
      if (m) codes.add(m.code);
    }
    expect(await kpi(page, 'platform')).toMatchObject({ value: String(codes.size), before: '' });
  });

  it('lists a municipality’s datasets when opened, equal to its facet count, also when the catalogue caps rows', async () => {
    stack.api.catalog.faults = { rowsCap: 7 };
    try {
      const expected = catalogExpected(stack.api.catalog.datasets, since);
      for (const code of ['42201', '42383']) {
        await page.click(`[data-testid="od-cat-table"] tr[data-code="${code}"] button`);
        await page.waitForSelector(
          `[data-testid="od-block"][data-code="${code}"] [data-testid="od-listing"]`,
        );
        const facet = Number(
          await page.getAttribute(
            `[data-testid="od-cat-table"] tr[data-code="${code}"]`,
            'data-datasets',
          ),
        );
        const listed = await page.locator('[data-testid="od-listing"] tbody tr').count();
        expect(listed, code).toBe(facet);
        expect(listed, code).toBe(expected.get(MOCK_CATALOG_ORGANIZATIONS[code]!)!.datasets);
      }
      // The listing open is Ojika's; both came 7 datasets a page.
      expect(await page.getAttribute('[data-testid="od-listing"]', 'data-count')).toBe('3');
    } finally {
      stack.api.catalog.faults = {};
    }
  });

  it('compares the opened municipality with its similar municipalities and the prefecture (its briefing’s block)', async () => {
    const expected = catalogExpected(stack.api.catalog.datasets, since);
    const islands = ['42209', '42210', '42211', '42383', '42411'];
    const counts = islands
      .map((c) => expected.get(MOCK_CATALOG_ORGANIZATIONS[c]!)?.datasets ?? 0)
      .sort((a, b) => a - b);
    // Ojika, opened in the test before.
    const p = page;
    await p.waitForSelector(
      '[data-testid="od-nb"] tr[data-metric="datasets"][data-peer-median]:not([data-peer-median=""])',
      {
        timeout: 120_000,
      },
    );
    const row = p.locator('[data-testid="od-nb"] tr[data-metric="datasets"]');
    expect(await row.getAttribute('data-value')).toBe(String(expected.get('ojika-town')!.datasets));
    expect(await row.getAttribute('data-peer-median')).toBe(String(counts[2]));
    const all = MUNICIPALITIES.map(
      (m) => expected.get(MOCK_CATALOG_ORGANIZATIONS[m.code]!)?.datasets ?? 0,
    ).sort((a, b) => a - b);
    expect(await row.getAttribute('data-prefecture-median')).toBe(String(all[10]));
    // The sentence names the themes most others publish and Ojika does not.
    const ojikaThemes = expected.get('ojika-town')!.themes;
    const others = MUNICIPALITIES.filter((m) => m.code !== '42383').map(
      (m) => expected.get(MOCK_CATALOG_ORGANIZATIONS[m.code]!)?.themes ?? new Set<string>(),
    );
    const themeTitles = new Map(
      stack.api.catalog.datasets.flatMap((d) =>
        d.groups.map((g) => [g.name, g.display_name] as const),
      ),
    );
    const missing = [...themeTitles.keys()].filter(
      (t) => !ojikaThemes.has(t) && others.filter((s) => s.has(t)).length * 2 > others.length,
    );
    expect(missing.length).toBeGreaterThan(0);
    const sentence = (await p.textContent('[data-testid="od-nb-missing"]')) ?? '';
    for (const t of missing) expect(sentence).toContain(themeTitles.get(t));
    for (const t of ojikaThemes) expect(sentence).not.toContain(`「${themeTitles.get(t)}」`);
    await p.click('[data-testid="pf-detail"] > button');
  });

  it('says each catalogue fault in words, keeping the figures it has', async () => {
    const good = await kpi(page, 'datasets');
    const fault = (faults: Record<string, unknown>) =>
      fetch(`${stack.api.url}/__mock/catalog`, { method: 'POST', body: JSON.stringify(faults) });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ noCors: true }, '2025-04-01', /CORS/],
      [{ unreachable: true }, '2024-10-01', /接続できません/],
      [
        { failure: { status: 409, type: 'Search Query Error', message: 'Solr is down' } },
        '2024-04-01',
        /success: false.*Search Query Error.*Solr is down/,
      ],
    ];
    try {
      // Another comparison date is one more request: each fault in turn.
      for (const [faults, date, reason] of cases) {
        await fault(faults);
        await page.fill('[data-testid="od-since"]', date);
        await page.waitForFunction(
          (re) =>
            new RegExp(re).test(
              document.querySelector('[data-panel="catalog"] [data-part="since"]')?.textContent ??
                '',
            ),
          reason.source,
          { timeout: 60_000 },
        );
        // The round already shown stays; only the comparison is missing, never 0.
        expect(await kpi(page, 'datasets')).toMatchObject({ value: good.value, before: '' });
        expect(
          await page.getAttribute(
            '[data-testid="od-cat-table"] tr[data-code="42201"]',
            'data-before',
          ),
        ).toBe('');
      }
    } finally {
      await fetch(`${stack.api.url}/__mock/catalog`, { method: 'DELETE' });
      await page.fill('[data-testid="od-since"]', since);
      await page.waitForFunction(
        (b) => document.querySelector('[data-kpi="datasets"]')?.getAttribute('data-before') === b,
        good.before,
      );
    }
  });

  it('passes axe and leaves no Japanese interface text in English', async () => {
    expect(
      await seriousViolations(page, [
        '[data-panel="platform-kpi-strip"]',
        '[data-panel="catalog"]',
        '[data-panel="platform-services"]',
      ]),
    ).toEqual([]);
    await page.click('button.lang');
    await page.waitForSelector('.app[lang="en"]');
    expect(await page.textContent('[data-testid="od-kpi-municipalities"]')).toMatch(/^\d+ of 21$/);
    expect(await scanI18n(page, 'en')).toEqual({ rawKeys: [], japanese: [] });
    await page.click('button.lang');
    await page.waitForSelector('.app[lang="ja"]');
  });
  async function platformPage(): Promise<Page> {
    const p = await stack.browser.newPage({ viewport: DESK });
    await p.goto(`${stack.app.url}/?screen=platform`);
    await waitForMapReady(p, 180_000, '[data-testid="pf-total-datasets"]');
    return p;
  }

  it('an unreachable catalogue: its KPIs not available (never 0), the broker’s intact', async () => {
    const fault = (faults: Record<string, unknown>) =>
      fetch(`${stack.api.url}/__mock/catalog`, { method: 'POST', body: JSON.stringify(faults) });
    await fault({ unreachable: true });
    try {
      const p = await platformPage();
      await p.waitForSelector('[data-testid="od-cat-error"]', { timeout: 60_000 });
      expect(await p.textContent('[data-testid="od-cat-error"]')).toMatch(
        /カタログに接続できません/,
      );
      for (const id of ['municipalities', 'datasets']) {
        const k = await kpi(p, id);
        expect(k.value, id).toBe('');
        expect(k.text, id).toBe('取得できません');
      }
      await p.waitForSelector(SERVICES_READY);
      expect(Number((await kpi(p, 'platform')).value)).toBe(21);
      expect(Number((await kpi(p, 'services')).value)).toBeGreaterThan(0);
      await p.close();
    } finally {
      await fetch(`${stack.api.url}/__mock/catalog`, { method: 'DELETE' });
    }
  });

  // Last: it adds a service to the store the tests above count from.
  it('names a configured organization the catalogue lacks, and a service of an unknown category', async () => {
    // The same broker and catalogue, another deployment's config.json.
    const app = await serveDist({
      config: {
        apiBaseUrl: stack.api.url,
        contextUrl: CONTEXT,
        mode: 'live',
        catalog: {
          ...catalogConfig(stack.api.url),
          organizations: { ...MOCK_CATALOG_ORGANIZATIONS, '42204': 'isahaya-shi' },
        },
      },
    });
    try {
      stack.api.broker.upsert({
        id: 'urn:ngsi-ld:PlatformService:odd',
        type: 'PlatformService',
        name: { type: 'Property', value: '教育ポータル' },
        category: { type: 'Property', value: 'education' },
        localGovernmentCodes: { type: 'Property', value: ['42201'] },
        dataTypesUsed: { type: 'Property', value: [] },
        status: { type: 'Property', value: 'operating' },
      });
      const p = await stack.browser.newPage({ viewport: DESK });
      await p.goto(`${app.url}/?screen=platform`);
      await waitForMapReady(p, 180_000, READY);
      const row = p.locator('[data-testid="od-cat-table"] tr[data-code="42204"]');
      expect(await row.getAttribute('data-state')).toBe('notInCatalog');
      expect(await row.textContent()).toContain('カタログに組織なし');
      expect(await row.getAttribute('data-datasets')).toBe('');
      // Isahaya's count is unknown: the KPI is a lower bound, said so.
      expect((await kpi(p, 'municipalities')).text).toMatch(/以上/);
      await p.waitForSelector('[data-testid="od-svc-unknown-category"]');
      expect(
        await p.textContent(
          '[data-testid="od-svc-list"] [data-id="urn:ngsi-ld:PlatformService:odd"]',
        ),
      ).toContain('分野不明（education）');
      await p.close();
    } finally {
      await app.close();
    }
  });
});
