/**
 * The briefing as a municipal head gets it on paper (A4 landscape, printed with the 印刷
 * button): at most two pages, none of them mostly empty, no number broken across lines, no text
 * cut off, under other text or under the map, and a map that frames the municipality — its
 * outline whole inside the printed map and filling at least half of its width or height.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { waitForMapReady } from './support/browser';
import { auditLayout } from './support/layout-audit';
import { printWithButton } from './support/print';
import { mapSettled } from './support/map-settled';
import { freezeDrill, startStack, type Stack } from './support/stack';
import {
  expectedIslands,
  GROUPS,
  type Count,
  type Group,
  type GroupFigures,
  type IslandsExpected,
} from './support/islands-expected';

const READY = '[data-testid="brief-tour-sentences"]';
/** The briefed area's outline on the map (dark slate over a white halo). */
const OUTLINE: readonly [number, number, number] = [38, 50, 56];
/** A4 landscape inside 10 mm margins, in CSS px at 96 dpi: what the print layout is laid out in. */
const PAPER = { width: Math.round((277 * 96) / 25.4), height: Math.round((190 * 96) / 25.4) };

/** The printed map as a PNG, and the box of the area outline's pixels in it. */
async function printedMap(page: Page) {
  const url = await page.evaluate(() =>
    document.querySelector<HTMLCanvasElement>('[data-testid="map-print"] canvas')?.toDataURL(),
  );
  if (!url) throw new Error('no printed map');
  const img = PNG.sync.read(Buffer.from(url.split(',')[1]!, 'base64'));
  const like = new Uint8Array(img.width * img.height);
  for (let p = 0; p < like.length; p++)
    like[p] = OUTLINE.every((c, k) => Math.abs(img.data[p * 4 + k]! - c) <= 12) ? 1 : 0;
  // The outline is a 3 px line: most of a 3×3 block around its pixels has its colour. A
  // one-pixel blend of the sea and a near-black level-5 fill along a coast can have the same
  // colour, but never fills a block.
  const onLine = (x: number, y: number) => {
    let n = 0;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const [u, v] = [x + dx, y + dy];
        if (u >= 0 && v >= 0 && u < img.width && v < img.height) n += like[v * img.width + u]!;
      }
    return n >= 5;
  };
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      if (like[y * img.width + x] && onLine(x, y)) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
    }
  return { width: img.width, height: img.height, outline: { left, top, right, bottom } };
}

/** Pages of the PDF, and how far down each page its content reaches (share of the page). */
function pdfPages(pdf: Buffer): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'briefing.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '40', '-png', file, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => {
      const img = PNG.sync.read(readFileSync(join(dir, f)));
      let last = 0;
      for (let y = 0; y < img.height; y++)
        for (let x = 0; x < img.width; x++) {
          const i = (y * img.width + x) * 4;
          if (img.data[i]! < 235 || img.data[i + 1]! < 235 || img.data[i + 2]! < 235) {
            last = y;
            break;
          }
        }
      return last / img.height;
    });
}

/** In the print layout: numbers on more than one line, and text lying on the printed map. */
async function printFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Lines a piece of text takes: its boxes grouped by vertical overlap (a smaller unit beside
    // a number sits a little lower, on the same line).
    const lines = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rows: { top: number; bottom: number }[] = [];
      for (const r of range.getClientRects()) {
        if (r.width <= 1) continue;
        const row = rows.find((l) => r.top < l.bottom - 2 && l.top < r.bottom - 2);
        if (row) {
          row.top = Math.min(row.top, r.top);
          row.bottom = Math.max(row.bottom, r.bottom);
        } else rows.push({ top: r.top, bottom: r.bottom });
      }
      return rows.length;
    };
    for (const el of document.querySelectorAll('td.num, th.num, .stat-value'))
      if (el.getClientRects().length > 0 && lines(el) > 1)
        out.push(`number on two lines: ${el.textContent?.trim()}`);
    const map = document.querySelector('[data-testid="map-print"]')?.getBoundingClientRect();
    if (map) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!(n as Text).data.trim() || n.parentElement?.closest('.map-area')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects())
          if (
            r.width > 1 &&
            r.right > map.left + 1 &&
            r.left < map.right - 1 &&
            r.bottom > map.top + 1 &&
            r.top < map.bottom - 1
          )
            out.push(`text on the printed map: ${(n as Text).data.trim().slice(0, 40)}`);
      }
    }
    return [...new Set(out)];
  });
}

