import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { seriousViolations } from './support/axe';
import { domTable, openDetails, saveCsv } from './support/saved-files';
import { pickColumns, unformatJa } from '../../src/ui/export/testing/downloads';
import { serveDist } from './support/static-server';
import { digits, launchChromium, recordRequests, waitForMapReady } from './support/browser';
import { centroidOf, countColours, differingShare } from './support/pixels';
import { resizeMapArea, resizeTwiceQuickly } from './support/map-resize';
import { mapSettled } from './support/map-settled';
import { visibleProbeScript, type VisibleProbe } from '../bench/visible-probe';
import { fixtureCounts } from './support/fixture-counts';
import { CONTEXT, startStack, type Stack } from './support/stack';

const HOSTILE = '<img src=x onerror="window.__xss=1">壱岐の<script>window.__xss=2</script>公民館';
const HOSTILE_SITE = {
  id: 'urn:ngsi-ld:EvacuationSite:E4221099999201',
  type: 'EvacuationSite',
  name: { type: 'Property', value: HOSTILE },
  nationalShelterId: { type: 'Property', value: 'E4221099999201' },
  localGovernmentCode: { type: 'Property', value: '422100' },
  address: { type: 'Property', value: '長崎県壱岐市<b>郷ノ浦町</b>' },
  location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [129.71, 33.78] } },
  hazardTypes: { type: 'Property', value: ['tsunami', 'stormSurge'] },
};
const SELECTED_YELLOW = [240, 228, 66] as const;

/**
 * The shelter masters on a day with no event: the map and the designation counts against the
 * fixtures, and the table and CSV of designations per municipality, on one page; then a
 * facility with hostile text, selected from the address, by click and by hover.
 */
