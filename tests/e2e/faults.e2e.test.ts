/**
 * The fault matrix: the production build against the HTTP mock broker, each fault started,
 * looked at and cleared in turn on one open page, the way a wall display meets them. For
 * every case: the last good data stays on screen, the data panel (and, when every live feed
 * fails, the banner) says what is wrong in words, and the feed recovers on its own within
 * one poll interval of the fault clearing (plus what the client rightly waits for: an
 * attempt already in flight timing out, a Retry-After).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FAULTS, type FaultSpec } from '../../mocks/broker';
import type { NgsiEntity } from '../../mocks/broker/json';
import { digits, waitForMapReady } from './support/browser';
import {
  clearFaults,
  freshSince,
  gatewayCases,
  onLiveFeeds as onLiveFeedsUnder,
  OVERLAYS,
  runBenignCase,
  runTransportCase,
  SLACK_MS,
  TOTAL,
  type BenignCase,
  type TransportCase,
} from './support/fault-cases';
import { entityIds, feedView, waitForFeed, type FeedView } from './support/feed-probe';
import { startStack, type Stack } from './support/stack';

const POLL_S = 2;
const TIMEOUT_S = 3;
const MASTERS_POLL_S = 60;
const TENANT = 'nagasaki';
const SITES = 'Emergency evacuation sites';
const ENTITIES = '/ngsi-ld/v1/entities';
const onLiveFeeds = (spec: FaultSpec) => onLiveFeedsUnder(spec, ENTITIES);

const TRANSPORT: TransportCase[] = [
  ...gatewayCases(onLiveFeeds, { pollS: POLL_S, timeoutS: TIMEOUT_S }),
  {
    name: '500 with ProblemDetails',
    start: onLiveFeeds(FAULTS.internalError500()),
    clear: clearFaults,
    message: /API error 500: InternalError/,
    banner: 'failing',
  },
  {
    name: '503 with Retry-After',
    start: onLiveFeeds(FAULTS.empty503(POLL_S)),
    clear: clearFaults,
    message: new RegExp(`asked to wait ${POLL_S} s \\(HTTP 503\\)`),
    banner: 'failing',
    extraMs: POLL_S * 1000,
  },
  {
    name: 'connection refused',
    start: (stack) => stack.api.stop(),
    clear: (stack) => stack.api.start(),
    message: /Cannot reach the API/,
    banner: 'failing',
  },
  {
    name: 'an HTML error page from a gateway',
    start: onLiveFeeds(FAULTS.html502()),
    clear: clearFaults,
    message: /gateway answered HTTP 502 with an error page/,
    banner: 'failing',
  },
  {
    name: 'truncated JSON',
    start: onLiveFeeds(FAULTS.truncatedJson(64)),
    clear: clearFaults,
    message: /response was cut short/,
    banner: 'failing',
  },
  {
    name: 'LdContextNotAvailable',
    start: onLiveFeeds(FAULTS.ldContextNotAvailable()),
    clear: clearFaults,
    message: /cannot load the @context https:\/\/nagasaki\.example\/ngsi-ld\/context\.jsonld/,
    banner: 'failing',
  },
  {
    name: 'NonexistentTenant',
    start: onLiveFeeds(FAULTS.nonexistentTenant()),
    clear: clearFaults,
    message: new RegExp(`has no tenant "${TENANT}"`),
    banner: 'failing',
  },
  {
    name: 'the network going offline',
    start: (_stack, page) => page.context().setOffline(true),
    clear: (_stack, page) => page.context().setOffline(false),
    message: /This device is offline/,
    banner: 'offline',
  },
];

const BENIGN: BenignCase[] = [
  {
    name: 'a payload ten times the expected size',
    start: onLiveFeeds(FAULTS.inflated(10)),
    clear: clearFaults,
  },
  {
    name: 'a missing count header',
    start: (stack) => stack.api.broker.configure({ omitCountHeader: true }),
    clear: (stack) => stack.api.broker.configure({ omitCountHeader: false }),
  },
];

/** Entities back exactly as they were: a merge would keep an attribute a fault added. */
function putBack(stack: Stack, originals: readonly NgsiEntity[]): void {
  for (const entity of originals) {
    stack.api.broker.remove(entity.id, TENANT);
    stack.api.broker.upsert(entity, { tenant: TENANT });
  }
}

