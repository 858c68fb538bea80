/**
 * One production build, one broker store, two dialects: the HTTP mock serves the same entities
 * as NGSI-LD and as NGSI v2 (FIWARE Orion with QuantumLeap), and two deployments of the same
 * dist/ differ only in config.json — NGSI-LD behind the page's own origin (`"apiBaseUrl": "."`),
 * NGSI v2 on its own host. During a frozen drill:
 *  - every view — operations, tourism, platform and a municipality's briefing — shows the same
 *    figures on both, and the operations totals equal those computed independently from the
 *    mock's raw entities;
 *  - then, on the v2 page, the fault matrix as Orion or its gateway sends it: each fault shown
 *    in words with the last good data kept and recovered from within one poll interval; the
 *    page cap of 1000 (a 400 above it) and a hidden Fiware-Total-Count read through silently.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { FAULTS, type FaultSpec } from '../../mocks/broker';
import { startMockServer, type RunningMockServer } from '../../mocks/http/server';
import {
  digits,
  launchChromium,
  recordRequests,
  shownTotals,
  waitForMapReady,
} from './support/browser';
import {
  clearFaults,
  gatewayCases,
  onLiveFeeds,
  OVERLAYS,
  runBenignCase,
  runTransportCase,
  TOTAL,
  type BenignCase,
  type TransportCase,
} from './support/fault-cases';
import { waitForFeed } from './support/feed-probe';
import { fixtureCounts } from './support/fixture-counts';
import { expectedTotals, fetchAll } from './support/mock-state';
import { CONTEXT, freezeDrill, type Stack } from './support/stack';
import { serveDist, type StaticServer } from './support/static-server';

const POLL_S = 2;
const TIMEOUT_S = 3;
const AREA = '42211'; // Goto: islands, level 5 at the peak of the drill
const VIEWPORT = { width: 1600, height: 1000 };
const DIALECTS = ['ngsi-ld', 'ngsi-v2'] as const;
type Dialect = (typeof DIALECTS)[number];

/**
 * What a view shows, as its reader would compare it: every text on the page, one per line,
 * without the data panel (each feed's requests, age and the API's address differ by dialect
 * and by the second) and with the page's origin, ages and clock times blanked.
 */
async function figuresOf(page: Page): Promise<string> {
  // A panel still loading would be compared half drawn: wait until none says so.
  await page.waitForFunction(() => !document.body.innerText.includes('Loading…'), undefined, {
    timeout: 120_000,
  });
  const lines = await page.evaluate(() => {
    // The data panel tells each feed's requests, age and the API's address. Recharts measures
    // text in a hidden span of its own at the end of the page, which holds whatever it measured
    // last (an axis tick on one page, a legend word on the other): nobody reads it.
    const skip =
      '[data-panel="feeds"], [data-testid="freshness"], [data-testid="clock"], #recharts_measurement_span';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      if (text !== '' && !n.parentElement?.closest(skip)) out.push(text);
    }
    return out;
  });
  // The briefing prints its own link: the two deployments differ by origin only.
  const origin = new URL(page.url()).origin;
  return lines
    .map((l) =>
      l
        .replaceAll(origin, '<app>')
        .replace(/\d+\s*(秒|分|時間)前/g, '…前')
        .replace(/\d+\s*(s|min|h) ago/g, '… ago')
        .replace(/\d{1,2}:\d{2}(:\d{2})?/g, 'hh:mm'),
    )
    .join('\n');
}

interface Seen {
  operations: string;
  tourism: string;
  platform: string;
  briefing: string;
  totals: Awaited<ReturnType<typeof shownTotals>>;
  requests: string[];
  page: Page;
}

