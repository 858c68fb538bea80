/**
 * The tourism view on the production build in Chromium, against the HTTP mock broker with its
 * tourism clock fixed at 2026-08-10 12:00 JST (data up to 2026-08-09). Every expected number is
 * computed here from the broker's raw entities (support/tourism-expected.ts), not by the app's
 * model. Two page loads serve all tests (SwiftShader is slow), so the tests run in order:
 *  - page A: 2026-08-01 (Saturday: planted hourly flows) – 2026-08-02, cursor at 03:00, for
 *    playback, the numbers at the cursor and the notes; then periods at the end of the feed;
 *  - page B: 2026-08-01 – 2026-08-07 with three municipalities charted, for the CSV export
 *    (all visitors, then inbound) and the comparison with a year earlier.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordRequests, waitForMapReady } from './support/browser';
import { startStack, type Stack } from './support/stack';
import { mapSettled } from './support/map-settled';
import { fetchFlowDay, fetchPresenceDay, fetchPresenceHour } from './support/tourism-fetch';
import { pixelChange } from './support/tourism-pixels';
import {
  arrivalsOn,
  checkFlows,
  checkPresence,
  hourlySeries,
  jaTotal,
  jstMinute,
  jstMs,
  parseCsv,
  presenceAtHour,
  type Category,
  type Expected,
  type FlatEntity,
  type FlowCheck,
  type PresenceCheck,
} from './support/tourism-expected';

const NOW = Date.parse('2026-08-10T12:00:00+09:00');
const HOUR = 3_600_000;
// Small enough to keep SwiftShader's frames short, large enough for the side panels.
const VIEWPORT = { width: 1280, height: 800 };
/** The notes list exists and no longer says "loading": every day of the period answered. */
const READY = '[data-testid="tourism-notes"]:not(:has([data-note="loading"]))';
const WEEK = [1, 2, 3, 4, 5, 6, 7].map((d) => `2026-08-0${d}`);
const WEEK_BEFORE = WEEK.map((d) => d.replace('2026', '2025'));
/** Nagasaki, Tsushima, Ojika (tiny: whole hours are suppressed there). */
const CHARTED = ['42201', '42209', '42383'];
const NAMES: Record<string, string> = { '42201': '長崎市', '42209': '対馬市', '42383': '小値賀町' };

const tid = (id: string) => `[data-testid="${id}"]`;
/** `2026-08-01T03`: the URL's JST hour. */
const urlHour = (ms: number) => new Date(ms + 9 * HOUR).toISOString().slice(0, 13);
const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 24 * HOUR).toISOString().slice(0, 10);
const text = async (page: Page, id: string) => (await page.textContent(tid(id)))?.trim() ?? '';
const cursorOf = async (page: Page) =>
  Number(await page.getAttribute(tid('time-cursor'), 'data-cursor'));
/** The count a note states: the number before 件 (or before 日分 for days). */
const countIn = (s: string | undefined, unit = '件') =>
  Number(new RegExp(`([\\d,]+)\\s*${unit}`).exec(s ?? '')?.[1]?.replace(/,/g, '') ?? NaN);

/** The [x ms, y] points a presence chart draws (its data-series attribute). */
async function seriesOf(page: Page, key: string): Promise<Array<[number, number | null]>> {
  const raw = await page.getAttribute(`${tid('presence-chart')}[data-key="${key}"]`, 'data-series');
  return JSON.parse(raw ?? 'null') as Array<[number, number | null]>;
}

/** Moves the time cursor with the slider, as a user dragging it would. */
async function setCursor(page: Page, ms: number): Promise<void> {
  await page.locator(tid('cursor-slider')).fill(String(ms));
  await expect.poll(() => cursorOf(page), { timeout: 15_000 }).toBe(ms);
}

/** The map without the time bar and legend drawn over it (masked in magenta). */
const mapShot = (page: Page) =>
  page.locator(tid('map')).screenshot({
    mask: [page.locator(tid('time-bar')), page.locator(tid('tourism-legend'))],
  });

/** data-note → text of each line in the notes list, read in one go (the list changes). */
async function notesOf(page: Page): Promise<Map<string, string>> {
  const pairs = await page
    .locator(`${tid('tourism-notes')} li`)
    .evaluateAll((items) =>
      items.map((li): [string, string] => [
        li.getAttribute('data-note') ?? '',
        (li as HTMLElement).innerText,
      ]),
    );
  return new Map(pairs);
}

