import type { Browser } from 'playwright-core';
import { startMockServer, type MockServerOptions } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { digits, waitForMapReady } from '../e2e/support/browser';
import type { BenchTarget } from './targets';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

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
  mock: Omit<MockServerOptions, 'port'> = {},
): Promise<FirstMapResult[]> {
  const api = await startMockServer({ port: 0, ...mock });
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
        await waitForMapReady(page, 300_000, target.readySelector);
        const nav = await page.evaluate(() => performance.now());
        const { metrics } = await cdp.send('Performance.getMetrics');
        const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
        times.push(nav);
        script.push(m('ScriptDuration') * 1000);
        task.push(m('TaskDuration') * 1000);
        heap.push(m('JSHeapUsedSize') / 2 ** 20);
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
