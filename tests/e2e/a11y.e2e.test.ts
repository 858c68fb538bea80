import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMapReady } from './support/browser';
import { scanI18n } from './support/i18n-scan';
import { startStack, type Stack } from './support/stack';

/*
 * axe and the untranslated-text scan run on every view, in both languages, on the desk and the
 * wall, in wall.e2e.test.ts (one page load per view for all of its checks). Here: switching
 * the language in place, and the keyboard.
 */
describe('accessibility and languages, in Chromium', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon', speed: 60 });
  });
  afterAll(() => stack?.close());

  /** The page the keyboard test leaves on a briefing, for the language switch. */
  let briefing: Page | undefined;

  async function open(search: string, ready: string): Promise<Page> {
    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${stack.app.url}/${search}`);
    await waitForMapReady(page, 180_000, ready);
    return page;
  }

  it('works from the keyboard: every control reachable, focus visible, tabs and pickers usable', async () => {
    const page = await open('', '[data-testid="total-evacuees"]');
    const reached = new Set<string>();
    let outlineMissing = 0;
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        return {
          id:
            el.dataset.screen ??
            el.dataset.preset ??
            (el.classList.contains('lang') ? 'lang' : el.tagName.toLowerCase()),
          visible: visible || s.boxShadow !== 'none',
        };
      });
      if (!info) continue;
      reached.add(info.id);
      if (!info.visible) outlineMissing += 1;
    }
    for (const id of ['operations', 'tourism', 'briefing', 'platform', 'lang', 'tsushima'])
      expect(reached, id).toContain(id);
    expect(outlineMissing).toBe(0);

    // Enter on a focused screen tab switches the view; the briefing's picker takes arrow keys.
    await page.focus('[data-screen="briefing"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="brief-area"]');
    await page.focus('[data-testid="brief-area"]');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('area') === '42201');
    briefing = page;
  });

  it('switching the language leaves no Japanese interface text behind', async () => {
    // The briefing the keyboard test ended on (Nagasaki City's), switched in place.
    const page =
      briefing ??
      (await open('?screen=briefing&area=42201', '[data-testid="brief-tour-sentences"]'));
    await page.waitForSelector('[data-testid="brief-tour-sentences"]');
    await page.click('button.lang');
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('lang') === 'en');
    expect(await scanI18n(page, 'en')).toEqual({ rawKeys: [], japanese: [] });
    expect(page.url()).toContain('lang=en');
    await page.close();
  });
});
