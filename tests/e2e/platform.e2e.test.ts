/**
 * The platform view (`?screen=platform`) on the production build in Chromium, against the HTTP
 * mock broker: for the baseline and for a paused typhoon drill, the totals, every cell's record
 * count and newest time, and the CSV equal what is counted here from the broker's own store
 * (its entities and the system times it recorded), without the app's model. The map's classes
 * (records per 10,000 residents) are recomputed here from the same counts and the census, and
 * checked on the legend, the table and the map's pixels; the table must fit its panel at
 * 1920×1080 in both languages.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MUNICIPALITIES } from '../../src/domain/municipalities';
import { POPULATION } from '../../src/domain/population';
import { recordRequests, waitForMapReady } from './support/browser';
import { countColours, type Rgb } from './support/pixels';
import { startStack, type Stack } from './support/stack';
import { measureTable, scrolledIntoView } from './support/table-fit';

const READY = '[data-testid="pf-total-datasets"]';
const VIEWPORT = { width: 1600, height: 1000 };
const DESK = { width: 1920, height: 1080 };

/**
 * The README's classes of records per 10,000 residents, written out again: 0 = no records, then
 * under 20, 20 to under 40, 40 to under 80, 80 or more (on the rate rounded to one decimal, as
 * shown).
 */
function classOf(records: number, residents: number): { rate: number; step: number } {
  const rate = Math.round((records / residents) * 100_000) / 10;
  const step = records === 0 ? 0 : rate < 20 ? 1 : rate < 40 ? 2 : rate < 80 ? 3 : 4;
  return { rate, step };
}

/** Per municipality: all its records (every type) and its class. */
function expectedRates(expected: Expected): Map<string, { rate: number; step: number }> {
  return new Map(
    MUNICIPALITIES.map((m) => {
      let records = 0;
      for (const byCode of expected.cells.values()) records += byCode.get(m.code)?.records ?? 0;
      return [m.code, classOf(records, POPULATION[m.code] ?? NaN)];
    }),
  );
}

/** The table fits its panel: nothing clipped, no number wrapped, the last rows reachable. */
async function checkTableFits(page: Page, label: string): Promise<void> {
  const fit = await measureTable(page, '[data-testid="pf-table"]');
  expect(fit.clipped, `${label}: clipped cells`).toEqual([]);
  expect(fit.wrappedNumbers, `${label}: numbers over two lines`).toEqual([]);
  expect(fit.tableWidth, `${label}: table width`).toBeLessThanOrEqual(fit.wrapWidth);
  expect(fit.pastPanelRight, `${label}: past the panel's right edge`).toBe(0);
  // No scroller inside the panel cuts the table off: the side panel scrolls, the table is whole.
  expect(fit.hiddenInWrap, `${label}: rows hidden inside the table's own box`).toBe(0);
  for (const part of ['thead', 'tbody tr:last-child', 'tfoot'])
    expect(
      await scrolledIntoView(page, `[data-testid="pf-table"] ${part}`),
      `${label}: ${part}`,
    ).toBe(true);
}

interface Expected {
  /** type → 5-digit code → records and newest modifiedAt (ms). */
  cells: Map<string, Map<string, { records: number; newest: number | undefined }>>;
  publishing: number;
  datasets: number;
  records: number;
}

/** Counts from the store: types whose entities carry localGovernmentCode, per municipality. */
function expectedFrom(stack: Stack): Expected {
  const cells: Expected['cells'] = new Map();
  for (const { entity, times } of stack.api.broker.snapshot().get('')?.values() ?? []) {
    const attr = entity.localGovernmentCode;
    const value =
      typeof attr === 'object' && attr !== null && !Array.isArray(attr) ? attr.value : undefined;
    if (value === undefined) continue;
    let byCode = cells.get(entity.type);
    if (!byCode) {
      byCode = new Map(MUNICIPALITIES.map((m) => [m.code, { records: 0, newest: undefined }]));
      cells.set(entity.type, byCode);
    }
    const m = MUNICIPALITIES.find((x) => value === x.code6 || value === x.code);
    const cell = m && byCode.get(m.code);
    if (!cell) continue;
    cell.records += 1;
    const t = Date.parse(times.modifiedAt);
    cell.newest = cell.newest === undefined ? t : Math.max(cell.newest, t);
  }
  let publishing = 0;
  let datasets = 0;
  let records = 0;
  for (const m of MUNICIPALITIES) {
    const here = [...cells.values()].map((byCode) => byCode.get(m.code)?.records ?? 0);
    if (here.some((n) => n > 0)) publishing += 1;
    datasets += here.filter((n) => n > 0).length;
    records += here.reduce((a, b) => a + b, 0);
  }
  return { cells, publishing, datasets, records };
}

interface ShownCell {
  code: string;
  type: string;
  records: string;
  newest: string;
}

