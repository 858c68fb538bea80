/**
 * The wall display as the disaster room sees it, and the map's colours and framing as anyone
 * sees them: the headline and the level-5 banner from the state in force (checked against the
 * raw entities), no buttons and always a legend in kiosk, JMA's level colours on the pixels
 * under the markers, presets framed in the map area the panels leave free, and place names
 * that never overlap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { digits, waitForMapReady } from './support/browser';
import { expectedTotals, fetchAll, type RawEntity } from './support/mock-state';
import { mapSettled } from './support/map-settled';
import { freezeDrill, startStack, type Stack } from './support/stack';
import {
  boundaries,
  cameraOf,
  interiorPoints,
  pixelsAt,
  projectedBox,
  readsAsLevel,
} from './support/map-pixels';
import { MUNICIPALITY_RECORDS } from '../../src/domain/municipalities.data';

const READY = '[data-testid="total-evacuees"]';

const code5 = (e: RawEntity) => {
  const p = e['localGovernmentCode'];
  return String(typeof p === 'object' ? p.value : '').slice(0, 5);
};
const num = (e: RawEntity, name: string) => {
  const p = e[name];
  return typeof p === 'object' ? p.value : undefined;
};

/** Highest level in force per municipality, from raw EvacuationInformation (never lifted). */
function levelsInForce(infos: readonly RawEntity[]): Map<string, 3 | 4 | 5> {
  const out = new Map<string, 3 | 4 | 5>();
  for (const e of infos) {
    if (num(e, 'liftedAt') !== undefined) continue;
    const level = num(e, 'alertLevel');
    if (level !== 3 && level !== 4 && level !== 5) continue;
    const code = code5(e);
    if ((out.get(code) ?? 0) < level) out.set(code, level);
  }
  return out;
}

const nameJa = (code: string) => MUNICIPALITY_RECORDS.find((m) => m.code === code)?.nameJa ?? code;
const frameOf = (code: string) => MUNICIPALITY_RECORDS.find((m) => m.code === code)!.frame;

/** Geometry of the map area left free by the panels drawn over it. */
async function freeArea(page: Page) {
  return page.evaluate(() => {
    const area = document.querySelector('.map-area')!;
    const map = document.querySelector<HTMLElement>('[data-testid="map"]')!.getBoundingClientRect();
    const overlays = [...area.children]
      .filter((el) => !el.classList.contains('map-wrap') && !el.classList.contains('tooltip'))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({
        left: r.left - map.left,
        top: r.top - map.top,
        right: r.right - map.left,
        bottom: r.bottom - map.top,
      }));
    return { width: map.width, height: map.height, overlays };
  });
}

async function labelBoxes(page: Page): Promise<[string, number, number, number, number][]> {
  const json = await page.getAttribute('.map-area', 'data-labels');
  return JSON.parse(json ?? '[]') as [string, number, number, number, number][];
}

async function settle(page: Page): Promise<void> {
  // The camera flies for 1.2 s after a preset change, drawing as it goes; then the map is
  // idle and draws no more.
  await mapSettled(page, 800, 60_000);
}

/** Share of each shaded municipality's interior points that show its level's colour. */
async function levelShares(page: Page, levels: Map<string, 3 | 4 | 5>, codes?: string[]) {
  const camera = await cameraOf(page);
  const png = await page.locator('[data-testid="map"]').screenshot();
  const names = (await labelBoxes(page)).map(([, ...box]) => box);
  const shapes = boundaries();
  const shares: Record<string, number> = {};
  for (const [code, level] of levels) {
    if (codes && !codes.includes(code)) continue;
    const parts = shapes.get(code)!;
    const points = interiorPoints(parts, 0.01);
    const pixels = pixelsAt(png, camera, points, names);
    if (pixels.length < 20) continue; // too small at this zoom to judge
    shares[`${nameJa(code)} Lv${level}`] =
      Math.round((100 * pixels.filter((p) => readsAsLevel(level, p)).length) / pixels.length) / 100;
  }
  return shares;
}

/**
 * The level shading shows under the markers: in every shaded municipality at least 55 % of
 * its interior (away from borders, coast and place names) reads as its level's colour, and
 * 70 % over all of them. (Before issue 14: level 5 read as mid-grey and about a thousand
 * markers carpeted the mainland, so none of this held.)
 */
function expectShadingVisible(shares: Record<string, number>): void {
  expect(Object.entries(shares).filter(([, share]) => share < 0.55)).toEqual([]);
  const values = Object.values(shares);
  expect(values.reduce((a, b) => a + b, 0) / values.length).toBeGreaterThan(0.7);
}

