/**
 * The tourism map on the production build in Chromium at 1920×1080 (English): flows from other
 * prefectures start on land that the basemap draws (Natural Earth land around the prefecture),
 * each origin at its own anchor with its name beside it, no two names overlapping and none
 * under the map's own panels; the period's dates are YYYY-MM-DD text, stepped by the keyboard.
 *
 * Where things are on screen: the camera frames the prefecture preset, so a point's pixel
 * follows from Web Mercator (label-geometry.ts) up to a scale and shift (the map may be framed
 * before the page settles). Those two are found on the pixels: the anchor dots must all sit
 * where one scale and shift of the layout's anchors put them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { waitForMapReady } from './support/browser';
import { startStack, type Stack } from './support/stack';
import { mapSettled } from './support/map-settled';
import { parseCsv } from './support/tourism-expected';
import { presetBounds } from '../../src/domain/presets';
import { CONTEXT_LAND, SEA } from '../../src/map/basemap-style';
import { layoutOrigins } from '../../src/features/tourism/layers/anchors';
import {
  boxesOverlap,
  fitProjection,
  labelBox,
  type Box,
} from '../../src/features/tourism/layers/label-geometry';
import { prefectureName } from '../../src/domain/prefectures';
import type { LngLat } from '../../src/domain/types';

const NOW = Date.parse('2026-08-10T12:00:00+09:00');
const VIEWPORT = { width: 1920, height: 1080 };
const READY = '[data-testid="tourism-notes"]:not(:has([data-note="loading"]))';
const tid = (id: string) => `[data-testid="${id}"]`;

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
const near = (a: Rgb, b: Rgb, tol: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tol);

interface Picture {
  png: PNG;
  at(x: number, y: number): Rgb;
}
async function shoot(page: Page, name: string): Promise<Picture> {
  const buf = await page.screenshot();
  if (process.env.E2E_SAVE) await writeFile(`tests/.artifacts/${name}.png`, buf);
  const png = PNG.sync.read(buf);
  return {
    png,
    at(x, y) {
      const i = (Math.round(y) * png.width + Math.round(x)) * 4;
      return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    },
  };
}

/** The cursor day's flows as the flow table's CSV gives them: origin code, drawn or not. */
async function flowRows(page: Page): Promise<Array<{ origin: string; onMap: boolean }>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(tid('flow-csv')),
  ]);
  const [head, ...rows] = parseCsv(await readFile(await download.path(), 'utf8'));
  const col = (name: string) => head!.indexOf(name);
  return rows.map((r) => ({ origin: r[col('origin_code')]!, onMap: r[col('on_map')] === 'yes' }));
}

