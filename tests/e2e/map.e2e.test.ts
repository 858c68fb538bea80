import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { seriousViolations } from './support/axe';
import { domTable, openDetails, saveCsv } from './support/saved-files';
import { pickColumns, unformatJa } from '../../src/ui/export/testing/downloads';
import { serveDist } from './support/static-server';
import { digits, launchChromium, recordRequests, waitForMapReady } from './support/browser';
import { countColours } from './support/pixels';
import { fixtureCounts } from './support/fixture-counts';
import { CONTEXT, startStack, type Stack } from './support/stack';

/**
 * The shelter masters on a day with no event: the map and the designation counts against the
 * fixtures, and the table and CSV of designations per municipality, on one page.
 */
describe('the map on the production build against the HTTP mock broker', () => {
  let stack: Stack;
  let page: Page;
  let requests: string[];
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    requests = recordRequests(page);
    await page.goto(stack.app.url);
    await waitForMapReady(page);
  });
  afterAll(() => stack?.close());

  it('draws every facility, shows counts equal to the fixtures, and asks no foreign host', async () => {
    const expected = fixtureCounts();
    const text = async (id: string) => digits(await page.textContent(`[data-testid="${id}"]`));
    expect(await text('count-designations')).toBe(expected.designations);
    expect(await text('count-facilities')).toBe(expected.facilities);
    expect(await text('count-sites')).toBe(expected.sites);
    expect(await text('count-shelters')).toBe(expected.shelters);
    expect(await text('count-welfare')).toBe(expected.welfare);
    expect(await text('count-suspect')).toBe(4);
    expect(await page.locator('[data-testid="suspect-list"] li').count()).toBe(4);

    // What the map does not draw is counted beside the count, with why: the facilities whose
    // every designation is in the list of doubtful locations.
    const suspectIds = (await page.locator('[data-testid="suspect-list"] li').allTextContents())
      .map((text) => /E\d{10}\d{2}[1-9A-Za-z]/.exec(text)?.[0])
      .filter((id): id is string => id !== undefined);
    const byFacility = new Map<string, string[]>();
    for (const id of expected.ids)
      byFacility.set(id.slice(0, 11), [...(byFacility.get(id.slice(0, 11)) ?? []), id]);
    const leftOff = [...byFacility.values()].filter((ids) =>
      ids.every((id) => suspectIds.includes(id)),
    );
    const onMap = page.locator('[data-testid="count-on-map"]');
    expect(Number(await onMap.getAttribute('data-not-drawn'))).toBe(leftOff.length);
    expect(Number(await page.getAttribute('.map-area', 'data-facility-markers'))).toBe(
      expected.facilities - leftOff.length,
    );
    expect(await onMap.textContent()).toContain(`${leftOff.length}か所は位置が確認できないため`);

    // Pixels, not only the DOM: each marker colour is on the map canvas.
    const png = await page.locator('[data-testid="map"]').screenshot();
    const counts = countColours(
      png,
      { site: [0, 158, 115], shelter: [0, 114, 178], welfare: [213, 94, 0] },
      6,
    );
    expect(counts.site).toBeGreaterThan(500);
    expect(counts.shelter).toBeGreaterThan(500);
    expect(counts.welfare).toBeGreaterThan(100);

    const allowed = new Set([new URL(stack.app.url).origin, new URL(stack.api.url).origin]);
    const foreign = requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && !allowed.has(new URL(u).origin),
    );
    expect(foreign).toEqual([]);
  });

  it('tables the designations per municipality, adding up to the fixture counts', async () => {
    await openDetails(page, 'designation-details');
    const dom = await domTable(page, 'designation-table');
    const { name, csv } = await saveCsv(page, 'designation-csv');
    expect(name).toMatch(/^nagasaki-designations-\d{8}-\d{4}-jst\.csv$/);
    const ids = [
      'evacuation_sites',
      'shelters',
      'welfare_shelters',
      'facilities',
      'doubtful_locations',
    ];
    expect(pickColumns(csv, ['municipality', ...ids])).toEqual(
      dom.body.map((r) => r.map(unformatJa)),
    );
    const expected = fixtureCounts();
    expect(dom.body.at(-1)).toEqual([
      '県全体',
      ...[expected.sites, expected.shelters, expected.welfare, expected.facilities, 4].map((n) =>
        n.toLocaleString('ja-JP'),
      ),
    ]);
    // Per municipality, the sites and shelters each designates (localGovernmentCode).
    const byCode = async (file: string) => {
      const rows: unknown = JSON.parse(
        await readFile(new URL(`../../mocks/fixtures/${file}`, import.meta.url), 'utf8'),
      );
      if (!Array.isArray(rows)) throw new Error(`${file} is not a list`);
      const out = new Map<string, number>();
      for (const e of rows) {
        const code = String(e?.localGovernmentCode?.value ?? '').slice(0, 5);
        out.set(code, (out.get(code) ?? 0) + 1);
      }
      return out;
    };
    const sites = await byCode('evacuation-sites.json');
    const shelters = await byCode('designated-shelters.json');
    for (const [code, s, d] of pickColumns(csv, [
      'municipality_code',
      'evacuation_sites',
      'shelters',
    ]))
      if (code)
        expect([code, Number(s), Number(d)]).toEqual([
          code,
          sites.get(code!) ?? 0,
          shelters.get(code!) ?? 0,
        ]);
    expect(await seriousViolations(page, ['[data-panel="designations"]'])).toEqual([]);
  });

  it('frames all islands in 16:9 and switches to a preset', async () => {
    const other = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await other.goto(`${stack.app.url}/?view=tsushima`);
    await waitForMapReady(other);
    await other.click('[data-preset="prefecture"]');
    await other.waitForURL((u) => !u.search.includes('view='));
    await other.close();
  });
});

describe('a broken config.json', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<[string, object | string, string]>([
    ['a wrong type', { apiBaseUrl: 42, contextUrl: CONTEXT, mode: 'live' }, 'apiBaseUrl'],
    [
      'a bad nested value',
      { apiBaseUrl: '.', contextUrl: CONTEXT, mode: 'mock', pollSeconds: { shelters: -1 } },
      'pollSeconds.shelters',
    ],
    ['text that is not JSON', '{"apiBaseUrl": ', ''],
  ])('shows the config error screen for %s, naming the field', async (_label, config, field) => {
    const app = await serveDist({ config });
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="config-error"]', { timeout: 30_000 });
    expect(await page.locator(`tr[data-field="${field}"]`).count()).toBe(1);
    await page.close();
    await app.close();
  });
});