/** Mean over the hours that published something, as the chart caption and ranking show it. */
function meanOf(series: Map<string, Expected>): number | null {
  const values = [...series.values()].flatMap((e) => (e.value === null ? [] : [e.value]));
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}
const ja = (n: number) => n.toLocaleString('ja-JP');
/** As the app writes a relative change: one decimal, a sign when positive, then %. */
const changeText = (now: number, before: number) => {
  const pct = Math.round(((now - before) / before) * 1000) / 10;
  return `${pct > 0 ? '+' : ''}${ja(pct)}%`;
};

describe('the tourism view on the production build against the HTTP mock broker', () => {
  let stack: Stack;
  let a: Page;
  let b: Page | undefined;
  const requests: string[][] = [];
  const presence = new Map<string, PresenceCheck>();
  const flows = new Map<string, FlowCheck>();
  const rawPresence = new Map<string, FlatEntity[]>();

  async function loadDays(dates: readonly string[]): Promise<void> {
    for (const date of dates) {
      if (presence.has(date)) continue;
      const raw = await fetchPresenceDay(stack.api.url, date);
      rawPresence.set(date, raw);
      presence.set(date, checkPresence(raw));
      flows.set(date, checkFlows(await fetchFlowDay(stack.api.url, date, nextDate(date))));
    }
  }

  async function open(search: string): Promise<Page> {
    const page = await stack.browser.newPage({ viewport: VIEWPORT });
    requests.push(recordRequests(page));
    await page.goto(`${stack.app.url}/${search}`);
    await waitForMapReady(page, 120_000, READY);
    return page;
  }

  beforeAll(async () => {
    stack = await startStack({ tourismNow: () => NOW });
    a = await open('?screen=tourism&range=2026-08-01..2026-08-02&t=2026-08-01T03');
    await loadDays(['2026-08-01', '2026-08-02']);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await stack?.close();
  });

  it('plays the cursor forward, moves the URL and the map shading, and wraps at both ends', async () => {
    const start = jstMs('2026-08-01', 3);
    expect(await cursorOf(a)).toBe(start);
    await mapSettled(a);
    const night = await mapShot(a);
    // Control: the same hour drawn twice gives the same picture, so a difference below is the
    // cursor's doing.
    expect(pixelChange(night, await mapShot(a)).changed).toBe(0);

    await a.selectOption(`${tid('time-bar')} .speed select`, '4');
    const t0 = Date.now();
    await a.click(tid('play'));
    expect(await a.getAttribute(tid('play'), 'aria-pressed')).toBe('true');
    await a.waitForFunction(
      ([sel, min]) => Number(document.querySelector(sel)?.getAttribute('data-cursor')) >= min,
      [tid('time-cursor'), start + 10 * HOUR] as const,
      { timeout: 30_000, polling: 50 },
    );
    await a.click(tid('play'));
    const elapsed = Date.now() - t0;
    expect(await a.getAttribute(tid('play'), 'aria-pressed')).toBe('false');
    const paused = await cursorOf(a);
    const hours = (paused - start) / HOUR;
    expect(Number.isInteger(hours)).toBe(true);
    expect(hours).toBeGreaterThanOrEqual(10);
    // The pause lands wherever the last tick got to, but playback neither wrapped nor jumped.
    expect(paused).toBeLessThan(jstMs('2026-08-03'));
    // Speed 4 = 4 data hours a second at most: each step waits 250 ms after the previous one.
    expect(elapsed).toBeGreaterThanOrEqual((hours - 1) * 250);
    await a.waitForTimeout(800);
    expect(await cursorOf(a)).toBe(paused);
    expect(new URL(a.url()).searchParams.get('t')).toBe(urlHour(paused));

    await mapSettled(a);
    // Presence shading differs between 03:00 and the daytime hour (the flows drawn are the
    // same: one day's): the mainland towns whose step on the colour ramp changed, ~340 pixels
    // at this size (~1,300 at 1600×1000), where the control above changed none.
    const change = pixelChange(night, await mapShot(a));
    expect(change.changed).toBeGreaterThan(150);

    // Stepping past the last hour wraps to the first, and back again.
    const last = jstMs('2026-08-02', 23);
    await setCursor(a, last);
    await a.click('button[aria-label="1時間進む"]');
    await expect.poll(() => cursorOf(a), { timeout: 15_000 }).toBe(jstMs('2026-08-01', 0));
    expect(new URL(a.url()).searchParams.get('t')).toBe('2026-08-01T00');
    await a.click('button[aria-label="1時間戻る"]');
    await expect.poll(() => cursorOf(a), { timeout: 15_000 }).toBe(last);
    // Playing from the last hour wraps to the start, too: playback only steps forward, so an
    // earlier hour means it went round.
    await a.click(tid('play'));
    await a.waitForFunction(
      ([sel, lastMs]) => Number(document.querySelector(sel)?.getAttribute('data-cursor')) < lastMs,
      [tid('time-cursor'), last] as const,
      { timeout: 30_000, polling: 50 },
    );
    await a.click(tid('play'));
    expect(await a.getAttribute(tid('play'), 'aria-pressed')).toBe('false');
    const wrapped = await cursorOf(a);
    expect(wrapped).toBeGreaterThanOrEqual(jstMs('2026-08-01', 0));
    expect(wrapped).toBeLessThan(last);
  });

  it('shows presence and arrivals at the cursor equal to sums of the raw entities', async () => {
    for (const [date, hour] of [
      ['2026-08-01', 3], // Ojika 03:00 US is planted with count −3
      ['2026-08-01', 12], // Nagasaki 12:00 JP-40 is sent twice
      ['2026-08-01', 13],
      ['2026-08-02', 13],
    ] as const) {
      const raw = await fetchPresenceHour(stack.api.url, date, hour);
      const checked = checkPresence(raw);
      const expected = presenceAtHour(checked.cells, date, hour);
      const arrivals = arrivalsOn(flows.get(date)!.kept, date);
      if (hour === 3) expect(checked.invalid).toBe(1);
      if (hour === 12) {
        expect(checked.duplicates).toBe(1);
        // The second report is larger: counting it instead of (or with) the first shows.
        const naive = raw.reduce(
          (s, e) => s + (typeof e.visitorCount === 'number' ? e.visitorCount : 0),
          0,
        );
        expect(naive).toBeGreaterThan(expected.prefecture.value!);
      }
      // The hour query returns the same records as the day query does for that hour.
      expect(raw.map((e) => e.id)).toEqual(
        rawPresence
          .get(date)!
          .filter((e) => e.hour === hour)
          .map((e) => e.id),
      );
      await setCursor(a, jstMs(date, hour));
      await expect
        .poll(() => text(a, 'tsum-prefecture'), { timeout: 15_000 })
        .toBe(jaTotal(expected.prefecture));
      expect(await text(a, 'tsum-islands')).toBe(jaTotal(expected.islands));
      expect(await text(a, 'tsum-arrivals')).toBe(jaTotal(arrivals));
    }
    // Saturday: the hourly flows inside the daily Fukuoka → Nagasaki flow were left out.
    const saturday = flows.get('2026-08-01')!;
    expect(saturday.overlapping).toBeGreaterThan(0);
    const counted = arrivalsOn(saturday.kept, '2026-08-01').value!;
    const twice = arrivalsOn([...saturday.kept, ...saturday.dropped], '2026-08-01').value!;
    expect(twice).toBeGreaterThan(counted);
  });

  it('lists the planted bad data in the notes with exact counts', async () => {
    const days = ['2026-08-01', '2026-08-02'];
    const p = days.map((d) => presence.get(d)!);
    const f = days.map((d) => flows.get(d)!);
    const suppressed =
      p.reduce((s, d) => s + d.cells.filter((c) => c.count === null).length, 0) +
      f.reduce((s, d) => s + d.kept.filter((x) => x.count === null).length, 0);
    const doubles =
      p.reduce((s, d) => s + d.duplicates, 0) + f.reduce((s, d) => s + d.overlapping, 0);
    const invalid = p.reduce((s, d) => s + d.invalid, 0) + f.reduce((s, d) => s + d.invalid, 0);
    const unknown = new Map<string, number>();
    for (const d of f)
      for (const [code, n] of d.unknownCodes) unknown.set(code, (unknown.get(code) ?? 0) + n);
    expect([...unknown.keys()].sort()).toEqual(['42999', '43201']);

    const notes = await notesOf(a);
    expect([...notes.keys()].sort()).toEqual(
      ['not-double-counted', 'skipped', 'suppressed', 'unknown-codes'].sort(),
    );
    expect(countIn(notes.get('suppressed'))).toBe(suppressed);
    expect(countIn(notes.get('not-double-counted'))).toBe(doubles);
    expect(countIn(notes.get('skipped'))).toBe(invalid);
    const codes = notes.get('unknown-codes')!;
    expect(countIn(codes)).toBe([...unknown.values()].reduce((x, y) => x + y, 0));
    for (const [code, n] of unknown) expect(codes).toContain(`${code} (${n})`);
    await expect(a.locator(tid('synthetic-note')).isVisible()).resolves.toBe(true);
  });

  it('says "no data" from the day the feed has not published yet, and never shows 0', async () => {
    // The mock's clock is 2026-08-10 12:00 JST: 2026-08-09 is the last complete day and
    // 2026-08-10 is published up to 11:00 (today so far); 2026-08-11 has nothing. The start is
    // typed first (an invalid period until the end follows), so only the three-day period is
    // ever loaded.
    await a.locator(tid('period-from')).fill('2026-08-09');
    await a.locator(tid('period-to')).fill('2026-08-11');
    await a.waitForURL((u) => u.searchParams.get('range') === '2026-08-09..2026-08-11');
    await a.waitForSelector(`${READY}:has([data-note="no-data-days"])`, { timeout: 60_000 });
    await expect
      .poll(async () => [...(await notesOf(a)).keys()].sort(), { timeout: 30_000 })
      .toEqual(['no-data-days', 'not-double-counted', 'skipped', 'suppressed', 'unknown-codes']);
    const notes = await notesOf(a);
    expect(countIn(notes.get('no-data-days'), '日分')).toBe(1);
    // The planted flows of both published days (today's so far as well).
    expect(notes.get('unknown-codes')).toContain('42999 (2)');
    expect(notes.get('unknown-codes')).toContain('43201 (2)');
    // The cursor went to its default, noon of the last day: a day without data.
    expect(await cursorOf(a)).toBe(jstMs('2026-08-11', 12));
    for (const id of ['tsum-prefecture', 'tsum-islands', 'tsum-arrivals'])
      expect(await text(a, id)).toBe('データなし');
    // The day before, today so far, has numbers, as the broker's entities add up.
    const checked = checkPresence(await fetchPresenceHour(stack.api.url, '2026-08-10', 11));
    await setCursor(a, jstMs('2026-08-10', 11));
    await expect
      .poll(() => text(a, 'tsum-prefecture'), { timeout: 15_000 })
      .toBe(jaTotal(presenceAtHour(checked.cells, '2026-08-10', 11).prefecture));

    // A period wholly after the last published day.
    await a.locator(tid('period-from')).fill('2026-08-11');
    await a.locator(tid('period-to')).fill('2026-08-12');
    await a.waitForURL((u) => u.searchParams.get('range') === '2026-08-11..2026-08-12');
    await a.waitForSelector(`${tid('tourism-notes')} [data-note="no-data"]`, { timeout: 60_000 });
    await expect
      .poll(async () => [...(await notesOf(a)).entries()], { timeout: 30_000 })
      .toEqual([['no-data', 'この期間のデータはありません（2026-08-11〜2026-08-12）']]);
    for (const id of ['tsum-prefecture', 'tsum-islands', 'tsum-arrivals'])
      expect(await text(a, id)).toBe('データなし');
    // The chart draws 48 gaps, the ranking has no average anywhere: nothing reads as 0.
    await expect
      .poll(async () => (await seriesOf(a, 'prefecture')).map(([, y]) => y), { timeout: 30_000 })
      .toEqual(Array.from({ length: 48 }, () => null));
    expect(
      await a.locator(`${tid('ranking-table')} tbody tr td:nth-child(3)`).allInnerTexts(),
    ).toEqual(Array.from({ length: 21 }, () => '—'));
  });

  /**
   * Waits until each chart draws the series the raw entities give (the side panels follow the
   * data and filters at low priority), then downloads the chart CSV and checks it against the
   * raw entities (value and suppressed cells per hour) and against the drawn points. Returns
   * how many values were the word `suppressed` and how many were empty (no record at all).
   */
  async function checkCsv(page: Page, category: Category) {
    const cells = WEEK.flatMap((d) => presence.get(d)!.cells);
    const hours = Array.from({ length: 7 * 24 }, (_, i) => jstMs(WEEK[0]!) + i * HOUR);
    const expected = new Map(CHARTED.map((code) => [code, hourlySeries(cells, code, category)]));
    const at = (code: string, ms: number): Expected =>
      expected.get(code)!.get(jstMinute(ms)) ?? { value: null, suppressed: 0 };
    for (const code of CHARTED) {
      await expect
        .poll(() => seriesOf(page, code), { timeout: 30_000 })
        .toEqual(hours.map((ms) => [ms, at(code, ms).value]));
    }

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(tid('presence-csv')),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^nagasaki-presence-2026-08-01_2026-08-07-\d{8}-\d{4}-jst\.csv$/,
    );
    const [header, ...body] = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(header).toEqual([
      'time_jst',
      ...CHARTED.flatMap((c) => [NAMES[c]!, `${NAMES[c]!} suppressed_cells`]),
    ]);
    // One row per hour of the 7 days, in order.
    expect(body.map((r) => r[0])).toEqual(hours.map(jstMinute));
    const byTime = new Map(body.map((r) => [r[0]!, r]));

    let suppressedOnly = 0;
    let empty = 0;
    for (const [i, code] of CHARTED.entries()) {
      const col = 1 + 2 * i;
      for (const ms of hours) {
        const row = byTime.get(jstMinute(ms))!;
        const e = at(code, ms);
        const value = e.value ?? (e.suppressed > 0 ? 'suppressed' : '');
        // The time and code ride along so a failure names the cell.
        expect([row[0], code, row[col], Number(row[col + 1])]).toEqual([
          row[0],
          code,
          String(value),
          e.suppressed,
        ]);
        if (value === 'suppressed') suppressedOnly += 1;
        if (value === '') empty += 1;
      }
      // What the chart draws: every point equals the CSV at that JST hour; gaps stay gaps.
      for (const [x, y] of await seriesOf(page, code)) {
        const cell = byTime.get(jstMinute(x))?.[col];
        expect([
          jstMinute(x),
          code,
          y === null ? ['', 'suppressed'].includes(cell ?? '-') : cell,
        ]).toEqual([jstMinute(x), code, y === null ? true : String(y)]);
      }
    }
    return { suppressedOnly, empty };
  }

  it('exports a CSV equal, hour by hour, to what each chart draws and to the raw entities', async () => {
    b = await open(`?screen=tourism&range=2026-08-01..2026-08-07&tm=${CHARTED.join(',')}`);
    await loadDays(WEEK);
    await checkCsv(b, 'all');
    // Inbound visitors on Ojika: hours where every record was suppressed say so (never 0), and
    // hours without any record stay empty.
    await b.selectOption(tid('filter-category'), 'inbound');
    await b.waitForURL((u) => u.searchParams.get('cat') === 'inbound');
    const inbound = await checkCsv(b, 'inbound');
    expect(inbound.suppressedOnly).toBeGreaterThan(0);
    expect(inbound.empty).toBeGreaterThan(0);
    await b.selectOption(tid('filter-category'), 'all');
    await b.waitForURL((u) => !u.searchParams.has('cat'));
  });

  it('compares with the same dates a year earlier: second series, period, change column', async () => {
    const page = b!;
    await loadDays(WEEK_BEFORE);
    await page.selectOption(tid('compare-mode'), 'year');
    await page.waitForURL((u) => u.searchParams.get('vs') === 'year');
    await page.waitForSelector(tid('compared-period'));
    expect(await text(page, 'compared-period')).toBe('比較期間 2025-08-01〜2025-08-07');

    const now = WEEK.flatMap((d) => presence.get(d)!.cells);
    const before = WEEK_BEFORE.flatMap((d) => presence.get(d)!.cells);
    for (const code of CHARTED) {
      const figure = page.locator(`${tid('presence-chart')}[data-key="${code}"]`);
      const avgA = meanOf(hourlySeries(now, code))!;
      const avgB = meanOf(hourlySeries(before, code))!;
      await expect
        .poll(() => figure.locator('figcaption').innerText(), { timeout: 60_000 })
        .toBe(
          `${NAMES[code]} 平均滞在者 ${ja(Math.round(avgA))} / 比較期間 ${ja(Math.round(avgB))} ` +
            `(${changeText(avgA, avgB)})`,
        );
      expect(await figure.locator('.recharts-line').count()).toBe(2);
    }

    const table = page.locator(tid('ranking-table'));
    const heads = await table.locator('thead th').allInnerTexts();
    expect(heads.at(-1)).toBe('比較期間比');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(21);
    for (const row of await rows.all()) expect(await row.locator('td').count()).toBe(heads.length);
    for (const code of CHARTED) {
      const avgA = meanOf(hourlySeries(now, code))!;
      const avgB = meanOf(hourlySeries(before, code))!;
      await expect
        .poll(() => table.locator(`tr[data-code="${code}"] td`).allInnerTexts(), {
          timeout: 30_000,
        })
        .toEqual([
          expect.any(String),
          NAMES[code],
          ja(Math.round(avgA)),
          expect.any(String),
          expect.any(String),
          changeText(avgA, avgB),
        ]);
    }
  });

  it('asks no host but the app and the API', async () => {
    await a.close();
    await b?.close();
    const allowed = new Set([new URL(stack.app.url).origin, new URL(stack.api.url).origin]);
    const http = requests.flat().filter((u) => u.startsWith('http'));
    expect(http.some((u) => u.startsWith(`${stack.api.url}/ngsi-ld/`))).toBe(true);
    expect(http.filter((u) => !allowed.has(new URL(u).origin))).toEqual([]);
    expect(
      requests.flat().filter((u) => !u.startsWith('http') && !/^(data|blob):/.test(u)),
    ).toEqual([]);
  });
});
