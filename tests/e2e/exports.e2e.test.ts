/**
 * Exports on the production build in Chromium, against the HTTP mock broker (the typhoon drill
 * for the operations view; the tourism feed with its clock at 2026-08-10 12:00 JST). Expected
 * numbers come from the broker's raw entities, not from the app's model (the designations
 * table and CSV, on a day with no event, are checked in map.e2e):
 *  - a chart PNG decodes, is at least the chart's size at 2×, is not blank, and holds the
 *    series colour (and, for the tourism chart, the time cursor drawn over it in HTML);
 *  - the municipality table's CSV equals the table on screen cell by cell, and adds up to the
 *    totals computed from the broker's raw shelters;
 *  - the flows table (the arcs' text alternative) and its CSV equal the sums of the broker's
 *    raw flow entities of the cursor's day;
 *  - axe-core finds nothing serious or critical in the export buttons and tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { digits, waitForMapReady } from './support/browser';
import { expectedTotals, fetchAll } from './support/mock-state';
import { startStack, type Stack } from './support/stack';
import { domTable, openDetails, save, saveCsv, tid } from './support/saved-files';
import { fetchFlowDay } from './support/tourism-fetch';
import { checkFlows, type Flow } from './support/tourism-expected';
import { pickColumns, unformatJa } from '../../src/ui/export/testing/downloads';
import { AREA_COUNT_COLUMNS } from '../../src/features/operations/model/tables';

const NOW = Date.parse('2026-08-10T12:00:00+09:00');
const VIEWPORT = { width: 1280, height: 800 };
const TOURISM_READY = '[data-testid="tourism-notes"]:not(:has([data-note="loading"]))';
const DAY = '2026-08-01';
const NEXT_DAY = '2026-08-02';

const hex = (r: number, g: number, b: number) =>
  `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function colours(png: PNG): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = hex(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** `rgb(0, 114, 178)` or `#0072B2` → `#0072b2`. */
function normalHex(css: string): string {
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(css);
  return rgb ? hex(Number(rgb[1]), Number(rgb[2]), Number(rgb[3])) : css.toLowerCase();
}

/** Saves a chart as PNG and checks it against the chart on screen. */
async function checkPng(page: Page, button: string, chart: string, name: RegExp) {
  const frame = page.locator(chart);
  await frame.locator('.recharts-line path').first().waitFor({ timeout: 60_000 });
  const box = (await frame.boundingBox())!;
  const stroke = normalHex(
    await frame
      .locator('.recharts-line path')
      .last()
      .evaluate((p) => getComputedStyle(p).stroke),
  );
  const saved = await save(page, button);
  expect(saved.name).toMatch(name);
  const png = PNG.sync.read(saved.body);
  expect(png.width).toBeGreaterThanOrEqual(2 * box.width);
  expect(png.height).toBeGreaterThanOrEqual(2 * box.height);
  const seen = colours(png);
  // Anti-aliased text and lines give hundreds of shades; a blank canvas gives one.
  expect(seen.size).toBeGreaterThan(50);
  expect(seen.get('#ffffff') ?? 0).toBeGreaterThan(png.width * png.height * 0.3);
  // A 2 px line is 4 px wide at 2×: its own colour, unblended, over its length.
  expect(seen.get(stroke) ?? 0).toBeGreaterThan(200);
  return seen;
}

