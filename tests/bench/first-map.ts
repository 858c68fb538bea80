import type { Browser } from 'playwright-core';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { digits, waitForMapIdle } from '../e2e/support/browser';
import type { BenchTarget } from './targets';
import { mainThread, median } from './probes';

export interface FirstMapResult {
  target: BenchTarget['name'];
  viewport: string;
  runs: number;
  /** Navigation start to the map idle with every facility drawn (wall clock, ms). */
  firstMapMs: number;
  /** Main-thread script time and task time over that load (DevTools Performance metrics). */
  scriptMs: number;
  taskMs: number;
  jsHeapMb: number;
  /** Facility markers the page says it drew. */
  facilities: number;
}

/** A production build served statically, the API on the HTTP mock, a fresh page per run. */
export async function firstMapBench(
  browser: Browser,
  target: BenchTarget,
  sizes: Array<[number, number]>,
  runs = 3,
): Promise<FirstMapResult[]> {
  const api = await startMockServer({ port: 0 });
  const app = await serveDist({ root: target.root, config: target.config(api.url) });
  const out: FirstMapResult[] = [];
  try {
    for (const [width, height] of sizes) {
      const times: number[] = [],
        script: number[] = [],
        task: number[] = [],
        heap: number[] = [];
      let facilities = 0;
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(app.url);
        await waitForMapIdle(page, 300_000, target.readySelector);
        const nav = await page.evaluate(() => performance.now());
        const m = await mainThread(cdp);
        times.push(nav);
        script.push(m.script);
        task.push(m.task);
        heap.push(m.heap);
        facilities = digits(await page.textContent(target.facilitiesSelector));
        await context.close();
      }
      out.push({
        target: target.name,
        viewport: `${width}x${height}`,
        runs,
        firstMapMs: median(times),
        scriptMs: median(script),
        taskMs: median(task),
        jsHeapMb: median(heap),
        facilities,
      });
    }
  } finally {
    await app.close();
    await api.close();
  }
  return out;
}