describe('the fault matrix: every fault shown, the last good data kept, recovery on its own', () => {
  let stack: Stack;
  let page: Page;
  let total: number;
  /** The emergency evacuation sites of the fixtures. */
  const sites = 1857;
  const masters: Masters = { ids: [], originals: [] };

  beforeAll(async () => {
    stack = await startStack(
      { scenario: 'typhoon', tenant: TENANT, badData: false },
      {
        tenant: TENANT,
        requestTimeoutSeconds: TIMEOUT_S,
        pollSeconds: {
          shelters: POLL_S,
          evacuationInformation: POLL_S,
          masters: MASTERS_POLL_S,
        },
      },
    );
    // Fifteen storm hours in, frozen: thousands in shelters, nothing moving but the faults.
    stack.api.scenario!.pause();
    stack.api.scenario!.setStormMinutes(15 * 60);
    // The masters are polled once a minute: they are broken before the page first reads them,
    // put back at once, and looked at again after the live cases, so that minute is spent on
    // those rather than waited out.
    breakMasters(stack, masters);
    page = await stack.browser.newPage({ viewport: { width: 1024, height: 720 } });
    await page.goto(`${stack.app.url}/?lang=en`);
    await waitForMapReady(page, 180_000, TOTAL);
    await waitForFeed(page, OVERLAYS, (v) => v.state === 'ok', 30_000);
    total = digits(await page.textContent(TOTAL));
    expect(total).toBeGreaterThan(0);
  }, 240_000);
  afterAll(() => stack?.close());

  it('the masters take NaN, swapped and out-of-prefecture coordinates and a string count: those skipped and counted by reason, the rest kept', async () => {
    const { view } = await waitForFeed(page, SITES, (v) => v.state === 'ok', 10_000);
    expectMastersSkipped(view, masters.ids);
    expect(digits(await page.textContent('[data-testid="count-sites"]'))).toBe(sites - 4);
    // The live feeds never noticed.
    expect((await feedView(page, OVERLAYS)).state).toBe('ok');
    masters.before = view;
    masters.clearedAt = Date.now();
    putBack(stack, masters.originals);
  });

  it.each(TRANSPORT)('$name', (c) =>
    runTransportCase(stack, page, c, total, { pollS: POLL_S, timeoutS: TIMEOUT_S }),
  );

  it.each(BENIGN)('$name: read as usual, nothing flagged', (c) =>
    runBenignCase(stack, page, c, total),
  );

  it('wrong types and unknown enum values in the live overlay: the values dropped and said, the shelters kept', async () => {
    const broker = stack.api.broker;
    const [a, b] = await entityIds(stack, 'EvacuationShelter', TENANT, 'evacueeTotal>0');
    expect(a && b).toBeTruthy();
    const originals = [a!, b!].map((id) => structuredClone(broker.getEntity(id, TENANT)!));
    const lost = Number(
      (originals[0]!['evacueeTotal'] as { value: number } | undefined)?.value ?? NaN,
    );
    expect(lost).toBeGreaterThan(0);
    const startedAt = Date.now();
    broker.upsert(
      { id: a!, type: 'EvacuationShelter', evacueeTotal: { type: 'Property', value: 'many' } },
      { tenant: TENANT },
    );
    broker.upsert(
      {
        id: b!,
        type: 'EvacuationShelter',
        openingStatus: { type: 'Property', value: 'evacuating' },
        congestionLevel: { type: 'Property', value: 'packed' },
      },
      { tenant: TENANT },
    );
    const seen = await waitForFeed(page, OVERLAYS, freshSince(startedAt), 20_000);
    // Worded through the catalogue (English here), quoting the value received.
    expect(seen.view.text).toContain(
      'evacueeTotal: not a number → field ignored (received: "many"): 1',
    );
    expect(seen.view.text).toContain(
      'openingStatus: unexpected value → shown as unknown (received: "evacuating"): 1',
    );
    expect(seen.view.text).toContain(
      'congestionLevel: unexpected value → field ignored (received: "packed"): 1',
    );
    // Every shelter kept; only the unreadable count is missing from the total.
    expect(seen.view.text).toMatch(/All entities valid/);
    await page.waitForFunction(
      ([sel, want]) =>
        Number((document.querySelector(sel)?.textContent ?? '').replace(/\D/g, '')) === want,
      [TOTAL, total - lost] as const,
      { timeout: 10_000 },
    );

    const clearedAt = Date.now();
    putBack(stack, originals);
    const back = await waitForFeed(
      page,
      OVERLAYS,
      (v) => freshSince(clearedAt)(v) && !/ignored|shown as unknown/.test(v.text),
      20_000,
    );
    expect(back.at - clearedAt).toBeLessThanOrEqual(POLL_S * 1000 + SLACK_MS);
    await page.waitForFunction(
      ([sel, want]) =>
        Number((document.querySelector(sel)?.textContent ?? '').replace(/\D/g, '')) === want,
      [TOTAL, total] as const,
      { timeout: 10_000 },
    );
  });

  it(
    'the masters come back whole at their next poll, within one interval of being put back',
    async () => {
      const { before, clearedAt } = masters;
      expect(before && clearedAt).toBeTruthy();
      const back = await waitForFeed(
        page,
        SITES,
        (v) => v.updatedAt > before!.updatedAt,
        (MASTERS_POLL_S + 30) * 1000,
      );
      // The very next poll after the one that saw them broken (they were put back before it
      // began), one interval after it.
      expect(back.view.updatedAt - before!.updatedAt).toBeLessThanOrEqual(
        MASTERS_POLL_S * 1000 + SLACK_MS,
      );
      expect(back.view.updatedAt).toBeGreaterThan(clearedAt!);
      expect(back.view.text).toMatch(/All entities valid \(1,857\)/);
      expect(digits(await page.textContent('[data-testid="count-sites"]'))).toBe(sites);
      expect(digits(await page.textContent(TOTAL))).toBe(total);
    },
    (MASTERS_POLL_S + 30) * 1000,
  );
});

