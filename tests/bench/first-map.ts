import type { Browser } from 'playwright-core';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { waitForMapReady } from '../e2e/support/browser';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface FirstMapResult {
  viewport: string;
  runs: number;
  /** Navigation start to the map idle with every facility drawn (wall clock, ms). */
  firstMapMs: number;
  /** Main-thread script time and task time over that load (DevTools Performance metrics). */
  scriptMs: number;
  taskMs: number;
  jsHeapMb: number;
}

/** Production build served statically, API on the HTTP mock, a fresh page per run. */
export async function firstMapBench(
  browser: Browser,
  sizes: Array<[number, number]>,
  runs = 3,
): Promise<FirstMapResult[]> {
  const api = await startMockServer({ port: 0 });
  const app = await serveDist({
    config: {
      apiBaseUrl: api.url,
      contextUrl: 'https://nagasaki.example/ngsi-ld/context.jsonld',
      mode: 'live',
    },
  });
  const out: FirstMapResult[] = [];
  try {
    for (const [width, height] of sizes) {
      const times: number[] = [],
        script: number[] = [],
        task: number[] = [],
        heap: number[] = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width, height } });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(app.url);
        await waitForMapReady(page, 300_000);
        const nav = await page.evaluate(() => performance.now());
        const { metrics } = await cdp.send('Performance.getMetrics');
        const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
        times.push(nav);
        script.push(m('ScriptDuration') * 1000);
        task.push(m('TaskDuration') * 1000);
        heap.push(m('JSHeapUsedSize') / 2 ** 20);
        await context.close();
      }
      out.push({
        viewport: `${width}x${height}`,
        runs,
        firstMapMs: median(times),
        scriptMs: median(script),
        taskMs: median(task),
        jsHeapMb: median(heap),
      });
    }
  } finally {
    await app.close();
    await api.close();
  }
  return out;
}