/**
 * The preset's frame lies in the map area the panels leave free (under no overlay but a
 * sliver of sea at a corner) and fills it in one direction; no two place names overlap.
 */
async function expectFramed(page: Page, view: string): Promise<void> {
  const camera = await cameraOf(page);
  const codes: Record<string, string[]> = {
    prefecture: MUNICIPALITY_RECORDS.map((m) => m.code),
    goto: ['42211', '42411', '42383'],
    nagasaki: ['42201', '42307', '42308'],
  };
  const frames = codes[view]!.map(frameOf);
  const bounds = [
    Math.min(...frames.map((f) => f[0])),
    Math.min(...frames.map((f) => f[1])),
    Math.max(...frames.map((f) => f[2])),
    Math.max(...frames.map((f) => f[3])),
  ] as const;
  const box = projectedBox(camera, bounds);
  const free = await freeArea(page);
  expect(box.left, view).toBeGreaterThanOrEqual(-1);
  expect(box.top, view).toBeGreaterThanOrEqual(-1);
  expect(box.right, view).toBeLessThanOrEqual(free.width + 1);
  expect(box.bottom, view).toBeLessThanOrEqual(free.height + 1);
  const hit = free.overlays.filter(
    (o) => o.left < box.right && box.left < o.right && o.top < box.bottom && box.top < o.bottom,
  );
  for (const o of hit) {
    const w = Math.min(o.right, box.right) - Math.max(o.left, box.left);
    const h = Math.min(o.bottom, box.bottom) - Math.max(o.top, box.top);
    expect((w * h) / ((box.right - box.left) * (box.bottom - box.top)), view).toBeLessThan(0.02);
  }
  // No half-empty sea.
  const fill = Math.max((box.right - box.left) / free.width, (box.bottom - box.top) / free.height);
  expect(fill, view).toBeGreaterThan(0.7);

  const labels = await labelBoxes(page);
  expect(labels.length, view).toBeGreaterThan(view === 'prefecture' ? 10 : 1);
  const clash: string[] = [];
  for (const [i, a] of labels.entries())
    for (const b of labels.slice(i + 1))
      if (a[1] < b[1] + b[3] && b[1] < a[1] + a[3] && a[2] < b[2] + b[4] && b[2] < a[2] + a[4])
        clash.push(`${a[0]} × ${b[0]}`);
  expect(clash, view).toEqual([]);
}

describe('the wall and the map during the drill', () => {
  let stack: Stack;
  let levels: Map<string, 3 | 4 | 5>;
  let overlays: RawEntity[];
  beforeAll(async () => {
    stack = await startStack(
      { scenario: 'typhoon' },
      { kiosk: { cycleSeconds: 3600, presets: ['prefecture'] } },
    );
    await freezeDrill(stack.api.url);
    levels = levelsInForce(await fetchAll(stack.api.url, 'EvacuationInformation'));
    overlays = await fetchAll(stack.api.url, 'EvacuationShelter');
  });
  afterAll(() => stack?.close());

  async function open(query: string, width: number, height: number): Promise<Page> {
    const page = await stack.browser.newPage({ viewport: { width, height } });
    await page.goto(`${stack.app.url}/${query}`);
    await waitForMapReady(page, 180_000, READY);
    await settle(page);
    return page;
  }

  it('the wall: a headline, the level-5 banner from the state in force, no buttons, a legend, JMA colours', async () => {
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
    await page.close();
  });

  it('desk at 1920×1080, preset by preset: the level shading shows under the markers, the frame fills the free map, names apart', async () => {
    const page = await open('?view=prefecture', 1920, 1080);
    const shaded: Record<string, string[] | undefined> = {
      prefecture: undefined,
      goto: ['42211', '42411', '42383'],
      tsushima: ['42209'],
    };
    for (const view of ['prefecture', 'goto', 'tsushima', 'nagasaki']) {
      if (view !== 'prefecture') {
        await page.click(`[data-preset="${view}"]`);
        await settle(page);
      }
      if (view in shaded) {
        const shares = await levelShares(page, levels, shaded[view]);
        expect(Object.keys(shares).length, view).toBeGreaterThan(0);
        expectShadingVisible(shares);
      }
      if (view !== 'tsushima') await expectFramed(page, view);
    }
    await page.close();
  });
});

describe('the wall on a quiet day', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, { kiosk: { cycleSeconds: 3600, presets: ['prefecture'] } });
  });
  afterAll(() => stack?.close());

  it('says plainly that nothing is in force and no shelter is open, as of when; keeps its legend', async () => {
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
    await page.close();
  });
});
