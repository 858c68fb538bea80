import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { digits, waitForMapReady } from './support/browser';
import { expectedTotals, fetchAll } from './support/mock-state';
import { startStack, type Stack } from './support/stack';

const READY = '[data-testid="total-evacuees"]';

describe('the typhoon drill on the production build', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(
      { scenario: 'typhoon', speed: 60 },
      { pollSeconds: { shelters: 2, evacuationInformation: 2 } },
    );
  });
  afterAll(() => stack?.close());

  async function open(query: string, width: number, height: number): Promise<Page> {
    const page = await stack.browser.newPage({ viewport: { width, height } });
    await page.goto(`${stack.app.url}/${query}`);
    await waitForMapReady(page, 180_000, READY);
    return page;
  }

  it('runs: the event, evacuation levels and open shelters appear', async () => {
    const page = await open('', 1920, 1080);
    await expect(page.textContent('[data-testid="event-name"]')).resolves.toContain('訓練');
    expect(await page.locator('[data-testid="municipality-table"] .level').count()).toBeGreaterThan(
      0,
    );
    expect(digits(await page.textContent('[data-testid="total-open"]'))).toBeGreaterThan(0);
    await page.close();
  });

  it('shows totals equal to those computed independently from the mock broker', async () => {
    stack.api.scenario!.pause();
    const expected = expectedTotals(await fetchAll(stack.api.url, 'EvacuationShelter'));
    const page = await open('', 1920, 1080);
    expect(digits(await page.textContent('[data-testid="total-open"]'))).toBe(expected.open);
    expect(digits(await page.textContent('[data-testid="total-evacuees"]'))).toBe(
      expected.evacuees,
    );
    expect(digits(await page.textContent('[data-testid="total-households"]'))).toBe(
      expected.households,
    );
    await page.close();
  });

  it('raises an alert when a shelter turns full', async () => {
    stack.api.scenario!.pause();
    const page = await open('', 1920, 1080);
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
    expect(await banner.first().textContent()).toContain('満員');
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
