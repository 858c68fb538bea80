import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { digits, launchChromium, waitForMapReady, shownTotals } from './support/browser';
import { INVALID_TWIN } from '../../mocks/scenarios/bad-data';
import {
  expectedTotals,
  fetchAll,
  isInvalid,
  latest,
  shelterKey,
  type RawEntity,
} from './support/mock-state';
import { CONTEXT, startStack, type Stack } from './support/stack';
import { serveDist } from './support/static-server';

const READY = '[data-testid="total-evacuees"]';
const tid = (id: string) => `[data-testid="${id}"]`;

describe('the typhoon drill on the production build', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(
      { scenario: 'typhoon', speed: 60 },
      { pollSeconds: { shelters: 2, evacuationInformation: 2 } },
    );
  });
  afterAll(() => stack?.close());

  /**
   * Waits for the live overlay feed (the data panel's third feed) to complete a poll that
   * was sent after `since`: one finishing after it, then the next.
   */
  async function pollsSince(page: Page, since: number): Promise<void> {
    const updatedAt = (after: number) =>
      page.waitForFunction(
        (t) =>
          Number(
            document.querySelectorAll<HTMLElement>('[data-testid="feed-status"]')[2]?.dataset
              .updatedAt ?? 0,
          ) > t,
        after,
        { timeout: 30_000, polling: 100 },
      );
    await updatedAt(since);
    const first = await page.$$eval('[data-testid="feed-status"]', (els) =>
      Number((els[2] as HTMLElement | undefined)?.dataset.updatedAt ?? 0),
    );
    await updatedAt(first);
  }

  async function open(query: string, width: number, height: number): Promise<Page> {
    const page = await stack.browser.newPage({ viewport: { width, height } });
    await page.goto(`${stack.app.url}/${query}`);
    await waitForMapReady(page, 180_000, READY);
    return page;
  }

  /** The desk, opened once while the drill runs; the next tests look at it as it goes on. */
  let desk: Page;

  it('runs: the event, evacuation levels and open shelters appear', async () => {
    desk = await open('', 1920, 1080);
    const page = desk;
    await expect(page.textContent('[data-testid="event-name"]')).resolves.toContain('訓練');
    expect(await page.locator('[data-testid="municipality-table"] .level').count()).toBeGreaterThan(
      0,
    );
    expect(digits(await page.textContent('[data-testid="total-open"]'))).toBeGreaterThan(0);
  });

  /** The planted tie, checked on the raw data so that the test cannot pass without it. */
  function plantedTie(overlays: readonly RawEntity[]) {
    const reports = overlays.filter((e) => shelterKey(e) === INVALID_TWIN.nationalShelterId);
    expect(reports.map((e) => e.id).sort()).toEqual([
      INVALID_TWIN.id,
      `urn:ngsi-ld:EvacuationShelter:${INVALID_TWIN.nationalShelterId}`,
    ]);
    const [twin, real] = reports.sort((a, b) => (a.id < b.id ? -1 : 1)) as [RawEntity, RawEntity];
    expect(latest(twin)).toBe(latest(real));
    expect([isInvalid(twin), isInvalid(real)]).toEqual([true, false]);
    return { twin, real };
  }

  it('shows totals equal to those computed independently from the mock broker', async () => {
    stack.api.scenario!.pause();
    const page = desk;
    await pollsSince(page, Date.now());
    const overlays = await fetchAll(stack.api.url, 'EvacuationShelter');
    const { twin, real } = plantedTie(overlays);
    const expected = expectedTotals(overlays);
    const shown = async (id: string) => digits(await page.textContent(`[data-testid="${id}"]`));
    expect(await shownTotals(page)).toEqual({
      open: expected.open,
      evacuees: expected.evacuees,
      households: expected.households,
    });
    expect({
      reportedFull: await shown('total-reported-full'),
      fullBand: await shown('total-full-band'),
    }).toEqual({ reportedFull: expected.reportedFull, fullBand: expected.fullBand });
    // Both full counts have something to say during the drill, and are not the same number.
    expect(expected.reportedFull).toBeGreaterThan(0);
    expect(expected.fullBand).toBeGreaterThan(expected.reportedFull);
    // The tie's municipality, row by row: evacuees, reported full, at the full band.
    const nagasaki = expectedTotals(overlays, '42201');
    const row = await page.$$eval(
      '[data-testid="municipality-table"] tr[data-code="42201"] td.num',
      (tds) => tds.map((td) => Number((td.textContent ?? '').replace(/\D/g, ''))),
    );
    expect([row[0], row[1], row[2], row[5], row[6]]).toEqual([
      nagasaki.open,
      nagasaki.evacuees,
      nagasaki.households,
      nagasaki.reportedFull,
      nagasaki.fullBand,
    ]);
    // Validation notes in Japanese through the catalogue, quoting what came: the planted
    // "preparing" status and the relay's negative count; a reference note is not an alarm.
    const warnings = (await page.locator('[data-testid="feed-warnings"]').allTextContents()).join(
      '\n',
    );
    expect(warnings).toContain(
      'openingStatus：想定外の値 → 状態不明として表示（受信した値：「preparing」）',
    );
    expect(warnings).toMatch(/evacueeTotal：負の数 → この項目を無視（受信した値：「-\d+」/);
    expect(warnings).not.toMatch(/shown as unknown|ignored/);
    await expect(page.getAttribute(tid('note-notDesignated'), 'class')).resolves.toBe('note-info');
    // The duplicate note says which report was used and why the relay's was not.
    const note = page.locator('[data-testid="note-duplicates"]');
    await note.locator('summary').click();
    const kept = note.locator(`[data-key="${INVALID_TWIN.nationalShelterId}"]`);
    await expect(kept.getAttribute('data-kept')).resolves.toBe(real.id);
    await expect(
      kept.locator(`[data-set-aside="${twin.id}"]`).getAttribute('data-reason'),
    ).resolves.toBe('valid');
  });

  it('raises an alert when a shelter turns full', async () => {
    const page = desk;
    const overlays = await fetchAll(stack.api.url, 'EvacuationShelter');
    const value = (e: (typeof overlays)[number], name: string): unknown =>
      (e[name] as { value?: unknown } | undefined)?.value;
    // An open shelter with plenty of room: turning it full is news (one already full by
    // occupancy would change nothing the dashboard shows).
    const target = overlays.find(
      (e) =>
        value(e, 'openingStatus') === 'open' &&
        Number(value(e, 'evacueeTotal')) < 0.2 * Number(value(e, 'maxCapacity')) &&
        String(value(e, 'nationalShelterId')).length === 14,
    );
    expect(target).toBeDefined();
    const observedAt = new Date().toISOString();
    stack.api.broker.upsert({
      id: target!.id,
      type: 'EvacuationShelter',
      openingStatus: { type: 'Property', value: 'full', observedAt },
      statusLabel: { type: 'Property', value: '満員', observedAt },
    });
    const banner = page.locator('[data-testid="alert-banner"] li[data-kind="shelterFull"]');
    await banner.first().waitFor({ timeout: 60_000 });
    expect(await banner.first().textContent()).toContain('満員と報告');
    await page.locator('[data-testid="alert-banner"] button').first().click();
    await page.close();
  });

  it('kiosk at 3840×2160: no scrollbars, every panel on screen, no cursor, JST clock', async () => {
    const page = await open('?kiosk=1', 3840, 2160);
    const fit = await page.evaluate(() => {
      const doc = document.documentElement;
      const side = document.querySelector<HTMLElement>('[data-testid="side"]')!;
      const panels = [...document.querySelectorAll<HTMLElement>('.panel, .topbar, .status-bar')];
      return {
        docFits: doc.scrollHeight <= innerHeight && doc.scrollWidth <= innerWidth,
        sideFits: side.scrollHeight <= side.clientHeight + 1,
        offscreen: panels
          .filter((p) => p.getBoundingClientRect().bottom > innerHeight + 1)
          .map((p) => p.className),
        cursor: getComputedStyle(document.querySelector('.app')!).cursor,
      };
    });
    expect(fit).toEqual({ docFits: true, sideFits: true, offscreen: [], cursor: 'none' });
    await expect(page.textContent('[data-testid="clock"]')).resolves.toMatch(/JST$/);
    await page.close();
  });
});

describe('the same drill embedded (mode "mock": the mock and its driver in a worker of their own)', () => {
  it('runs with no server: the event and open shelters appear, and the evacuees move on', async () => {
    const app = await serveDist({
      config: {
        apiBaseUrl: '.',
        contextUrl: CONTEXT,
        mode: 'mock',
        scenario: 'typhoon',
        drillSpeed: 60,
        pollSeconds: { shelters: 2, evacuationInformation: 2 },
      },
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      await page.goto(`${app.url}/`);
      await waitForMapReady(page, 180_000, READY);
      await expect(page.textContent(tid('event-name'))).resolves.toContain('訓練');
      expect(digits(await page.textContent(tid('total-open')))).toBeGreaterThan(0);
      const first = digits(await page.textContent(tid('total-evacuees')));
      // The driver ticks every second in the mock's worker; polls every 2 s bring it here.
      await page.waitForFunction(
        ([sel, was]) => {
          const text = document.querySelector(sel)?.textContent ?? '';
          const now = Number(text.replace(/\D/g, ''));
          return text !== '' && now !== was;
        },
        [tid('total-evacuees'), first] as const,
        { timeout: 90_000, polling: 250 },
      );
    } finally {
      await browser.close();
      await app.close();
    }
  });
});