const shownCells = (page: Page): Promise<ShownCell[]> =>
  page.$$eval('[data-testid="pf-cell"]', (els) =>
    els.map((el) => ({
      code: el.closest('tr')?.getAttribute('data-code') ?? '',
      type: el.getAttribute('data-type') ?? '',
      records: el.getAttribute('data-records') ?? '',
      newest: el.getAttribute('data-newest') ?? '',
    })),
  );

/** The first number of a stat ("21／21市町" → 21). */
async function statNumber(page: Page, id: string): Promise<number> {
  const text = (await page.textContent(`[data-testid="${id}"]`)) ?? '';
  return Number(/[\d,]+/.exec(text)?.[0].replace(/,/g, '') ?? NaN);
}

async function checkAgainstStore(page: Page, stack: Stack): Promise<Expected> {
  const expected = expectedFrom(stack);
  const cells = await shownCells(page);
  expect(cells).toHaveLength(21 * expected.cells.size);
  const shownTypes = [...new Set(cells.map((c) => c.type))].sort();
  expect(shownTypes).toEqual([...expected.cells.keys()].sort());
  for (const c of cells) {
    const want = expected.cells.get(c.type)?.get(c.code);
    expect(c.records, `${c.type} ${c.code}`).toBe(String(want?.records));
    const newest = want && want.records > 0 ? String(want.newest) : '';
    expect(c.newest, `${c.type} ${c.code} newest`).toBe(newest);
  }
  expect(await statNumber(page, 'pf-total-publishing')).toBe(expected.publishing);
  expect(await statNumber(page, 'pf-total-datasets')).toBe(expected.datasets);
  expect(await statNumber(page, 'pf-total-records')).toBe(expected.records);
  return expected;
}

function foreignRequests(requests: readonly string[], stack: Stack): string[] {
  return requests.filter(
    (u) =>
      !u.startsWith(stack.app.url) &&
      !u.startsWith(stack.api.url) &&
      !u.startsWith('data:') &&
      !u.startsWith('blob:'),
  );
}