/**
 * One instant for the page and the mock's time-of-day feeds (services, today's presence): today,
 * 13:05 JST, so departures remain; the storm at 15:30, when Goto's services are suspended and
 * Iki's and Tsushima's run in rough seas (mocks/lifelines/weather.ts).
 */
const JST = 9 * 3_600_000;
const AT = Math.floor((Date.now() + JST) / 86_400_000) * 86_400_000 - JST + (13 * 60 + 5) * 60_000;
const STORM_MINUTE = 15 * 60 + 30;

describe('the printed briefing', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon', tourismNow: () => AT });
    await freezeDrill(stack.api.url, STORM_MINUTE);
  });
  afterAll(() => stack?.close());

  // One page, the area picked as a user would between prints; then the language switched
  // with its button. The prefecture page is printed in Japanese; in English, a city's.
  it('in ja: the prefecture, then each municipality; then in en, a city', async () => {
    const page = await stack.browser.newPage({ viewport: SCREEN });
    await page.clock.setFixedTime(AT);
    await page.goto(`${stack.app.url}/?screen=briefing&lang=ja`);
    await waitForMapReady(page, 180_000, READY);
    const expected = await expectedIslands(stack.api.url, AT);
    const runs = [
      ['ja', [null, '42211', '42209']],
      ['en', ['42201']],
    ] as const;
    for (const [lang, areas] of runs) {
      if (lang === 'en') {
        await page.click('button.lang');
        await page.waitForSelector('.app[lang="en"]');
      }
      for (const area of areas) {
        if (area) await pick(page, area);
        const group = (Object.keys(GROUPS) as Group[]).find((g) =>
          (GROUPS[g] as readonly string[]).includes(area ?? ''),
        );
        // A municipality's page compares its open data with its neighbours (on paper too).
        if (area)
          await page.waitForSelector(
            `[data-block="opendata"] [data-testid="od-block"][data-code="${area}"] [data-testid="od-nb"] tr[data-metric="datasets"]:not([data-peer-median=""])`,
          );
        if (group && lang === 'ja')
          expect({ area, shown: await briefIslands(page) }).toEqual({
            area,
            shown: briefExpected(expected.figures[group]),
          });
        expect({ lang, area, faults: await printed(page, area) }).toEqual({
          lang,
          area,
          faults: [],
        });
      }
    }
    // The operations view of the same page: every island group's figures and each service's
    // status, against the same independent computation.
    await page.click('[data-screen="operations"]');
    await page.waitForSelector('[data-testid="islands-today-table"] tr[data-key="goto"]');
    expect(await opsIslands(page)).toEqual(opsExpected(expected.figures));
    await page.close();
  });
});

/** "1,234" → {1234, false}; "≥ 1,234" or "1,234以上" → {1234, true}; words → null. */
const countOf = (text: string): Count | null => {
  const digits = text.replace(/[^\d]/g, '');
  return digits === '' ? null : { value: Number(digits), atLeast: /以上|≥/.test(text) };
};
const seatsOf = (text: string): number | 'unknown' | null =>
  /不明|Unknown/.test(text) ? 'unknown' : (countOf(text)?.value ?? null);

async function briefIslands(page: Page) {
  const cell = (row: string) =>
    page
      .textContent(`[data-testid="brief-islands-table"] td[data-row="${row}"]`)
      .then((t) => t ?? '');
  return {
    cannotLeave: countOf(await cell('cannotLeave')),
    present: countOf(await cell('present')),
    seats: seatsOf(await cell('seats')),
    dayTrips: countOf(await cell('dayTrips')),
  };
}

const briefExpected = (f: GroupFigures) => ({
  cannotLeave: f.cannotLeave ?? null,
  present: f.present ?? null,
  seats: f.seats,
  dayTrips: f.dayTrips ?? null,
});