describe('exports on the production build (drill and tourism)', () => {
  let stack: Stack;
  let tourism: Page;
  let ops: Page;

  beforeAll(async () => {
    stack = await startStack(
      { scenario: 'typhoon', speed: 60, tourismNow: () => NOW },
      { pollSeconds: { shelters: 2, evacuationInformation: 2 } },
    );
    tourism = await stack.browser.newPage({ viewport: VIEWPORT });
    await tourism.goto(`${stack.app.url}/?screen=tourism&range=2026-08-01..2026-08-07&t=${DAY}T13`);
    await waitForMapReady(tourism, 120_000, TOURISM_READY);
  });
  afterAll(async () => {
    await tourism?.close();
    await ops?.close();
    await stack?.close();
  });

  it('saves the presence chart as a PNG: 2× its size, not blank, series and cursor drawn', async () => {
    const seen = await checkPng(
      tourism,
      'presence-png',
      '.small-multiples',
      /^nagasaki-presence-2026-08-01_2026-08-07-\d{8}-\d{4}-jst\.png$/,
    );
    // The time cursor is an HTML overlay (#D55E00), drawn into the image too.
    expect(seen.get('#d55e00') ?? 0).toBeGreaterThan(100);
  });

  it('lists the flows of the cursor day as the broker has them, and saves the same in CSV', async () => {
    const kept = checkFlows(await fetchFlowDay(stack.api.url, DAY, NEXT_DAY)).kept;
    // A sea crossing is a pair some of whose records came by ferry (air to an island is not).
    const sea = (f: Flow) => f.mode === 'ferry';
    const expected = new Map<
      string,
      { value: number | null; suppressed: number; sea: boolean; modes: Map<string, number> }
    >();
    for (const f of kept) {
      const key = `${f.origin}>${f.destination}`;
      let e = expected.get(key);
      if (!e) expected.set(key, (e = { value: null, suppressed: 0, sea: false, modes: new Map() }));
      e.sea ||= sea(f);
      if (f.count === null) e.suppressed += 1;
      else {
        e.value = (e.value ?? 0) + f.count;
        if (f.mode) e.modes.set(f.mode, (e.modes.get(f.mode) ?? 0) + f.count);
      }
    }

    await openDetails(tourism, 'flow-details');
    const dom = await domTable(tourism, 'flow-table');
    const { name, csv } = await saveCsv(tourism, 'flow-csv');
    expect(name).toMatch(/^nagasaki-flows-2026-08-01-\d{8}-\d{4}-jst\.csv$/);
    expect(dom.body).toHaveLength(expected.size);
    expect(csv).toHaveLength(1 + expected.size);

    // The screen and the file: the same rows in the same order, cell by cell.
    expect(
      pickColumns(csv, ['origin', 'destination', 'visitors', 'sea_crossing', 'on_map']).map(
        ([origin, destination, ...rest]) => [`${origin} → ${destination}`, ...rest],
      ),
    ).toEqual(dom.body.map((r) => [r[0], r[1], r[2], r[4]].map((c) => unformatJa(c ?? ''))));
    // The file and the broker: every pair with its sum, suppressed records, crossing and modes.
    const MODES = ['ferry', 'air', 'road', 'rail'];
    const rows = pickColumns(csv, [
      'origin_code',
      'destination_code',
      'visitors',
      'visitors_suppressed_records',
      'sea_crossing',
      ...MODES.map((m) => `${m}_visitors`),
    ]);
    const actual = new Map(rows.map(([o, d, ...rest]) => [`${o}>${d}`, rest]));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, e] of expected)
      expect([key, ...actual.get(key)!]).toEqual([
        key,
        e.value === null ? (e.suppressed > 0 ? 'suppressed' : '') : String(e.value),
        String(e.suppressed),
        e.sea ? 'yes' : 'no',
        ...MODES.map((m) => String(e.modes.get(m) ?? '')),
      ]);
    // Most visitors first; pairs with only suppressed records last.
    const visitors = rows.map((r) => (r[2] === 'suppressed' ? -1 : Number(r[2])));
    expect(visitors).toEqual([...visitors].sort((a, b) => b - a));
    // The map draws the 80 biggest arcs it can place, one per pair and way of travelling (by
    // sea = ferry, by air, over land = road and rail, mode not given = the rest): between two
    // places, from a known one (prefecture 42, "somewhere in Nagasaki", has no start). A pair is
    // on the map when one of its arcs is.
    const num = (v: string | undefined) => (v ? Number(v) : 0);
    const parts = rows.flatMap(([o, d, v, , , ferry, air, road, rail], i) => {
      if (o === d || o === '42' || !(Number(v) > 0)) return [];
      const named = num(ferry) + num(air) + num(road) + num(rail);
      return [num(ferry), num(air), num(road) + num(rail), Number(v) - named]
        .filter((n) => n > 0)
        .map((n) => ({ row: i, n }));
    });
    const biggest = [...parts].sort((a, b) => b.n - a.n).slice(0, 80);
    const onMap = pickColumns(csv, ['on_map']).map(([v]) => v === 'yes');
    const drawnRows = new Set(onMap.flatMap((on, i) => (on ? [i] : [])));
    // Ties at the cut may be broken either way: compare above the 80th part's size, and count.
    const cut = biggest.at(-1)?.n ?? 0;
    for (const p of biggest.filter((x) => x.n > cut)) expect(drawnRows.has(p.row)).toBe(true);
    for (const p of parts.filter((x) => !drawnRows.has(x.row)))
      expect(p.n).toBeLessThanOrEqual(cut);
    expect(drawnRows.size).toBe(new Set(biggest.map((p) => p.row)).size);
  });

  it('finds nothing serious in the tourism export buttons and tables', async () => {
    for (const id of [
      'presence-here-details',
      'presence-details',
      'stay-details',
      'origin-details',
    ])
      await openDetails(tourism, id);
    await tourism.locator(tid('stay-table')).waitFor();
    const panels = [
      'tourism-presence-here',
      'tourism-flow-table',
      'tourism-presence',
      'tourism-ranking',
      'tourism-stay',
      'tourism-origins',
      'tourism-islands',
    ].map((p) => `[data-panel="${p}"]`);
    expect(await seriousViolations(tourism, panels)).toEqual([]);
  });

  it("saves the municipality table as a CSV equal to the screen and the broker's shelters", async () => {
    ops = await stack.browser.newPage({ viewport: VIEWPORT });
    await ops.goto(stack.app.url);
    await waitForMapReady(ops, 180_000, tid('total-evacuees'));
    stack.api.scenario!.pause();
    const expected = expectedTotals(await fetchAll(stack.api.url, 'EvacuationShelter'));
    // The screen has caught up with the paused drill.
    await expect
      .poll(async () => digits(await ops.textContent(tid('total-evacuees'))), { timeout: 30_000 })
      .toBe(expected.evacuees);
    const dom = await domTable(ops, 'municipality-table');
    const { name, csv } = await saveCsv(ops, 'municipality-csv');
    expect(name).toMatch(/^nagasaki-municipalities-\d{8}-\d{4}-jst\.csv$/);
    const counts = [...AREA_COUNT_COLUMNS];
    expect(dom.body).toHaveLength(21);
    expect(pickColumns(csv, ['municipality', 'evacuation_level', ...counts])).toEqual(
      dom.body.map(([n, level, ...rest]) => [
        n,
        level === '—' ? '' : level!.replace(/^Lv/, ''),
        ...rest.map(unformatJa),
      ]),
    );
    const sum = (id: string) => pickColumns(csv, [id]).reduce((s, [v]) => s + Number(v), 0);
    expect([
      sum('open_shelters'),
      sum('evacuees'),
      sum('households'),
      sum('reported_full'),
      sum('full_band'),
    ]).toEqual([
      expected.open,
      expected.evacuees,
      expected.households,
      expected.reportedFull,
      expected.fullBand,
    ]);
  });

  it('saves the trend chart as a PNG', async () => {
    await checkPng(
      ops,
      'trends-png',
      tid('trends-chart'),
      /^nagasaki-trends-\d{8}-\d{4}-jst\.png$/,
    );
  });

  it('finds nothing serious in the operations export buttons and tables', async () => {
    await openDetails(ops, 'trends-details');
    const panels = ['municipalities', 'islands', 'trends', 'alerts'].map(
      (p) => `[data-panel="${p}"]`,
    );
    expect(await seriousViolations(ops, panels)).toEqual([]);
  });
});