describe('the tourism map: origins on land, names apart (1920×1080, English)', () => {
  let stack: Stack;
  let page: Page;
  let mapBox: { x: number; y: number; width: number; height: number };
  let project: (p: LngLat) => [number, number];
  /** Drawn prefectures outside Nagasaki, with their anchors and label sides. */
  let origins: Array<{
    code: string;
    anchor: LngLat;
    label: 'above' | 'right';
    /** Where the projection puts the anchor, and where its dot was found on the pixels. */
    at: [number, number];
    found?: [number, number];
  }>;
  /** Page pixel of a point as the map draws it (calibrated on the anchor dots). */
  let place: (p: LngLat) => [number, number] = () => [NaN, NaN];
  let withFlows: Picture;
  let withoutFlows: Picture;

  beforeAll(async () => {
    stack = await startStack({ tourismNow: () => NOW });
    page = await stack.browser.newPage({ viewport: VIEWPORT });
    await page.goto(
      `${stack.app.url}/?screen=tourism&lang=en&range=2026-08-03..2026-08-09&t=2026-08-08T12`,
    );
    await waitForMapReady(page, 180_000, READY);
    await mapSettled(page, 1000, 90_000);
    mapBox = (await page.locator(tid('map')).boundingBox())!;
    project = fitProjection(presetBounds('prefecture'), mapBox.width, mapBox.height, 24);

    const rows = await flowRows(page);
    const prefectures = rows.filter((r) => /^\d\d$/.test(r.origin) && r.origin !== '42');
    const places = layoutOrigins(prefectures.map((r) => r.origin));
    const drawn = new Set(prefectures.filter((r) => r.onMap).map((r) => r.origin));
    origins = [...drawn].map((code) => {
      const p = places.get(code)!;
      const [x, y] = project(p.anchor);
      return { code, anchor: p.anchor, label: p.label, at: [mapBox.x + x, mapBox.y + y] };
    });
    withFlows = await shoot(page, 'tourism-map-flows');

    await page.getByLabel('Flows (from–to)').uncheck();
    await mapSettled(page, 1000, 90_000);
    withoutFlows = await shoot(page, 'tourism-map-noflows');

    await page.getByLabel('Flows (from–to)').check();
    await mapSettled(page, 1000, 90_000);
  }, 400_000);
  afterAll(async () => {
    await page?.close();
    await stack?.close();
  });

  it('draws flows from several prefectures outside, far ones included', () => {
    expect(origins.length).toBeGreaterThanOrEqual(5);
    expect(origins.filter((o) => o.label === 'right').length).toBeGreaterThanOrEqual(2);
  });

  it('starts every flow from outside at a dot drawn where the layout puts it', () => {
    // The anchor dots: discs of dark grey (40, 40, 40) in a white ring, 8 px across, drawn
    // over the arcs, there with the flows and gone without them. Found on the pixels as the
    // 3×3 blocks of that grey, grouped into blobs.
    const grey = (c: Rgb) => near(c, [40, 40, 40], 12);
    const { png } = withFlows;
    const hit = new Uint8Array(png.width * png.height);
    for (let y = mapBox.y + 1; y < mapBox.y + mapBox.height - 1; y++)
      for (let x = mapBox.x + 1; x < mapBox.x + mapBox.width - 1; x++) {
        let all = true;
        for (let dy = -1; dy <= 1 && all; dy++)
          for (let dx = -1; dx <= 1 && all; dx++)
            all = grey(withFlows.at(x + dx, y + dy)) && !grey(withoutFlows.at(x + dx, y + dy));
        if (all) hit[y * png.width + x] = 1;
      }
    const blobs: Array<[number, number]> = [];
    for (let i = 0; i < hit.length; i++) {
      if (!hit[i]) continue;
      let [sx, sy, n] = [0, 0, 0];
      const stack = [i];
      hit[i] = 0;
      while (stack.length) {
        const j = stack.pop()!;
        const [x, y] = [j % png.width, Math.floor(j / png.width)];
        [sx, sy, n] = [sx + x, sy + y, n + 1];
        for (const k of [j - 1, j + 1, j - png.width, j + png.width])
          if (hit[k]) {
            hit[k] = 0;
            stack.push(k);
          }
      }
      blobs.push([sx / n, sy / n]);
    }
    expect(blobs).toHaveLength(origins.length);

    // The camera may sit off an exact fit of the map box (the page settles after the map is
    // made): the dots must match the layout's anchors under one scale and shift. Tried from
    // every pair of anchors onto every pair of dots; the best fit must place every anchor
    // within 3 px of its own dot.
    const fitOf = (i: number, j: number, k: number, l: number) => {
      const [pi, pj, bk, bl] = [origins[i]!.at, origins[j]!.at, blobs[k]!, blobs[l]!];
      const s = Math.hypot(bl[0] - bk[0], bl[1] - bk[1]) / Math.hypot(pj[0] - pi[0], pj[1] - pi[1]);
      return { s, tx: bk[0] - s * pi[0], ty: bk[1] - s * pi[1] };
    };
    let best:
      { matched: Array<[number, number] | undefined>; fit: ReturnType<typeof fitOf> } | undefined;
    for (let i = 0; i < origins.length; i++)
      for (let j = i + 1; j < origins.length; j++)
        for (let k = 0; k < blobs.length; k++)
          for (let l = 0; l < blobs.length; l++) {
            if (k === l) continue;
            const fit = fitOf(i, j, k, l);
            const matched = origins.map((o) => {
              const [x, y] = [fit.s * o.at[0] + fit.tx, fit.s * o.at[1] + fit.ty];
              return blobs.find((b) => Math.hypot(b[0] - x, b[1] - y) <= 3);
            });
            const count = matched.filter(Boolean).length;
            if (!best || count > best.matched.filter(Boolean).length) best = { matched, fit };
          }
    expect(origins.filter((_, i) => !best!.matched[i]).map((o) => o.code)).toEqual([]);
    expect(new Set(best!.matched).size).toBe(origins.length);
    origins.forEach((o, i) => (o.found = best!.matched[i]));
    place = ([lon, lat]) => {
      const [x, y] = project([lon, lat]);
      return [
        best!.fit.s * (mapBox.x + x) + best!.fit.tx,
        best!.fit.s * (mapBox.y + y) + best!.fit.ty,
      ];
    };
  });

  it('has land under every origin: the basemap land colour, not the sea', () => {
    const land = hex(CONTEXT_LAND);
    const sea = hex(SEA);
    const result = origins.map(({ code, found }) => {
      const [x, y] = found!;
      const c = withoutFlows.at(x, y);
      return { code, land: near(c, land, 10), sea: near(c, sea, 10) };
    });
    expect(result).toEqual(origins.map(({ code }) => ({ code, land: true, sea: false })));
    // Control: the basemap has sea where there is sea (the Korea Strait off Iki).
    const [sx, sy] = place([129.5, 34.1]);
    expect(near(withoutFlows.at(sx, sy), sea, 10)).toBe(true);
  });

  it('gives each origin its own name, drawn where its box is, no two boxes overlapping', async () => {
    const widths = await page.evaluate(
      (texts: string[]) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = "12px 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif";
        return texts.map((s) => ctx.measureText(s).width);
      },
      origins.map((o) => prefectureName(o.code, 'en')),
    );
    const boxes = origins.map((o, i) => ({
      code: o.code,
      box: labelBox(o.found!, o.label, widths[i]!, 1),
    }));
    const clashes = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .flatMap((b) => (boxesOverlap(a.box, b.box) ? [`${a.code}/${b.code}`] : [])),
    );
    expect(clashes).toEqual([]);

    // Each box holds text pixels (the names' dark grey, softened at the edges by the outline)
    // that the picture without flows lacks; the arcs' colours are far more saturated.
    const ink = (c: Rgb) => Math.max(...c) < 130 && Math.max(...c) - Math.min(...c) < 40;
    const inked = (box: Box) => {
      let n = 0;
      for (let y = Math.floor(box.top); y < box.bottom; y++)
        for (let x = Math.floor(box.left); x < box.right; x++)
          if (ink(withFlows.at(x, y)) && !ink(withoutFlows.at(x, y))) n++;
      return n;
    };
    expect(boxes.filter(({ box }) => inked(box) < 10).map((b) => b.code)).toEqual([]);

    // No name hides under the map's own panels (legend, time bar, area buttons).
    const panels = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLElement>(
          '.map-wrap ~ *, .map-legend, [data-testid="time-bar"], .preset-bar',
        ),
      ]
        .filter((el) => el.offsetParent !== null)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            name: el.className,
            box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
          };
        }),
    );
    const hidden = boxes.flatMap((b) =>
      panels.flatMap((p) => (boxesOverlap(b.box, p.box) ? [`${b.code} under ${p.name}`] : [])),
    );
    expect(hidden).toEqual([]);
  });

  it('shows the period as YYYY-MM-DD in English and steps it with the keyboard', async () => {
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    const from = page.locator(tid('period-from'));
    expect(await from.inputValue()).toBe('2026-08-03');
    expect(await page.locator(tid('period-to')).inputValue()).toBe('2026-08-09');
    await from.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL((u) => u.searchParams.get('range') === '2026-08-02..2026-08-09');
    expect(await from.inputValue()).toBe('2026-08-02');
    // The time bar speaks English: no Japanese hour labels (21時) or dates.
    expect(await page.locator(tid('time-bar')).innerText()).not.toMatch(
      /[\u3040-\u30ff\u4e00-\u9faf]/,
    );
  });
});
