import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { digits, recordRequests, waitForMapReady } from './support/browser';
import { expectedTotals, fetchAll, type RawEntity } from './support/mock-state';
import { countColours } from './support/pixels';
import { startStack, type Stack } from './support/stack';
import { checkFlows, checkPresence, jaTotal, jstMs } from './support/tourism-expected';
import { fetchFlowDay, fetchPresenceDay } from './support/tourism-fetch';

const READY = '[data-testid="brief-tour-sentences"]';
const AREA = '42201';
const tid = (id: string) => `[data-testid="${id}"]`;
const JST = 9 * 3_600_000;
const isoDay = (ms: number) => new Date(ms + JST).toISOString().slice(0, 10);

/** The briefing's week, as the contract's providers publish it: the 7 JST days up to yesterday. */
function lastWeek(now: number): string[] {
  const today = Date.parse(`${isoDay(now)}T00:00:00+09:00`);
  return Array.from({ length: 7 }, (_, i) => isoDay(today - (7 - i) * 86_400_000));
}

const value = (e: RawEntity, name: string): unknown =>
  (e[name] as { value?: unknown } | undefined)?.value;

/** 避難情報 in force for a municipality, by the contract: level 3–5, never lifted or lifted later. */
function levelsInForce(info: readonly RawEntity[], code: string, now: number): number {
  return info.filter((e) => {
    const lifted = value(e, 'liftedAt');
    return (
      String(value(e, 'localGovernmentCode') ?? '').slice(0, 5) === code &&
      [3, 4, 5].includes(Number(value(e, 'alertLevel'))) &&
      typeof value(e, 'alertLabel') === 'string' &&
      !Number.isNaN(Date.parse(String(value(e, 'issuedAt')))) &&
      (lifted === undefined || Date.parse(String(lifted)) > now)
    );
  }).length;
}

/**
 * One municipality's briefing is opened once and looked at as its reader would: its numbers
 * against the mock broker's raw entities, its week of visitors, the printout and the map
 * image; then the picker moves to the prefecture on the same page, and the page's link is
 * opened in a second one. The drill is paused throughout, so both sides see the same state.
 */
