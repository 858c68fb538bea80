/**
 * One fault case on one open page, the way a wall display meets it, for either dialect's
 * fault matrix: the fault started, the failure shown in words with the last good data kept,
 * the fault cleared, recovery on its own within one poll interval (plus what the client
 * rightly waits for).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { FAULTS, type FaultSpec } from '../../../mocks/broker';
import { digits } from './browser';
import { feedView, waitForFeed, type FeedView } from './feed-probe';
import type { Stack } from './stack';

export const LIVE_TYPES = ['EvacuationShelter', 'EvacuationInformation', 'DisasterEvent'];
export const OVERLAYS = 'Shelter status';
export const TOTAL = '[data-testid="total-evacuees"]';
/** Rendering on SwiftShader and two busy cores: what a state change may take to show. */
export const SLACK_MS = 2_500;

export interface TransportCase {
  name: string;
  start(stack: Stack, page: Page): Promise<void> | void;
  clear(stack: Stack, page: Page): Promise<void> | void;
  /** What the data panel says (English). */
  message: RegExp;
  banner: 'failing' | 'offline';
  /** What the client rightly waits after the fault clears, beyond one poll interval. */
  extraMs?: number;
}

/** Cases where nothing is wrong in what the client gets: it reads on and says nothing. */
export interface BenignCase {
  name: string;
  start(stack: Stack): void;
  clear(stack: Stack): void;
}

/** The same fault on every live feed's entity queries under `path` (the masters left alone). */
export function onLiveFeeds(spec: FaultSpec, path: string) {
  return (stack: Stack) => {
    for (const type of LIVE_TYPES)
      stack.api.broker.setFault({
        ...spec,
        times: Infinity,
        pathIncludes: path,
        queryIncludes: `type=${type}`,
      });
  };
}

export const clearFaults = (stack: Stack) => stack.api.broker.clearFaults();

/** A poll after `since` succeeded with no failure showing. */
export const freshSince = (since: number) => (v: FeedView) =>
  v.state === 'ok' && v.updatedAt > since;

export const bannerOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-testid="api-banner"]');
    return el ? { kind: el.dataset.outage, text: el.textContent ?? '' } : null;
  });

export interface Timing {
  pollS: number;
  timeoutS: number;
}

/**
 * The faults a gateway or broker sends whatever the dialect, each started by `on` (the fault
 * on the dialect's live-feed queries): credentials refused, too many requests, no answer in
 * time, a body that is not JSON.
 */
export function gatewayCases(
  on: (spec: FaultSpec) => (stack: Stack) => void,
  { pollS, timeoutS }: Timing,
): TransportCase[] {
  return [
    {
      name: '401 from an API gateway',
      start: on(FAULTS.unauthorized401()),
      clear: clearFaults,
      message: /refused the credentials \(API key\) \(HTTP 401\)/,
      banner: 'failing',
    },
    {
      name: '429 with Retry-After',
      start: on(FAULTS.tooManyRequests429(pollS)),
      clear: clearFaults,
      message: new RegExp(`asked to wait ${pollS} s \\(HTTP 429\\)`),
      banner: 'failing',
      extraMs: pollS * 1000,
    },
    {
      name: 'timeout',
      start: on(FAULTS.timeout(120_000)),
      clear: clearFaults,
      message: new RegExp(`did not answer within ${timeoutS} s`),
      banner: 'failing',
      extraMs: timeoutS * 1000,
    },
    {
      name: 'malformed JSON',
      start: on(FAULTS.notJson200()),
      clear: clearFaults,
      message: /response is not JSON/,
      banner: 'failing',
    },
  ];
}

/** Runs one transport case; `total` is the evacuee total shown before it. */
export async function runTransportCase(
  stack: Stack,
  page: Page,
  c: TransportCase,
  total: number,
  { pollS, timeoutS }: Timing,
): Promise<void> {
  const before = await feedView(page, OVERLAYS);
  await c.start(stack, page);
  let cleared = false;
  try {
    const failed = await waitForFeed(
      page,
      OVERLAYS,
      (v) => v.state === 'failed',
      (pollS + timeoutS) * 1000 + 15_000,
    );
    expect(failed.view.error).toMatch(c.message);
    // Marked stale with the age of the data kept, and that data still on screen.
    expect(failed.view.error).toMatch(/Showing the last good data \(.+ old\)/);
    // The data kept is the last good poll's: the one read before the fault, or one already in
    // flight when the fault began (it may land after `before` was read, as polls take less than
    // a second here).
    expect(failed.view.updatedAt).toBeGreaterThanOrEqual(before.updatedAt);
    expect(digits(await page.textContent(TOTAL))).toBe(total);
    await page.waitForFunction(
      (kind) =>
        document.querySelector<HTMLElement>('[data-testid="api-banner"]')?.dataset.outage === kind,
      c.banner,
      { timeout: 20_000 },
    );
    const banner = await bannerOf(page);
    expect(banner?.text).toMatch(c.banner === 'offline' ? /Offline/ : c.message);
    expect(banner?.text).toMatch(/Showing the last data received/);

    const clearedAt = Date.now();
    cleared = true;
    await c.clear(stack, page);
    const { at } = await waitForFeed(
      page,
      OVERLAYS,
      freshSince(clearedAt),
      pollS * 1000 + (c.extraMs ?? 0) + 30_000,
    );
    const recoveryMs = at - clearedAt;
    console.info(`fault matrix: ${c.name}: recovered in ${recoveryMs} ms`);
    expect(recoveryMs).toBeLessThanOrEqual(pollS * 1000 + (c.extraMs ?? 0) + SLACK_MS);
    await page.waitForSelector('[data-testid="api-banner"]', {
      state: 'detached',
      timeout: 5_000,
    });
    expect(digits(await page.textContent(TOTAL))).toBe(total);
  } finally {
    // One case failing must not leave its fault on for the next ones.
    if (!cleared) await c.clear(stack, page);
  }
}

/** Runs one benign case: two whole polls under it, each read and valid, nothing flagged. */
export async function runBenignCase(
  stack: Stack,
  page: Page,
  c: BenignCase,
  total: number,
): Promise<void> {
  const startedAt = Date.now();
  c.start(stack);
  try {
    const first = await waitForFeed(page, OVERLAYS, freshSince(startedAt), 20_000);
    const second = await waitForFeed(page, OVERLAYS, freshSince(first.view.updatedAt), 20_000);
    expect(second.view.text).toMatch(/All entities valid/);
    expect(await bannerOf(page)).toBeNull();
    expect(digits(await page.textContent(TOTAL))).toBe(total);
  } finally {
    c.clear(stack);
  }
}