describe('one build, one store, both dialects: the same figures on every view', () => {
  let api: RunningMockServer;
  let browser: Browser;
  const apps = new Map<Dialect, StaticServer>();
  const seen = new Map<Dialect, Seen>();
  const answers: { url: string; status: number }[] = [];

  async function look(dialect: Dialect): Promise<Seen> {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const requests = recordRequests(page);
    await page.goto(`${apps.get(dialect)!.url}/?lang=en`);
    page.on('response', (r) => answers.push({ url: r.url(), status: r.status() }));
    await waitForMapReady(page, 180_000, TOTAL);
    // The services' routes join the map (and its legend) once the first picture has settled.
    await page.waitForSelector('[data-testid="lifeline-legend"]', { timeout: 60_000 });
    // The trend chart is history: wait until it has read it (temporal API or QuantumLeap).
    await page.waitForSelector('[data-testid="trends-chart"]', { timeout: 60_000 });
    // The island groups' estimate reads the lifelines and today's tourism days, which arrive
    // after the shelters: wait until it has read all three.
    await page.waitForSelector('[data-testid="islands-asof"]:not([data-state="none"])', {
      timeout: 60_000,
    });
    const operations = await figuresOf(page);
    const totals = await shownTotals(page);

    await page.click('[data-screen="tourism"]');
    await page.waitForSelector('[data-testid="tourism-notes"]:not(:has([data-note="loading"]))', {
      timeout: 120_000,
    });
    const tourism = await figuresOf(page);

    await page.click('[data-screen="platform"]');
    await page.waitForSelector('[data-testid="pf-table"]', { timeout: 120_000 });
    const platform = await figuresOf(page);

    await page.click('[data-screen="briefing"]');
    await page.selectOption('[data-testid="brief-area"]', AREA);
    await page.waitForSelector(
      '[data-testid="brief-tour-sentences"], [data-testid="brief-tour-nodata"]',
      { timeout: 120_000 },
    );
    await page.waitForSelector('[data-testid="brief-trend-table"]', {
      state: 'attached',
      timeout: 60_000,
    });
    const briefing = await figuresOf(page);
    return { operations, tourism, platform, briefing, totals, requests, page };
  }

  beforeAll(async () => {
    api = await startMockServer({ port: 0, scenario: 'typhoon', badData: false });
    await freezeDrill(api.url);
    for (const dialect of DIALECTS)
      apps.set(
        dialect,
        // NGSI-LD behind the page's own origin (`"."`, a gateway on the same host: the feed
        // worker must resolve it against the page), NGSI v2 on the API's own host.
        await serveDist({
          ...(dialect === 'ngsi-ld' && { proxyTo: api.url }),
          config: {
            apiBaseUrl: dialect === 'ngsi-ld' ? '.' : api.url,
            mode: 'live',
            dialect,
            requestTimeoutSeconds: TIMEOUT_S,
            pollSeconds: { shelters: POLL_S, evacuationInformation: POLL_S },
            ...(dialect === 'ngsi-ld' && { contextUrl: CONTEXT }),
          },
        }),
      );
    browser = await launchChromium();
    for (const dialect of DIALECTS) {
      seen.set(dialect, await look(dialect));
      if (dialect === 'ngsi-ld') await seen.get(dialect)!.page.close();
    }
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    for (const app of apps.values()) await app.close();
    await api?.close();
  });

  it('reads NGSI-LD from the page’s origin (the worker too) and NGSI v2 from Orion’s /v2 only', () => {
    const page = apps.get('ngsi-ld')!.url;
    const ld = seen
      .get('ngsi-ld')!
      .requests.filter((u) => u.includes('/ngsi-ld/') || u.includes('/v2/'));
    expect(ld.some((u) => u.includes('/ngsi-ld/v1/temporal/'))).toBe(true);
    expect(ld.some((u) => u.includes('/ngsi-ld/v1/entities?type=EvacuationSite'))).toBe(true);
    expect(ld.filter((u) => !u.startsWith(`${page}/ngsi-ld/v1/`))).toEqual([]);
    const v2 = seen.get('ngsi-v2')!.requests.filter((u) => u.startsWith(api.url));
    expect(v2.some((u) => u.includes('/v2/entities?'))).toBe(true);
    // History from QuantumLeap's /v2/types/{type}/attrs/{attr}.
    expect(v2.some((u) => /\/v2\/types\/[^/]+\/attrs\//.test(u))).toBe(true);
    expect(v2.filter((u) => u.includes('/ngsi-ld/'))).toEqual([]);
  });

  it('shows the operations totals computed independently from the mock’s entities', async () => {
    const expected = expectedTotals(await fetchAll(api.url, 'EvacuationShelter'));
    expect(expected.evacuees).toBeGreaterThan(0);
    for (const dialect of DIALECTS)
      expect(seen.get(dialect)!.totals).toEqual({
        open: expected.open,
        evacuees: expected.evacuees,
        households: expected.households,
      });
  });

  it.each(['operations', 'tourism', 'platform', 'briefing'] as const)(
    'the %s view reads the same on both',
    (view) => {
      const ld = seen.get('ngsi-ld')![view];
      expect(ld.length).toBeGreaterThan(200);
      // Line by line, so that a difference shows as the lines that differ.
      expect(seen.get('ngsi-v2')![view].split('\n')).toEqual(ld.split('\n'));
    },
  );

  describe('the fault matrix on NGSI v2', () => {
    let page: Page;
    let stack: Stack;
    let total: number;
    const onV2 = (spec: FaultSpec) => onLiveFeeds(spec, '/v2/entities');
    const TRANSPORT: TransportCase[] = [
      {
        name: '500 with Orion’s error body',
        start: onV2(FAULTS.v2InternalError500()),
        clear: clearFaults,
        message: /API error 500: InternalError/,
        banner: 'failing',
      },
      ...gatewayCases(onV2, { pollS: POLL_S, timeoutS: TIMEOUT_S }),
    ];
    const BENIGN: BenignCase[] = [
      {
        name: 'a hidden Fiware-Total-Count header',
        start: (st) => st.api.broker.configure({ omitCountHeader: true }),
        clear: (st) => st.api.broker.configure({ omitCountHeader: false }),
      },
    ];

    beforeAll(async () => {
      page = seen.get('ngsi-v2')!.page;
      stack = { api, app: apps.get('ngsi-v2')!, browser, close: () => Promise.resolve() };
      await page.click('[data-screen="operations"]');
      await waitForFeed(page, OVERLAYS, (v) => v.state === 'ok', 30_000);
      total = digits(await page.textContent(TOTAL));
      expect(total).toBeGreaterThan(0);
    });

    it('pages the masters within Orion’s cap of 1000, never asking above it', async () => {
      const expected = fixtureCounts();
      expect(expected.sites).toBeGreaterThan(1000);
      expect(digits(await page.textContent('[data-testid="count-sites"]'))).toBe(expected.sites);
      const v2 = answers.filter((a) => a.url.includes('/v2/entities?'));
      expect(v2.filter((a) => a.url.includes('type=EvacuationSite')).length).toBeGreaterThan(1);
      for (const a of v2)
        expect(Number(new URL(a.url).searchParams.get('limit'))).toBeLessThanOrEqual(1000);
      expect(v2.filter((a) => a.status === 400)).toEqual([]);
      // The mock does refuse above the cap, as Orion does.
      const over = await fetch(`${api.url}/v2/entities?type=EvacuationSite&limit=1001`);
      expect(over.status).toBe(400);
      expect(await over.json()).toMatchObject({ error: 'BadRequest' });
    });

    it.each(TRANSPORT)('$name', (c) =>
      runTransportCase(stack, page, c, total, { pollS: POLL_S, timeoutS: TIMEOUT_S }),
    );

    it.each(BENIGN)('$name: read as usual, nothing flagged', (c) =>
      runBenignCase(stack, page, c, total),
    );
  });

  it('a gateway that does not route the API path: the data panel names the URL and what to check', async () => {
    // The page's own server has nothing under /gw/: a plain-text 404, as from a gateway
    // without that route.
    const app = await serveDist({
      config: (origin) => ({ apiBaseUrl: `${origin}/gw`, contextUrl: CONTEXT, mode: 'live' }),
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${app.url}/?lang=en`);
      const fix = page.locator('[data-testid="feed-fix"]').first();
      await fix.waitFor({ timeout: 60_000 });
      const text = (await fix.textContent()) ?? '';
      expect(text).toContain(`Not found: ${app.url}/gw/ngsi-ld/v1/entities?type=`);
      expect(text).toContain(`apiBaseUrl in config.json (now "${app.url}/gw")`);
      expect(text).toContain('gateway routes /gw/ngsi-ld/v1/entities to the broker');
      // And the failure links to the connection check.
      await page.locator('[data-testid="check-link"]').first().click();
      await page.waitForSelector('[data-testid="check-steps"]', { timeout: 60_000 });
      expect(new URL(page.url()).searchParams.get('screen')).toBe('check');
      expect(await page.textContent('[data-testid="check-steps"]')).toContain('Not found: ');
    } finally {
      await page.close();
      await app.close();
    }
  });

  it('the connection check on the v2 deployment: every request answered, counts equal to the store’s', async () => {
    const page = seen.get('ngsi-v2')!.page;
    await page.goto(`${apps.get('ngsi-v2')!.url}/?lang=en&screen=check`);
    await page.waitForSelector('[data-testid="check-steps"]', { timeout: 120_000 });
    const steps = await page.$$eval('[data-testid="check-steps"] > li', (items) =>
      items.map((li) => ({
        step: (li as HTMLElement).dataset.step,
        outcome: (li as HTMLElement).dataset.outcome,
        text: li.textContent ?? '',
      })),
    );
    expect(steps.filter((s) => s.outcome === 'fail')).toEqual([]);
    for (const type of ['EvacuationSite', 'DesignatedShelter', 'EvacuationShelter']) {
      const res = await fetch(`${api.url}/v2/entities?type=${type}&limit=1&options=count`);
      const n = Number(res.headers.get('fiware-total-count'));
      expect(
        steps.some(
          (s) =>
            s.text.includes(`Count of ${type}: ${n.toLocaleString('en')}`) ||
            s.text.includes(`Count of ${type}: ${n}`),
        ),
      ).toBe(true);
    }
    expect(steps.find((s) => s.step === 'page-cap')?.text).toContain('accepted up to 1,000');
    const text = (await page.textContent('[data-testid="check-text"]')) ?? '';
    expect(text).toContain('Dialect ngsi-v2');
    expect(text).toMatch(
      /GET http:\/\/127\.0\.0\.1:\d+\/v2\/entities\?type=EvacuationSite.* → 200 in \d+ ms; count header: read/,
    );
  });
});