async function opsIslands(page: Page) {
  return page
    .evaluate(() => {
      const out: Record<string, unknown> = {};
      for (const tr of document.querySelectorAll<HTMLTableRowElement>(
        '[data-testid="islands-today-table"] tbody tr',
      )) {
        const tds = [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '');
        // Shown columns: cannot leave, present, seats left, day trips, spare, last departure.
        out[tr.dataset.key!] = {
          cannotLeave: tds[0],
          present: tds[1],
          seats: tds[2],
          dayTrips: tds[3],
        };
      }
      const statuses: Record<string, string> = {};
      for (const tr of document.querySelectorAll<HTMLTableRowElement>(
        '[data-testid^="life-routes-"] tbody tr',
      ))
        statuses[tr.dataset.key!] = /life-status-(\w+)/.exec(tr.className)?.[1] ?? '';
      return { groups: out as Record<string, Record<string, string>>, statuses };
    })
    .then(({ groups, statuses }) => ({
      groups: Object.fromEntries(
        Object.entries(groups).map(([g, v]) => [
          g,
          {
            cannotLeave: countOf(v.cannotLeave!),
            present: countOf(v.present!),
            seats: seatsOf(v.seats!),
            dayTrips: countOf(v.dayTrips!),
          },
        ]),
      ),
      statuses,
    }));
}

function opsExpected(figures: IslandsExpected['figures']) {
  return {
    groups: Object.fromEntries(
      (Object.keys(GROUPS) as Group[]).map((g) => [g, briefExpected(figures[g])]),
    ),
    statuses: Object.assign({}, ...Object.values(figures).map((f) => f.statuses)) as Record<
      string,
      string
    >,
  };
}

const SCREEN = { width: 1920, height: 1080 };

/** Picks an area in the briefing's picker and waits for its data and its map. */
async function pick(page: Page, area: string): Promise<void> {
  const before = await page.textContent('[data-testid="brief-title"]');
  await page.selectOption('[data-testid="brief-area"]', area);
  await page.waitForFunction((a) => new URL(location.href).searchParams.get('area') === a, area);
  await page.waitForFunction(
    (t) => document.querySelector('[data-testid="brief-title"]')?.textContent !== t,
    before,
  );
  await waitForMapReady(page, 180_000, READY);
  // The camera's flight to the area, drawn as it goes, then the map idle.
  await mapSettled(page, 800, 60_000);
}

/**
 * Prints with the button and checks the paper: the printed map frames the area, at most two
 * pages none under a third full, and the print layout's faults (numbers on two lines, text on
 * the map, the layout audit). Puts the screen back afterwards, as the browser does.
 */
async function printed(page: Page, area: string | null): Promise<string[]> {
  await printWithButton(page);
  const faults: string[] = [];
  if (area) {
    const map = await printedMap(page);
    const { outline } = map;
    // Whole: the outline touches no edge of the printed map...
    if (
      outline.left <= 2 ||
      outline.top <= 2 ||
      outline.right >= map.width - 3 ||
      outline.bottom >= map.height - 3
    )
      faults.push(`outline cut by the map's edge: ${JSON.stringify({ ...outline, ...map })}`);
    // ...and fills it: at least half of its width or height.
    const fill = Math.max(
      (outline.right - outline.left) / map.width,
      (outline.bottom - outline.top) / map.height,
    );
    if (!(fill > 0.5)) faults.push(`outline fills ${fill.toFixed(2)} of the printed map`);
  }

  const reaches = pdfPages(
    await page.pdf({ landscape: true, format: 'A4', printBackground: true }),
  );
  if (reaches.length > 2) faults.push(`${reaches.length} pages`);
  // No page with less than a third of content on it.
  for (const [i, r] of reaches.entries())
    if (!(r > 1 / 3)) faults.push(`page ${i + 1} only ${Math.round(r * 100)} % full`);

  await page.setViewportSize(PAPER);
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(300);
  // Charts are drawn again for the paper's width once their size is observed: wait for every
  // chart to have its box's width (a fixed wait was too short on a busy machine).
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('.recharts-responsive-container')]
        .filter((box) => box.getClientRects().length > 0)
        .every((box) => {
          const svg = box.querySelector('svg.recharts-surface');
          return !svg || Math.abs(svg.getBoundingClientRect().width - box.clientWidth) <= 1;
        }),
    undefined,
    { timeout: 10_000, polling: 100 },
  );
  faults.push(...(await printFaults(page)), ...(await auditLayout(page, { kiosk: false })));
  // Back to no emulation (with 'screen' emulated, the next page.pdf would print the screen).
  await page.emulateMedia({ media: null });
  await page.setViewportSize(SCREEN);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  return faults;
}
