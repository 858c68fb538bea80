/**
 * The shelter masters kept between visits (issue 19): the wall display reloading, the desk's
 * second visit. On the HTTP mock, in one browser profile:
 *  - a reload draws the kept masters while the broker takes 8 s to answer them, dated when the
 *    broker last answered with them, then revalidates them;
 *  - a master set changed since replaces the kept one as soon as the broker answers (well
 *    within one masters poll), and is kept in turn;
 *  - the same page configured for another tenant never shows the first tenant's set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startMockServer, type RunningMockServer } from '../../mocks/http/server';
import { digits, launchChromium, waitForMapReady } from './support/browser';
import { fetchAll } from './support/mock-state';
import { CONTEXT } from './support/stack';
import { serveDist, type StaticServer } from './support/static-server';

const SLOW_MS = 8_000;
const MASTERS = ['EvacuationSite', 'DesignatedShelter'];

describe('masters kept between visits', () => {
  let api: RunningMockServer;
  let app: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let config: Record<string, unknown>;

  /** Each master's first page (the dashboard pages by 500) answered after SLOW_MS. */
  const slowMasters = () => {
    for (const type of MASTERS)
      api.broker.setFault({
        delayMs: SLOW_MS,
        times: Infinity,
        pathIncludes: '/ngsi-ld/v1/entities',
        queryIncludes: `type=${type}&limit=500&offset=0&`,
      });
  };
  const designations = async (page: Page) =>
    digits(await page.textContent('[data-testid="count-designations"]'));
  /** When the site master's data is from (epoch ms), as its feed status says. */
  const sitesUpdatedAt = async (page: Page) =>
    Number(
      await page.locator('[data-testid="feed-status"]').first().getAttribute('data-updated-at'),
    );
  /** Both masters are in the browser's storage (the worker writes them after each answer). */
  const kept = (page: Page) =>
    page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('nagasaki-dashboard');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('kept-masters')) return resolve(false);
            const count = db.transaction('kept-masters').objectStore('kept-masters').count();
            count.onsuccess = () => resolve(count.result === 2);
            count.onerror = () => resolve(false);
          };
          open.onerror = () => resolve(false);
        }),
      undefined,
      { timeout: 30_000 },
    );

  beforeAll(async () => {
    api = await startMockServer({ port: 0 });
    config = {
      apiBaseUrl: api.url,
      contextUrl: CONTEXT,
      mode: 'live',
    };
    // The same deployment (one origin, one browser storage), its config.json read per request.
    app = await serveDist({ config: () => config });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await api?.close();
  });

  let page: Page;
  let first: number;

  it('draws the kept masters at once on a reload, dated when the broker gave them', async () => {
    page = await context.newPage();
    await page.goto(`${app.url}/?lang=en`);
    await waitForMapReady(page);
    first = await designations(page);
    const sites = await fetchAll(api.url, 'EvacuationSite');
    const shelters = await fetchAll(api.url, 'DesignatedShelter');
    expect(first).toBe(sites.length + shelters.length);
    const answeredAt = await sitesUpdatedAt(page);
    await kept(page);

    slowMasters();
    const reloadedAt = Date.now();
    await page.reload();
    // Drawn long before the broker answers the masters.
    await waitForMapReady(page, SLOW_MS - 1_000);
    expect(Date.now() - reloadedAt).toBeLessThan(SLOW_MS);
    expect(await designations(page)).toBe(first);
    expect(await sitesUpdatedAt(page)).toBeLessThan(reloadedAt);
    // The worker dates the set when the broker's answer is in, a moment before the page has it.
    expect(await sitesUpdatedAt(page)).toBeGreaterThan(answeredAt - 2_000);

    // Revalidated: the same set, now dated by this visit's answer.
    await page.waitForFunction(
      (after) =>
        Number(
          document.querySelector('[data-testid="feed-status"]')?.getAttribute('data-updated-at'),
        ) > after,
      reloadedAt,
      { timeout: SLOW_MS + 20_000 },
    );
    expect(await designations(page)).toBe(first);
    api.broker.clearFaults();
  }, 120_000);

  it('replaces a kept set the broker has changed since, and keeps the new one', async () => {
    const [gone] = await fetchAll(api.url, 'EvacuationSite');
    expect(api.broker.remove(gone!.id)).toBe(true);
    slowMasters();
    const reloadedAt = Date.now();
    await page.reload();
    await waitForMapReady(page, SLOW_MS - 1_000);
    // Drawn from storage first: the set as it was.
    expect(await designations(page)).toBe(first);
    // The broker's answer replaces it.
    await page.waitForFunction(
      (n) => {
        const text = document.querySelector('[data-testid="count-designations"]')?.textContent;
        return Number((text ?? '').replace(/\D/g, '')) === n;
      },
      first - 1,
      { timeout: SLOW_MS + 20_000 },
    );
    expect(await sitesUpdatedAt(page)).toBeGreaterThan(reloadedAt);

    // The next visit draws the changed set from storage.
    await kept(page);
    await page.waitForTimeout(500);
    await page.reload();
    await waitForMapReady(page, SLOW_MS - 1_000);
    expect(await designations(page)).toBe(first - 1);
    api.broker.clearFaults();
  }, 120_000);

  it('never shows one tenant’s kept masters to another', async () => {
    api.broker.createTenant('other-town');
    config = { ...config, tenant: 'other-town' };
    slowMasters();
    const other = await context.newPage();
    await other.goto(`${app.url}/?lang=en`);
    await other.waitForSelector('.maplibregl-canvas', { timeout: 30_000 });
    // The masters are still on their way: nothing is counted or drawn from the kept set.
    await other.waitForTimeout(SLOW_MS / 2);
    expect(await other.locator('[data-testid="count-designations"]').count()).toBe(0);
    // Then the other tenant's own (empty) masters.
    await other.waitForSelector('[data-testid="count-designations"]', { timeout: 30_000 });
    expect(await designations(other)).toBe(0);
    api.broker.clearFaults();
    await other.close();
  }, 120_000);
});
