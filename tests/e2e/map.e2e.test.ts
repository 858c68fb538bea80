import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDist, type StaticServer } from './support/static-server';
import { digits, launchChromium, recordRequests, waitForMapReady } from './support/browser';
import { countColours } from './support/pixels';
import { fixtureCounts } from './support/fixture-counts';
import { CONTEXT, startStack, type Stack } from './support/stack';

describe('the map on the production build against the HTTP mock broker', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('draws every facility, shows counts equal to the fixtures, and asks no foreign host', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const requests = recordRequests(page);
    await page.goto(stack.app.url);
    await waitForMapReady(page);

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
    await page.close();
  });

  it('frames all islands in 16:9 and switches to a preset', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${stack.app.url}/?view=tsushima`);
    await waitForMapReady(page);
    await page.click('[data-preset="prefecture"]');
    await page.waitForURL((u) => !u.search.includes('view='));
    await page.close();
  });
});

describe('the embedded default: mock API in the browser', () => {
  let browser: Browser;
  let app: StaticServer;
  beforeAll(async () => {
    app = await serveDist();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('starts on real Nagasaki data with nothing but its own origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const requests = recordRequests(page);
    await page.goto(app.url);
    await waitForMapReady(page);
    expect(digits(await page.textContent('[data-testid="count-designations"]'))).toBe(
      fixtureCounts().designations,
    );
    await expect(page.locator('[data-testid="mock-badge"]').isVisible()).resolves.toBe(true);
    const origin = new URL(app.url).origin;
    expect(requests.filter((u) => u.startsWith('http') && new URL(u).origin !== origin)).toEqual(
      [],
    );
    await page.close();
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
