import type { CDPSession, Page } from 'playwright-core';

/**
 * What every browser bench reads from a page: main-thread counters and the heap over the
 * DevTools protocol, deck.gl's frame counter, long tasks; and the median of repeated runs.
 */
/** The middle value (the upper one of an even count); NaN, "not measured", for none. */
export const median = (xs: readonly number[]): number =>
  xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! : Number.NaN;

/** Cumulative main-thread task and script time (ms) and used JS heap (MB); needs Performance.enable. */
export async function mainThread(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
  return {
    task: get('TaskDuration') * 1000,
    script: get('ScriptDuration') * 1000,
    heap: get('JSHeapUsedSize') / 2 ** 20,
  };
}

/** Forced GC (twice, so weakly held garbage goes too), then the main thread's used JS heap (MB). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 2 ** 20;
}

/** Frames deck.gl has drawn (the pages' data-deck-frames hook on the map element). */
export const deckFrames = (page: Page): Promise<number> =>
  page.$eval('[data-testid="map"]', (el) => Number((el as HTMLElement).dataset.deckFrames ?? 0));

/** Long tasks (> 50 ms) on the page's main thread from now on; the result reads their durations. */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __long: number[] }).__long);
}
