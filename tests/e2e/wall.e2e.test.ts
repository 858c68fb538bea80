/**
 * The wall display as the disaster room sees it, and the desk as its staff use it, on the
 * drill and on a quiet day.
 *
 * The wall (3840×2160, kiosk, in Japanese, nobody touches it): the headline and
 * the level-5 banner from the state in force (checked against the raw entities), no buttons
 * and always a legend, JMA's level colours on the pixels under the markers.
 * The desk (1920×1080, one page per language, moving from screen to screen with the tabs and
 * between briefings with the area picker, the map mounted throughout): presets framed in the
 * map area the panels leave free, the level shading under the markers.
 * On every view, once drawn: no text cut off by its box or drawn over other text, no chart
 * label outside its chart, no table that needs sideways scrolling, no two place names over
 * each other, no formatting in the other language, no serious or critical axe violation and
 * no interface text left untranslated (raw keys, Japanese on an English page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { digits, waitForMapReady } from './support/browser';
import { expectedTotals, fetchAll, type RawEntity } from './support/mock-state';
import { freezeDrill, startStack, type Stack } from './support/stack';
import {
  clean,
  deskDrill,
  everyStopClean,
  findings,
  nextFrames,
  OPS,
  QUIET,
  switchLang,
  walk,
  type Lang,
  type Stop,
} from './support/layout-walk';
import {
  choosePreset,
  expectFramed,
  expectShadingVisible,
  levelShares,
  levelsInForce,
  nameJa,
  settle,
} from './support/wall-checks';

const READY = OPS;
const KIOSK = { kiosk: { cycleSeconds: 3600, presets: ['prefecture'] } };

describe('the wall and the desk during the drill', () => {
  let stack: Stack;
  let levels: Map<string, 3 | 4 | 5>;
  let overlays: RawEntity[];
  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon' }, KIOSK);
    await freezeDrill(stack.api.url);
    levels = levelsInForce(await fetchAll(stack.api.url, 'EvacuationInformation'));
    overlays = await fetchAll(stack.api.url, 'EvacuationShelter');
  });
  afterAll(() => stack?.close());

  async function open(query: string, width: number, height: number): Promise<Page> {
    const page = await stack.browser.newPage({ viewport: { width, height } });
    await page.goto(`${stack.app.url}/${query}`);
    await waitForMapReady(page, 180_000, READY);
    // The levels in force (the headline's, the map's shading) follow the masters with the
    // other feeds: the picture is whole once the headline no longer waits for them.
    await page.waitForSelector('[data-testid="headline"]:not([data-kind="waiting"])', {
      timeout: 60_000,
    });
    await settle(page);
    return page;
  }

  it('the wall (ja): a headline, the level-5 banner from the state in force, no buttons, a legend, JMA colours; its layout clean', async () => {
    const page = await open('?kiosk=1', 3840, 2160);
    const top = Math.max(...levels.values());
    const where = [...levels].filter(([, l]) => l === top).map(([c]) => c);
    const totals = expectedTotals(overlays);
    const headline = page.locator('[data-testid="headline"]');
    expect(await headline.getAttribute('data-level')).toBe(String(top));
    const text = (await headline.textContent()) ?? '';
    for (const code of where.slice(0, 4)) expect(text).toContain(nameJa(code));
    expect(text).toContain(`開設避難所 ${totals.open.toLocaleString('ja-JP')}か所`);
    expect(text).toContain(`避難者 ${totals.evacuees.toLocaleString('ja-JP')}人`);
    expect(text).toMatch(/\d{2}\/\d{2} \d{2}:\d{2} JST 時点/);

    // Level 5 was in force before the page opened: the banner says so, naming each place.
    const at5 = [...levels].filter(([, l]) => l === 5).map(([c]) => c);
    expect(at5.length).toBeGreaterThan(0);
    const banner = (await page.textContent('[data-testid="level5-banner"]')) ?? '';
    for (const code of at5) expect(banner).toContain(nameJa(code));

    // Nobody touches the wall: nothing to press, and the key to its colours is there.
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, summary, a[href]')]
        .filter(
          (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
        )
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(controls).toEqual([]);
    await expect(page.locator('[data-testid="map-legend"]').isVisible()).resolves.toBe(true);
    expect(digits(await page.textContent(READY))).toBe(totals.evacuees);

    // The prefecture at 4K: every shaded municipality big enough to judge reads as its level.
    const shares = await levelShares(page, levels);
    expect(Object.keys(shares).length).toBeGreaterThan(10);
    expectShadingVisible(shares);
    await expectFramed(page, 'prefecture');
    await nextFrames(page);
    expect(await findings(page, 'ja', true)).toEqual(clean('ja'));
    await page.close();
  });

  it('the desk (ja): every screen and the Goto briefing clean; then back on operations, preset by preset, the level shading shows under the markers, the frame fills the free map, names apart', async () => {
    // The camera flies between presets and briefed areas here, as the desk sees it.
    const page = await stack.browser.newPage({
      viewport: { width: 1920, height: 1080 },
      reducedMotion: 'no-preference',
    });
    await page.goto(`${stack.app.url}/?lang=ja`);
    const stops = deskDrill('ja');
    expect(await walk(page, 'ja', stops)).toEqual(everyStopClean(stops, 'ja'));

    await page.click('button[data-screen="operations"]');
    await waitForMapReady(page, 180_000, READY);
    await page.waitForSelector('[data-testid="headline"]:not([data-kind="waiting"])', {
      timeout: 60_000,
    });
    await settle(page);
    const shaded: Record<string, string[] | undefined> = {
      prefecture: undefined,
      goto: ['42211', '42411', '42383'],
      tsushima: ['42209'],
    };
    for (const view of ['prefecture', 'goto', 'tsushima', 'nagasaki']) {
      if (view !== 'prefecture') await choosePreset(page, view);
      if (view in shaded) {
        const shares = await levelShares(page, levels, shaded[view]);
        expect(Object.keys(shares).length, view).toBeGreaterThan(0);
        expectShadingVisible(shares);
      }
      if (view !== 'tsushima') await expectFramed(page, view);
    }
    await page.close();
  });

  it('the desk (en): every screen and the Goto briefing clean', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${stack.app.url}/?lang=en`);
    const stops = deskDrill('en');
    expect(await walk(page, 'en', stops)).toEqual(everyStopClean(stops, 'en'));
    await page.close();
  });
});

describe('the wall on a quiet day', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, KIOSK);
  });
  afterAll(() => stack?.close());

  it('the wall says plainly that nothing is in force and no shelter is open, as of when; keeps its legend; its layout clean', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 3840, height: 2160 } });
    await page.goto(`${stack.app.url}/?kiosk=1`);
    await waitForMapReady(page, 180_000, '[data-testid="headline"][data-kind="quiet"]');
    const text = (await page.textContent('[data-testid="headline"]')) ?? '';
    expect(text).toContain('発令中の避難情報はありません');
    expect(text).toContain('開設中の避難所はありません');
    expect(text).toMatch(/\d{2}\/\d{2} \d{2}:\d{2} JST 時点/);
    await expect(page.locator('[data-testid="map-legend"]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="level5-banner"]').count()).toBe(0);
    const controls = await page
      .locator('button:visible, select:visible, input:visible')
      .evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 120)));
    expect(controls).toEqual([]);
    await settle(page);
    await nextFrames(page);
    expect(await findings(page, 'ja', true)).toEqual(clean('ja'));
    await page.close();
  });

  it('the desk on operations (ja, then en): clean in both', async () => {
    const stops = (lang: Lang): Stop[] => [
      {
        name: `operations (${lang})`,
        go: lang === 'ja' ? async () => undefined : switchLang,
        ready: [QUIET, `.app[lang="${lang}"]`],
      },
    ];
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    try {
      await page.goto(`${stack.app.url}/?lang=ja`);
      expect(await walk(page, 'ja', stops('ja'))).toEqual(everyStopClean(stops('ja'), 'ja'));
      expect(await walk(page, 'en', stops('en'))).toEqual(everyStopClean(stops('en'), 'en'));
    } finally {
      await page.close();
    }
  });
});