describe('the map on the production build against the HTTP mock broker', () => {
  let stack: Stack;
  let page: Page;
  let requests: string[];
  beforeAll(async () => {
    stack = await startStack();
    page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    requests = recordRequests(page);
    await page.goto(stack.app.url);
    await waitForMapReady(page);
  });
  afterAll(() => stack?.close());

  it('draws every facility, shows counts equal to the fixtures, and asks no foreign host', async () => {
    const expected = fixtureCounts();
    const text = async (id: string) => digits(await page.textContent(`[data-testid="${id}"]`));
    expect(await text('count-designations')).toBe(expected.designations);
    expect(await text('count-facilities')).toBe(expected.facilities);
    expect(await text('count-sites')).toBe(expected.sites);
    expect(await text('count-shelters')).toBe(expected.shelters);
    expect(await text('count-welfare')).toBe(expected.welfare);
    expect(await text('count-suspect')).toBe(4);
    expect(await page.locator('[data-testid="suspect-list"] li').count()).toBe(4);

    // What the map does not draw is counted beside the count, with why: the facilities whose
    // every designation is in the list of doubtful locations.
    const suspectIds = (await page.locator('[data-testid="suspect-list"] li').allTextContents())
      .map((text) => /E\d{10}\d{2}[1-9A-Za-z]/.exec(text)?.[0])
      .filter((id): id is string => id !== undefined);
    const byFacility = new Map<string, string[]>();
    for (const id of expected.ids)
      byFacility.set(id.slice(0, 11), [...(byFacility.get(id.slice(0, 11)) ?? []), id]);
    const leftOff = [...byFacility.values()].filter((ids) =>
      ids.every((id) => suspectIds.includes(id)),
    );
    const onMap = page.locator('[data-testid="count-on-map"]');
    expect(Number(await onMap.getAttribute('data-not-drawn'))).toBe(leftOff.length);
    expect(Number(await page.getAttribute('.map-area', 'data-facility-markers'))).toBe(
      expected.facilities - leftOff.length,
    );
    expect(await onMap.textContent()).toContain(`${leftOff.length}か所は位置が確認できないため`);

    // Pixels, not only the DOM: each marker colour is on the map canvas.
    const png = await page.locator('[data-testid="map"]').screenshot();
    const counts = countColours(
      png,
      { site: [0, 158, 115], shelter: [0, 114, 178], welfare: [213, 94, 0] },
      6,
    );
    expect(counts.site).toBeGreaterThan(500);
    expect(counts.shelter).toBeGreaterThan(500);
    expect(counts.welfare).toBeGreaterThan(100);

    const allowed = new Set([new URL(stack.app.url).origin, new URL(stack.api.url).origin]);
    const foreign = requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && !allowed.has(new URL(u).origin),
    );
    expect(foreign).toEqual([]);
  });

  it('tables the designations per municipality, adding up to the fixture counts', async () => {
    await openDetails(page, 'designation-details');
    const dom = await domTable(page, 'designation-table');
    const { name, csv } = await saveCsv(page, 'designation-csv');
    expect(name).toMatch(/^nagasaki-designations-\d{8}-\d{4}-jst\.csv$/);
    const ids = [
      'evacuation_sites',
      'shelters',
      'welfare_shelters',
      'facilities',
      'doubtful_locations',
    ];
    expect(pickColumns(csv, ['municipality', ...ids])).toEqual(
      dom.body.map((r) => r.map(unformatJa)),
    );
    const expected = fixtureCounts();
    expect(dom.body.at(-1)).toEqual([
      '県全体',
      ...[expected.sites, expected.shelters, expected.welfare, expected.facilities, 4].map((n) =>
        n.toLocaleString('ja-JP'),
      ),
    ]);
    // Per municipality, the sites and shelters each designates (localGovernmentCode).
    const byCode = async (file: string) => {
      const rows: unknown = JSON.parse(
        await readFile(new URL(`../../mocks/fixtures/${file}`, import.meta.url), 'utf8'),
      );
      if (!Array.isArray(rows)) throw new Error(`${file} is not a list`);
      const out = new Map<string, number>();
      for (const e of rows) {
        const code = String(e?.localGovernmentCode?.value ?? '').slice(0, 5);
        out.set(code, (out.get(code) ?? 0) + 1);
      }
      return out;
    };
    const sites = await byCode('evacuation-sites.json');
    const shelters = await byCode('designated-shelters.json');
    for (const [code, s, d] of pickColumns(csv, [
      'municipality_code',
      'evacuation_sites',
      'shelters',
    ]))
      if (code)
        expect([code, Number(s), Number(d)]).toEqual([
          code,
          sites.get(code!) ?? 0,
          shelters.get(code!) ?? 0,
        ]);
    expect(await seriousViolations(page, ['[data-panel="designations"]'])).toEqual([]);
  });

  it("shows a facility's name, address, municipality, roles and hazards as text on click and on hover, executing nothing; then frames all islands with the prefecture preset", async () => {
    // Entity text is hostile here: it must arrive as text. Added after the counts above.
    stack.api.broker.upsert(HOSTILE_SITE);
    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`${stack.app.url}/?view=iki&facility=E4221099999`);
    await waitForMapReady(page);

    const card = page.locator('[data-panel="selected"] [data-testid="facility-card"]');
    await expect(card.locator('h3').textContent()).resolves.toBe(HOSTILE);
    const text = await card.textContent();
    expect(text).toContain('長崎県壱岐市<b>郷ノ浦町</b>');
    expect(text).toContain('壱岐市');
    expect(text).toContain('緊急避難場所');
    expect(text).toContain('高潮・津波'); // hazards in canonical order

    // Hover the selected (yellow) marker found in the pixels of the map. The camera may still
    // be framed again once after the map is ready (the legend grows when the services' routes
    // join the map, and the preset is framed in what the overlays leave free), so the marker is
    // looked for again until the pointer is on it.
    const map = page.locator('[data-testid="map"]');
    const box = await map.boundingBox();
    const tooltip = page.locator('[role="tooltip"]');
    let spot: ReturnType<typeof centroidOf>;
    for (let attempt = 0; ; attempt++) {
      spot = centroidOf(await map.screenshot(), SELECTED_YELLOW);
      expect(spot?.n ?? 0).toBeGreaterThan(20);
      // Off the map first: a move to where the pointer already is fires no pointer event, so
      // a hover lost to a reframing would never be tried again at the same spot.
      await page.mouse.move(box!.x + box!.width - 2, box!.y + 2);
      await page.mouse.move(box!.x + spot!.x, box!.y + spot!.y, { steps: 2 });
      // Shown, and still shown when read: a reframing in between takes the hover away.
      const title = await tooltip
        .locator('h3')
        .textContent({ timeout: 5_000 })
        .catch(() => undefined);
      if (title !== undefined) {
        expect(title).toBe(HOSTILE);
        break;
      }
      expect(attempt, 'no tooltip over the selected marker').toBeLessThan(5);
    }

    // Dragging the map moves the marker away from its tooltip; deck.gl gets no pointer moves
    // during a maplibre drag, so the tooltip must go when the camera starts moving.
    await page.mouse.down();
    await page.mouse.move(box!.x + spot!.x + 120, box!.y + spot!.y + 40, { steps: 6 });
    await tooltip.waitFor({ state: 'detached', timeout: 30_000 });
    await page.mouse.up();

    // A click elsewhere (open sea) clears the selection and the URL follows.
    await page.mouse.click(box!.x + 10, box!.y + 10);
    await page.waitForURL((u) => !u.search.includes('facility='), { timeout: 30_000 });

    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);

    await page.click('[data-preset="prefecture"]');
    await page.waitForURL((u) => !u.search.includes('view='));
    await page.close();
  });

  it('draws the markers in a frame of their own, and the place names after them', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // The bench's markers-visible probe, noting the names the page had handed to the map then.
    await page.addInitScript({ content: visibleProbeScript(2000, ['.map-area', 'data-labels']) });
    await page.goto(stack.app.url);
    await waitForMapReady(page);
    // Drawn together, the names' first draw made the markers' first frame ~200 ms longer.
    const first = await page.evaluate(
      () => (window as unknown as { __visible?: VisibleProbe }).__visible,
    );
    // Every facility handed to the map, in one draw.
    const handed = Number(await page.getAttribute('.map-area', 'data-facility-markers'));
    expect(first?.instances).toBe(handed);
    expect(first?.noted).toBe('[]');
    // And the names do come, without a camera move.
    await page.waitForFunction(
      () => (document.querySelector('.map-area')?.getAttribute('data-labels') ?? '[]') !== '[]',
    );
    await page.close();
  });

  it('draws what it hands deck.gl in the next frame, on a first load and on a reload with kept masters', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // Frames deck.gl drew without every layer handed to it: the layers deck.gl had not taken
    // in yet (it does in its own animation frame, which maplibre's may precede).
    const partial = () => page.getAttribute('[data-testid="map"]', 'data-partial-frames');
    const settled = async () => {
      await waitForMapReady(page);
      await page.waitForFunction(
        () => (document.querySelector('.map-area')?.getAttribute('data-labels') ?? '[]') !== '[]',
      );
    };
    await page.goto(stack.app.url);
    await settled();
    const first = await partial();
    // The reload draws from the masters kept at the first load, handed over before deck.gl
    // has its device.
    await page.reload();
    await settled();
    expect({ first, reload: await partial() }).toEqual({ first: null, reload: null });
    await page.close();
  });

  it('draws the land around and the names while slow masters are on their way, not after the markers', async () => {
    // A nationwide master takes many seconds; each frame after its markers costs seconds too.
    for (const type of ['EvacuationSite', 'DesignatedShelter'])
      stack.api.broker.setFault({
        delayMs: 15_000,
        pathIncludes: '/ngsi-ld/v1/entities',
        queryIncludes: `type=${type}&limit=500&offset=0&`,
      });
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const markers = () => page.getAttribute('.map-area', 'data-facility-markers');
    try {
      await page.goto(stack.app.url);
      // The land around is added, and the names (drawn once the map has settled) come, before
      // any marker is handed over.
      await page.waitForSelector('[data-testid="map"][data-context-land="added"]', {
        timeout: 13_000,
      });
      await page.waitForFunction(
        () => (document.querySelector('.map-area')?.getAttribute('data-labels') ?? '[]') !== '[]',
        undefined,
        { timeout: 13_000 },
      );
      expect(await markers()).toBe('0');
      await waitForMapReady(page, 60_000);
      expect(Number(await markers())).toBeGreaterThan(2000);
    } finally {
      stack.api.broker.clearFaults();
      await page.close();
    }
  });

  it("keeps deck.gl's markers on maplibre's map when the map is resized twice in quick succession", async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(stack.app.url);
    await waitForMapReady(page);
    const map = page.locator('[data-testid="map"]');
    // Shrinking, then growing (the wall's layout settling while the map loads does both); on
    // the old build the second left the buffer at the first's height every time.
    for (const [first, second] of [
      [40, 78],
      [40, 0],
    ] as const) {
      const size = await resizeTwiceQuickly(page, first, second);
      // The frame is drawn at the size it is shown at: not scaled, with deck.gl's layers placed
      // by the same size as maplibre's.
      expect(size.buffer, `after ${first} then ${second} px`).toEqual(size.page);
      await mapSettled(page);
      const raced = await map.screenshot();
      // The same picture as after one resize to the same size, from another, left to settle.
      await resizeMapArea(page, 120);
      const clean = await resizeMapArea(page, second);
      expect(clean.buffer).toEqual(clean.page);
      expect(differingShare(raced, await map.screenshot())).toBeLessThan(0.01);
    }
    await page.close();
  });
});

describe('a broken config.json', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<[string, object | string, string]>([
    ['a wrong type', { apiBaseUrl: 42, contextUrl: CONTEXT, mode: 'live' }, 'apiBaseUrl'],
    [
      'a bad nested value',
      { apiBaseUrl: '.', contextUrl: CONTEXT, mode: 'mock', pollSeconds: { shelters: -1 } },
      'pollSeconds.shelters',
    ],
    ['text that is not JSON', '{"apiBaseUrl": ', ''],
  ])('shows the config error screen for %s, naming the field', async (_label, config, field) => {
    const app = await serveDist({ config });
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.waitForSelector('[data-testid="config-error"]', { timeout: 30_000 });
    expect(await page.locator(`tr[data-field="${field}"]`).count()).toBe(1);
    await page.close();
    await app.close();
  });
});