describe('the briefing page on the production build, during a drill', () => {
  let stack: Stack;
  let page: Page;
  const requests: string[][] = [];

  async function open(search: string): Promise<Page> {
    const p = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    requests.push(recordRequests(p));
    await p.goto(`${stack.app.url}/${search}`);
    return p;
  }

  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon', speed: 60 });
    stack.api.scenario!.pause();
    page = await open(`?screen=briefing&area=${AREA}`);
    await waitForMapReady(page, 180_000, READY);
  }, 240_000);
  afterAll(() => stack?.close());

  /** The briefing's figures against those computed from the broker's entities. */
  async function expectNumbers(code: string | undefined): Promise<void> {
    const overlays = await fetchAll(stack.api.url, 'EvacuationShelter');
    const info = await fetchAll(stack.api.url, 'EvacuationInformation');
    const expected = expectedTotals(overlays, code);
    // The briefing frames its area: the camera presets of the other views are not offered.
    expect(await page.locator('[data-preset]').count()).toBe(0);
    expect(digits(await page.textContent(tid('brief-open')))).toBe(expected.open);
    expect(digits(await page.textContent(tid('brief-evacuees')))).toBe(expected.evacuees);
    expect(digits(await page.textContent(tid('brief-households')))).toBe(expected.households);
    const headline = (await page.textContent(tid('brief-headline'))) ?? '';
    expect(headline).toContain(
      `避難所${expected.open}か所開設、避難者${expected.evacuees.toLocaleString('ja-JP')}人`,
    );
    if (code) {
      const shown = await page.locator(`${tid('brief-levels')} li`).count();
      expect(shown).toBe(levelsInForce(info, code, Date.now()));
    }
    // Every block says when its data is from.
    for (const block of ['ops', 'levels', 'trend', 'spare', 'tourism'])
      expect(await page.textContent(tid(`asof-${block}`))).toMatch(
        /\d{4}\/\d{2}\/\d{2} .*JST 時点/,
      );
  }

  it("shows the municipality's evacuation numbers and levels equal to those computed from the mock broker", async () => {
    await expectNumbers(AREA);
  });

  it("shows the week's visitors and arrivals equal to sums of the mock's raw entities", async () => {
    const days = lastWeek(Date.now());
    const next = (d: string) => isoDay(Date.parse(`${d}T00:00:00+09:00`) + 86_400_000);
    const presence = (
      await Promise.all(days.map((d) => fetchPresenceDay(stack.api.url, d)))
    ).flat();
    const flows = (
      await Promise.all(days.map((d) => fetchFlowDay(stack.api.url, d, next(d))))
    ).flat();
    // Mean over the hours that published anything for the municipality.
    const hours = new Map<string, number>();
    for (const c of checkPresence(presence).cells) {
      if (c.code !== AREA || c.count === null) continue;
      const key = `${c.date} ${c.hour}`;
      hours.set(key, (hours.get(key) ?? 0) + c.count);
    }
    const average = [...hours.values()].reduce((a, b) => a + b, 0) / hours.size;
    const from = jstMs(days[0]!);
    const to = jstMs(next(days[6]!));
    const arrivals = { value: null as number | null, suppressed: 0 };
    for (const f of checkFlows(flows).kept) {
      if (f.destination !== AREA || f.fromMs < from || f.fromMs >= to) continue;
      if (f.count === null) arrivals.suppressed += 1;
      else arrivals.value = (arrivals.value ?? 0) + f.count;
    }
    expect(await page.textContent(tid('brief-tour-average'))).toBe(
      Math.round(average).toLocaleString('ja-JP'),
    );
    expect(await page.textContent(tid('brief-tour-arrivals'))).toBe(jaTotal(arrivals));
  });
  it('prints on A4 landscape with the map drawn and a QR code that opens this view; saves the map as PNG', async () => {
    const url = page.url();
    const dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'));
    const pdf = join(dir, 'briefing.pdf');
    // The QR code is drawn once its encoder has loaded (Qr.tsx).
    await page.waitForSelector(`${tid('brief-qr')}[data-ready]`);
    writeFileSync(pdf, await page.pdf({ landscape: true, format: 'A4', printBackground: true }));
    execFileSync('pdftoppm', ['-r', '110', '-png', pdf, join(dir, 'page')]);
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pages.length).toBeGreaterThanOrEqual(1);
    // The browser's own print command (no button): the screen's map fitted into the printed
    // box, two pages at any window size (a 1600-wide window gave four before issue 14).
    expect(pages.length).toBeLessThanOrEqual(2);
    const first = readFileSync(join(dir, pages[0]!));
    // The sea colour appears nowhere but the map; open shelters are Okabe–Ito green markers.
    const px = countColours(first, { sea: [201, 219, 230], vacant: [0, 158, 115] }, 10);
    expect(px.sea).toBeGreaterThan(20_000);
    expect(px.vacant).toBeGreaterThan(200);
    const decoded = pages.flatMap((f) => {
      const img = PNG.sync.read(readFileSync(join(dir, f)));
      const qr = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
      return qr ? [qr.data] : [];
    });
    expect(decoded).toEqual([url]);

    // The map as an image: the drawn frame (sea, markers) under a white header.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(tid('brief-map-png')),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nagasaki-map-42201-\d{8}-\d{4}-jst\.png$/);
    const png = readFileSync(await download.path());
    const map = await page.locator(tid('map')).boundingBox();
    const img = PNG.sync.read(png);
    expect(img.width).toBeGreaterThanOrEqual(Math.floor(map!.width));
    const colours = countColours(
      png,
      { sea: [201, 219, 230], vacant: [0, 158, 115], white: [255, 255, 255] },
      10,
    );
    expect(colours.sea).toBeGreaterThan(10_000);
    expect(colours.vacant).toBeGreaterThan(100);
    expect(colours.white).toBeGreaterThan(img.width * 20);
  });

  it('shows the prefecture equal to the mock broker when the picker moves there', async () => {
    await page.selectOption(tid('brief-area'), '');
    await page.waitForFunction(() => !location.search.includes('area='));
    await page.waitForSelector(READY);
    await expectNumbers(undefined);
  });

  it('round-trips permalinks: the link reopens the same view, state for state', async () => {
    // Every view's state travels in one link: the tourism period, cursor, comparison and
    // filters, the operations preset and hazards, the briefing's area and the language. Set
    // on one page as a user would, then opened in another: the URL comes back unchanged, and
    // so does the state of each view.
    const TOURISM = '[data-panel="tourism-summary"]';
    const OPS = tid('total-evacuees');
    const tourism = async (p: Page) => [
      await p.getAttribute(tid('time-cursor'), 'data-cursor'),
      await p.inputValue(tid('filter-category')),
      await p.inputValue(tid('compare-mode')),
    ];
    const operations = async (p: Page) => [
      await p.getAttribute('[data-preset="goto"]', 'aria-pressed'),
      String(await p.locator(`${tid('hazard-filter')} input:checked`).count()),
    ];
    const briefing = async (p: Page) => [
      await p.textContent(tid('brief-title')),
      await p.textContent(tid('brief-open')),
      await p.inputValue(tid('brief-area')),
      await p.getAttribute('.app', 'lang'),
    ];
    const a = await open('?screen=tourism&range=2026-08-01..2026-08-03');
    await waitForMapReady(a, 180_000, TOURISM);
    await a.selectOption(tid('filter-category'), 'inbound');
    await a.selectOption(tid('compare-mode'), 'year');
    await a.click(`${tid('time-bar')} button[aria-label="1時間戻る"]`);
    const inTourism = await tourism(a);
    await a.click('button[data-screen="operations"]');
    await waitForMapReady(a, 180_000, OPS);
    await a.click('[data-preset="goto"]');
    await a.click(`${tid('hazard-filter')} label:nth-of-type(3) input`);
    const inOperations = await operations(a);
    await a.click('button[data-screen="briefing"]');
    await a.selectOption(tid('brief-area'), '42209');
    await a.click('button.lang');
    await a.waitForFunction(() => location.search.includes('lang=en'));
    await waitForMapReady(a, 180_000, READY);
    const link = a.url();
    const inBriefing = await briefing(a);
    expect(inBriefing[2]).toBe('42209');
    expect(inBriefing[3]).toBe('en');

    const b = await open(new URL(link).search);
    await waitForMapReady(b, 180_000, READY);
    expect(b.url()).toBe(link);
    expect(await briefing(b)).toEqual(inBriefing);
    expect(await b.textContent(tid('brief-url'))).toBe(link);
    await b.click('button[data-screen="operations"]');
    await waitForMapReady(b, 180_000, OPS);
    expect(await operations(b)).toEqual(inOperations);
    await b.click('button[data-screen="tourism"]');
    await waitForMapReady(b, 180_000, TOURISM);
    expect(await tourism(b)).toEqual(inTourism);
    await a.close();
    await b.close();
  });

  it('asks no host but its own origin and the API', () => {
    const hosts = new Set(requests.flat().map((u) => new URL(u).host));
    expect([...hosts].sort()).toEqual(
      [new URL(stack.app.url).host, new URL(stack.api.url).host].sort(),
    );
  });
});
