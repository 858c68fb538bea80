/**
 * What the wall and the desk map are judged by, from the raw entities and the pixels: the
 * levels in force, JMA's level colours under the markers, a preset framed in the map area
 * the panels leave free, and place names that never overlap.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { RawEntity } from './mock-state';
import { mapSettled } from './map-settled';
import {
  boundaries,
  cameraOf,
  interiorPoints,
  pixelsAt,
  projectedBox,
  readsAsLevel,
} from './map-pixels';
import { MUNICIPALITY_RECORDS } from '../../../src/domain/municipalities.data';

const code5 = (e: RawEntity) => {
  const p = e['localGovernmentCode'];
  return String(typeof p === 'object' ? p.value : '').slice(0, 5);
};
const num = (e: RawEntity, name: string) => {
  const p = e[name];
  return typeof p === 'object' ? p.value : undefined;
};

/** Highest level in force per municipality, from raw EvacuationInformation (never lifted). */
export function levelsInForce(infos: readonly RawEntity[]): Map<string, 3 | 4 | 5> {
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

export const nameJa = (code: string) =>
  MUNICIPALITY_RECORDS.find((m) => m.code === code)?.nameJa ?? code;
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

export async function settle(page: Page): Promise<void> {
  // The camera flies for 1.2 s after a preset change, drawing as it goes; then the map is
  // idle and draws no more.
  await mapSettled(page, 800, 60_000);
}

/**
 * Picks a preset and waits for the camera to arrive: it has left the one it was on (each of
 * the presets walked frames another place) and the map has settled since.
 */
export async function choosePreset(page: Page, view: string): Promise<void> {
  const before = await page.getAttribute('.map-area', 'data-camera');
  await page.click(`[data-preset="${view}"]`);
  await page.waitForFunction(
    (was) => document.querySelector('.map-area')?.getAttribute('data-camera') !== was,
    before,
    { timeout: 60_000, polling: 100 },
  );
  await settle(page);
}

/** Share of each shaded municipality's interior points that show its level's colour. */
export async function levelShares(page: Page, levels: Map<string, 3 | 4 | 5>, codes?: string[]) {
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
export function expectShadingVisible(shares: Record<string, number>): void {
  expect(Object.entries(shares).filter(([, share]) => share < 0.55)).toEqual([]);
  const values = Object.values(shares);
  expect(values.reduce((a, b) => a + b, 0) / values.length).toBeGreaterThan(0.7);
}

/**
 * The preset's frame lies in the map area the panels leave free (under no overlay but a
 * sliver of sea at a corner) and fills it in one direction; no two place names overlap.
 */
export async function expectFramed(page: Page, view: string): Promise<void> {
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