describe('the platform view on the production build: baseline', () => {
  let stack: Stack;
  let page: Page;
  let requests: string[];
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
    requests = recordRequests(page);
    await page.goto(`${stack.app.url}/?screen=platform`);
    await waitForMapReady(page, 180_000, READY);
  });
  afterAll(() => stack?.close());

  it('shows totals and every cell equal to the broker’s store, with the fixtures’ write time', async () => {
    const expected = await checkAgainstStore(page, stack);
    expect([...expected.cells.keys()].sort()).toEqual(['DesignatedShelter', 'EvacuationSite']);
    // Both fixture files carry one fixed write time (mocks/fixtures/load.ts).
    const times = new Set(
      [...expected.cells.values()].flatMap((byCode) =>
        [...byCode.values()].flatMap((c) => (c.newest === undefined ? [] : [c.newest])),
      ),
    );
    expect([...times]).toEqual([Date.parse('2025-10-26T15:00:00.000Z')]);
    expect(await page.textContent('[data-testid="pf-sentence"]')).toContain(
      `${expected.publishing}市町`,
    );
  });

  it('says tourism is not supported by this broker, never 0', async () => {
    for (const type of ['TourismPresenceObserved', 'TouristFlowObserved']) {
      const item = page.locator(`[data-testid="pf-prefecture"] li[data-type="${type}"]`);
      expect(await item.getAttribute('data-state')).toBe('unsupported');
      expect(await item.textContent()).toContain('非対応');
    }
  });

  it('saves a CSV whose rows equal the table', async () => {
    const expected = expectedFrom(stack);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="pf-csv"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nagasaki-platform-kpis-\d{8}-\d{4}-jst\.csv$/);
    const lines = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter((l) => l !== '');
    const header = lines[0]?.split(',') ?? [];
    expect(lines).toHaveLength(22);
    for (const line of lines.slice(1)) {
      const row = line.split(',');
      const code = row[0] ?? '';
      for (const [type, byCode] of expected.cells) {
        const records = row[header.indexOf(`${type}_records`)];
        expect(records, `${type} ${code}`).toBe(String(byCode.get(code)?.records));
      }
    }
  });

  it('draws the map and asks no foreign host', async () => {
    expect(await page.locator('[data-testid="pf-legend"]').count()).toBe(1);
    expect(foreignRequests(requests, stack)).toEqual([]);
  });

  it('shades the map by records per 10,000 residents: legend, table and pixels agree', async () => {
    const rates = expectedRates(expectedFrom(stack));
    const shown = await page.$$eval('[data-testid="pf-rate"]', (els) =>
      els.map((el) => ({
        code: el.closest('tr')?.getAttribute('data-code') ?? '',
        rate: el.getAttribute('data-rate') ?? '',
        text: el.textContent ?? '',
      })),
    );
    for (const m of MUNICIPALITIES) {
      const row = shown.find((r) => r.code === m.code);
      expect(row?.rate, m.code).toBe(String(rates.get(m.code)?.rate));
      expect(row?.text, m.code).toBe((rates.get(m.code)?.rate ?? NaN).toFixed(1));
    }
    const legend = await page.$$eval('[data-testid="pf-legend-class"]', (els) =>
      els.map((el) => ({
        step: Number(el.getAttribute('data-step')),
        count: Number(el.getAttribute('data-count')),
        rgb: (el.getAttribute('data-rgb') ?? '').split(',').map(Number),
      })),
    );
    expect(legend.map((l) => l.step)).toEqual([0, 1, 2, 3, 4]);
    for (const l of legend) {
      const want = [...rates.values()].filter((r) => r.step === l.step).length;
      expect(l.count, `legend step ${l.step}`).toBe(want);
    }
    // Opaque fills: each class's pixels are its legend swatch's colour.
    const png = await page.locator('[data-testid="map"]').screenshot();
    const colours = Object.fromEntries(
      legend.map((l) => [String(l.step), l.rgb as unknown as Rgb]),
    );
    const px = countColours(png, colours, 2);
    const drawn = legend.filter((l) => (px[String(l.step)] ?? 0) >= 300).map((l) => l.step);
    expect(drawn.length).toBeGreaterThanOrEqual(2);
    // Every class with a municipality in it is on the map; an empty class is not.
    expect(drawn).toEqual(legend.filter((l) => l.count > 0).map((l) => l.step));
  });

  it('judges the yearly GSI masters by their cadence, the same in the table and the block; the table fits at 1920×1080 in both languages', async () => {
    const p = await stack.browser.newPage({ viewport: DESK });
    await p.goto(`${stack.app.url}/?screen=platform&area=42211`);
    await waitForMapReady(p, 180_000, '[data-testid="pf-block-summary"]');
    const snapshotAt = Number(await p.getAttribute('[data-testid="pf-as-of"]', 'data-at'));
    // The fixtures' write time against the README's default interval for the masters: 365 days,
    // ageing past twice that, stale past five times.
    const age = snapshotAt - Date.parse('2025-10-26T15:00:00.000Z');
    const year = 365 * 86_400_000;
    const verdict = age > 5 * year ? 'stale' : age > 2 * year ? 'aging' : 'fresh';
    for (const type of ['EvacuationSite', 'DesignatedShelter']) {
      const cell = p.locator(
        `[data-testid="pf-table"] tr[data-code="42211"] [data-type="${type}"] [data-testid="pf-freshness"]`,
      );
      const item = p.locator(
        `[data-testid="pf-block"] li[data-type="${type}"] [data-testid="pf-freshness"]`,
      );
      expect(await cell.getAttribute('data-freshness'), type).toBe(verdict);
      expect(await item.getAttribute('data-freshness'), type).toBe(verdict);
      const word = { fresh: '新しい', aging: 'やや古い', stale: '古い' }[verdict];
      expect(await item.innerText()).toContain(`— ${word}`);
      // One mark: the same shape and colour in both places.
      const look = (l: typeof cell) =>
        l.locator('svg').evaluate((svg) => ({
          shape: svg.firstElementChild?.tagName,
          fill: getComputedStyle(svg).fill,
        }));
      expect(await look(item)).toEqual(await look(cell));
    }
    // The same desk page, in Japanese and then in English.
    await checkTableFits(p, 'baseline ja');
    await p.click('button.lang');
    await p.waitForSelector('.app[lang="en"]');
    await checkTableFits(p, 'baseline en');
    await p.close();
  });
});

describe('the platform view on the production build: typhoon drill', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon', speed: 60 });
  });
  afterAll(() => stack?.close());

  it('shows the live types per municipality equal to the paused drill’s store; the four-type table fits at 1920×1080 in both languages', async () => {
    // Frozen before the page asks, so the store cannot move between its counts and ours.
    stack.api.scenario!.pause();
    const page = await stack.browser.newPage({ viewport: DESK });
    const requests = recordRequests(page);
    await page.goto(`${stack.app.url}/?screen=platform`);
    await waitForMapReady(page, 180_000, READY);
    const expected = await checkAgainstStore(page, stack);
    expect([...expected.cells.keys()].sort()).toEqual([
      'DesignatedShelter',
      'EvacuationInformation',
      'EvacuationShelter',
      'EvacuationSite',
    ]);
    const events = [...(stack.api.broker.snapshot().get('')?.values() ?? [])].filter(
      (s) => s.entity.type === 'DisasterEvent',
    ).length;
    const item = page.locator('[data-testid="pf-prefecture"] li[data-type="DisasterEvent"]');
    expect(await item.getAttribute('data-state')).toBe('ok');
    expect(await item.textContent()).toContain(`${events}件`);
    expect(foreignRequests(requests, stack)).toEqual([]);

    // The four-type table fits its panel at the desk, in Japanese and then in English.
    expect(await page.locator('[data-testid="pf-table"] thead th[data-type]').count()).toBe(4);
    await checkTableFits(page, 'drill ja');
    await page.click('button.lang');
    await page.waitForSelector('.app[lang="en"]');
    await checkTableFits(page, 'drill en');
    await page.close();
  });
});
