import type { Browser, CDPSession, Page } from 'playwright-core';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { digits, waitForMapIdle } from '../e2e/support/browser';
import type { BenchTarget } from './targets';
import { deckFrames, heapAfterGc, mainThread, median, watchLongTasks } from './probes';
import { judgeScale, usable, type Criterion, type ScaleMeasure } from './usable';

export interface ScaleResult extends ScaleMeasure {
  target: BenchTarget['name'];
  designations: number;
  viewport: string;
  /** Main-thread script and task time from navigation to the first map. */
  scriptMs: number;
  taskMs: number;
  /** Reported, not judged: on SwiftShader a map frame is itself a task of about 2 s. */
  longestQuietTaskMs: number;
  /** Every drag measured; panMs and panScriptMs are their medians. */
  panSamples: PanSample[];
  /** Every load's first map, interleaved between the pages; firstMapMs is their median. */
  firstMapSamples: number[];
  criteria: Criterion[];
  usable: boolean;
}

export interface PanSample {
  ms: number;
  scriptMs: number;
}

const QUIET_MS = 15_000;
const TIMEOUT_MS = 180_000;
/**
 * Drags per page: one drag on SwiftShader varies by up to 2× between runs (with three, one slow
 * first drag moved the median across the usable limit); the median of five holds.
 */
const PAN_REPEATS = 5;
/**
 * Loads per page for the first map, interleaved (bare, dashboard, bare, …): one load of the
 * bare page alone moves from 13.5 to 17.5 s between runs, wider than a 1.1× target.
 */
const FIRST_MAP_LOADS = 3;

type Point = [number, number];

/** When the page's map was first idle with its markers (ms since navigation). */
async function mapIdleAt(page: Page, target: BenchTarget): Promise<number> {
  await waitForMapIdle(page, TIMEOUT_MS, target.readySelector);
  return page.evaluate(() => performance.now());
}

/** A drag from `from` to `to`, timed to the map idle and redrawn. */
async function dragMs(page: Page, [x0, y0]: Point, [x1, y1]: Point): Promise<number> {
  const frames = await deckFrames(page);
  // The map says `moving` itself once the drag moves it (create-map.ts), in the frame that
  // applies the first step; a frame drawn before that (a hover) must not end the wait.
  await page.$eval(
    '[data-testid="map"]',
    (el) => ((el as HTMLElement).dataset.mapState = 'moving'),
  );
  const t0 = Date.now();
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await page.mouse.move(x1, y1, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(
    (before) => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]');
      return el?.dataset.mapState === 'idle' && Number(el.dataset.deckFrames ?? 0) > before;
    },
    frames,
    { timeout: 60_000, polling: 50 },
  );
  return Date.now() - t0;
}

type Figures = Omit<ScaleMeasure, 'expectedFacilities' | 'panMs' | 'panScriptMs'> &
  Pick<ScaleResult, 'scriptMs' | 'taskMs' | 'longestQuietTaskMs' | 'panSamples'>;

/**
 * One page through the scale run. Figures start as not measured (NaN) and are filled in
 * order, so a page that stalls keeps what was measured before and fails the rest.
 */
async function measurePage(
  page: Page,
  cdp: CDPSession,
  target: BenchTarget,
  [width, height]: [number, number],
): Promise<Figures> {
  const f: Figures = {
    firstMapMs: Number.NaN,
    scriptMs: Number.NaN,
    taskMs: Number.NaN,
    facilities: 0,
    heapMb: Number.NaN,
    quietScriptMs: Number.NaN,
    quietWindowMs: QUIET_MS,
    longestQuietTaskMs: Number.NaN,
    panSamples: [],
  };
  // 400 px across the middle of the map and back, so repeated drags keep the same data in view.
  const a: Point = [width * 0.35, height / 2];
  const b: Point = [a[0] + 400, a[1] + 80];
  try {
    f.firstMapMs = await mapIdleAt(page, target);
    const loaded = await mainThread(cdp);
    f.scriptMs = loaded.script;
    f.taskMs = loaded.task;
    f.facilities = digits(await page.textContent(target.facilitiesSelector));
    f.heapMb = await heapAfterGc(cdp);
    const quiet0 = (await mainThread(cdp)).script;
    const longTasks = await watchLongTasks(page);
    await page.waitForTimeout(QUIET_MS);
    f.longestQuietTaskMs = Math.max(0, ...(await longTasks()));
    f.quietScriptMs = (await mainThread(cdp)).script - quiet0;
    for (let i = 0; i < PAN_REPEATS; i += 1) {
      const pan0 = (await mainThread(cdp)).script;
      const ms = await (i % 2 === 0 ? dragMs(page, a, b) : dragMs(page, b, a));
      f.panSamples.push({ ms, scriptMs: (await mainThread(cdp)).script - pan0 });
    }
  } catch (error) {
    console.error(`scale ${target.name}: ${(error as Error).message.split('\n')[0]}`);
  }
  return f;
}

/**
 * The nationwide-sized synthetic masters (mocks/scale) through each page's own path, one
 * mock for both: first map with every facility, heap after GC, the longest task in a quiet
 * window, then a drag answered; judged by tests/bench/usable.ts, each page after the bare
 * one against it (so list the bare page first).
 */
export async function scaleBench(
  browser: Browser,
  targets: readonly BenchTarget[],
  count = 200_000,
  [width, height]: [number, number] = [1920, 1080],
): Promise<ScaleResult[]> {
  const api = await startMockServer({ port: 0, scale: count });
  const expectedFacilities = api.scaleSet?.facilities ?? 0;
  const viewport = { width, height };
  const apps = await Promise.all(
    targets.map((t) => serveDist({ root: t.root, config: t.config(api.url) })),
  );
  try {
    // One whole measurement per page: first map, heap, the quiet window, the drags.
    const measured: Figures[] = [];
    for (const [i, target] of targets.entries()) {
      const context = await browser.newContext({ viewport });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(apps[i]!.url);
        measured.push(await measurePage(page, cdp, target, [width, height]));
      } finally {
        await context.close();
      }
    }
    // Then more first maps, the pages taking turns.
    const samples = measured.map((f) => [f.firstMapMs]);
    for (let round = 1; round < FIRST_MAP_LOADS; round++)
      for (const [i, target] of targets.entries())
        samples[i]!.push(await firstMapMs(browser, viewport, apps[i]!.url, target));
    const out: ScaleResult[] = [];
    for (const [i, target] of targets.entries()) {
      const figures = measured[i]!;
      const full = {
        ...figures,
        firstMapMs: median(samples[i]!),
        firstMapSamples: samples[i]!,
        panMs: median(figures.panSamples.map((p) => p.ms)),
        panScriptMs: median(figures.panSamples.map((p) => p.scriptMs)),
        expectedFacilities,
      };
      const bare = out.find((r) => r.target === 'baseline');
      const criteria = judgeScale(full, target.name === 'baseline' ? undefined : bare);
      out.push({
        ...full,
        target: target.name,
        designations: count,
        viewport: `${width}x${height}`,
        criteria,
        usable: usable(criteria),
      });
    }
    return out;
  } finally {
    for (const app of apps) await app.close();
    await api.close();
  }
}

/** One more cold load to the first map (NaN when it does not come). */
async function firstMapMs(
  browser: Browser,
  viewport: { width: number; height: number },
  url: string,
  target: BenchTarget,
): Promise<number> {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await mapIdleAt(page, target);
  } catch (error) {
    console.error(`scale ${target.name}: ${(error as Error).message.split('\n')[0]}`);
    return Number.NaN;
  } finally {
    await context.close();
  }
}