interface Masters {
  ids: string[];
  originals: NgsiEntity[];
  /** The sites feed as first read, with the broken entities in it. */
  before?: FeedView;
  /** When the originals were put back. */
  clearedAt?: number;
}

/** Four emergency evacuation sites broken in four ways (their originals kept to put back). */
function breakMasters(stack: Stack, masters: Masters): void {
  const broker = stack.api.broker;
  const all = [...(broker.snapshot().get(TENANT)?.values() ?? [])]
    .map((s) => s.entity)
    .filter((e) => e.type === 'EvacuationSite')
    .map((e) => e.id)
    .sort();
  masters.ids = all.slice(10, 14);
  expect(masters.ids).toHaveLength(4);
  masters.originals = masters.ids.map((id) => structuredClone(broker.getEntity(id, TENANT)!));
  const point = (coordinates: number[]) => ({
    type: 'GeoProperty',
    value: { type: 'Point', coordinates },
  });
  const [nan, swapped, away, text] = masters.ids as [string, string, string, string];
  broker.upsertMany(
    [
      // JSON has no NaN: a broker serialising one sends null.
      { id: nan, type: 'EvacuationSite', location: point([NaN, 32.75]) },
      { id: swapped, type: 'EvacuationSite', location: point([32.75, 129.87]) },
      { id: away, type: 'EvacuationSite', location: point([139.69, 35.69]) },
      { id: text, type: 'EvacuationSite', maxCapacity: { type: 'Property', value: '120人' } },
    ],
    { tenant: TENANT },
  );
}

/** The sites feed names each broken entity and counts it under its reason. */
function expectMastersSkipped(view: FeedView, ids: readonly string[]): void {
  expect(view.text).toMatch(/4 skipped/);
  expect(view.text).toMatch(/swapped: 1/);
  expect(view.text).toMatch(/outside Nagasaki Prefecture: 1/);
  expect(view.text).toMatch(/maxCapacity: .*: 1/);
  expect(view.text).toMatch(/location\.coordinates.*: 1/);
  for (const id of ids) expect(view.text).toContain(id);
}
