import type { Browser, CDPSession, Page } from 'playwright-core';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { digits, waitForMapReady } from '../e2e/support/browser';
import type { BenchTarget } from './targets';
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
  criteria: Criterion[];
  usable: boolean;
}

const QUIET_MS = 15_000;
const TIMEOUT_MS = 180_000;

async function heapAfterGcMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

async function longestTaskDuring(page: Page, ms: number): Promise<number> {
  return page.evaluate(async (ms) => {
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask' });
    await new Promise((r) => setTimeout(r, ms));
    observer.disconnect();
    return Math.round(longest);
  }, ms);
}

/** A 400-pixel drag across the middle of the map, timed to the map idle and redrawn. */
async function panMs(page: Page, width: number, height: number): Promise<number> {
  const frames = await page.$eval('[data-testid="map"]', (el) => {
    const map = el as HTMLElement;
    map.dataset.mapState = 'moving';
    return Number(map.dataset.deckFrames ?? 0);
  });
  const x = width * 0.35,
    y = height / 2;
  const t0 = Date.now();
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 400, y + 80, { steps: 8 });
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

async function scriptMsNow(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((x) => x.name === 'ScriptDuration')?.value ?? 0) * 1000;
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
  const out: ScaleResult[] = [];
  try {
    for (const target of targets) {
      const app = await serveDist({ root: target.root, config: target.config(api.url) });
      const context = await browser.newContext({ viewport: { width, height } });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(app.url);
        let firstMapMs = Number.NaN;
        let measure: Omit<ScaleMeasure, 'firstMapMs' | 'expectedFacilities'> = {
          heapMb: Number.NaN,
          panMs: Number.NaN,
          panScriptMs: Number.NaN,
          quietScriptMs: Number.NaN,
          quietWindowMs: QUIET_MS,
          facilities: 0,
        };
        let longestQuietTaskMs = Number.NaN;
        let scriptMs = Number.NaN,
          taskMs = Number.NaN;
        try {
          await waitForMapReady(page, TIMEOUT_MS, target.readySelector);
          firstMapMs = await page.evaluate(() => performance.now());
          const { metrics } = await cdp.send('Performance.getMetrics');
          const m = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
          scriptMs = m('ScriptDuration');
          taskMs = m('TaskDuration');
          const facilities = digits(await page.textContent(target.facilitiesSelector));
          const heapMb = await heapAfterGcMb(cdp);
          const quiet0 = await scriptMsNow(cdp);
          longestQuietTaskMs = await longestTaskDuring(page, QUIET_MS);
          const quietScriptMs = (await scriptMsNow(cdp)) - quiet0;
          const pan0 = await scriptMsNow(cdp);
          const pan = await panMs(page, width, height);
          measure = {
            facilities,
            heapMb,
            quietScriptMs,
            quietWindowMs: QUIET_MS,
            panMs: pan,
            panScriptMs: (await scriptMsNow(cdp)) - pan0,
          };
        } catch (error) {
          console.error(`scale ${target.name}: ${(error as Error).message.split('\n')[0]}`);
        }
        const full: ScaleMeasure = { firstMapMs, expectedFacilities, ...measure };
        const bare = out.find((r) => r.target === 'baseline');
        const criteria = judgeScale(full, target.name === 'baseline' ? undefined : bare);
        out.push({
          ...full,
          target: target.name,
          designations: count,
          viewport: `${width}x${height}`,
          scriptMs,
          taskMs,
          longestQuietTaskMs,
          criteria,
          usable: usable(criteria),
        });
      } finally {
        await context.close();
        await app.close();
      }
    }
  } finally {
    await api.close();
  }
  return out;
}
