import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { startMockServer } from '../../mocks/http/server';
import { serveDist, type StaticServer } from '../e2e/support/static-server';
import { BASELINE, DASHBOARD } from './targets';
import { heapAfterGc, median } from './probes';
import { visibleProbeScript, type VisibleProbe } from './visible-probe';

/**
 * Markers visible (issue 19): cold loads of the bare page, the dashboard in live mode (HTTP
 * mock) and the dashboard on its embedded mock, interleaved so that the machine's drift falls
 * on all three alike; then, in each live context, a reload: the warm load (the wall display
 * reloading, the desk's second visit) with the browser's caches and the dashboard's kept
 * masters. Per load: markers visible (a frame after the first instanced draw of ≥ 2,000
 * markers into the screen), the JS fetched before that (gzip -9 of the files), where the main
 * thread went until then, the long tasks until 3 s after it and the heap after a forced GC then.
 */
export const PAGES = ['bare', 'live', 'mock', 'bareWarm', 'liveWarm'] as const;
export type VisiblePage = (typeof PAGES)[number];

export interface VisibleLoad {
  visibleMs: number;
  /** gzip -9 bytes of the JS files fetched (page and workers) before markers were visible. */
  jsBytes: number;
  jsFiles: string[];
  /** First request to the broker, and the end of the last master page, since navigation. */
  firstApiMs: number;
  mastersDoneMs: number;
  /** Main thread until visible (DevTools counters read as soon as visible was seen). */
  taskMs: number;
  scriptMs: number;
  layoutStyleMs: number;
  /** Visible minus main-thread task time: waiting for the network, the workers, frames. */
  idleMs: number;
  longTasks: number;
  longTaskMs: number;
  heapMb: number;
  instances: number;
}

export interface VisibleSummary {
  page: VisiblePage;
  runs: number;
  median: Omit<VisibleLoad, 'jsFiles'>;
  range: { visibleMs: [number, number]; heapMb: [number, number] };
  jsFiles: string[];
}

const MIN_MARKERS = 2000;
const AFTER_MS = 3000;

const gzipCache = new Map<string, number>();
function gzipOf(root: string, path: string): number {
  const file = join(root, path);
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

interface Timed {
  url: string;
  start: number;
  end: number;
}

/** Every request of the context (page and its workers), in epoch ms. */
function recordTimes(context: BrowserContext): Timed[] {
  const out: Timed[] = [];
  context.on('requestfinished', (r) => {
    const t = r.timing();
    out.push({ url: r.url(), start: t.startTime, end: t.startTime + Math.max(0, t.responseEnd) });
  });
  return out;
}

const metric = async (cdp: CDPSession) => {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((x) => x.name === name)?.value ?? 0) * 1000;
  return {
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    layoutStyle: get('LayoutDuration') + get('RecalcStyleDuration'),
  };
};

async function measure(
  page: Page,
  cdp: CDPSession,
  times: Timed[],
  app: StaticServer,
  root: string,
  navigate: () => Promise<unknown>,
): Promise<VisibleLoad> {
  times.length = 0;
  await navigate();
  const handle = await page.waitForFunction(
    () => (window as unknown as { __visible: VisibleProbe }).__visible.visibleAt,
    undefined,
    { timeout: 300_000, polling: 'raf' },
  );
  // The counters start again with each document (a reload too).
  const main = await metric(cdp);
  const visibleAt = (await handle.jsonValue()) as number;
  await page.waitForFunction((until) => performance.now() > until, visibleAt + AFTER_MS, {
    timeout: 60_000,
  });
  const { origin, probe } = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    probe: (window as unknown as { __visible: VisibleProbe }).__visible,
  }));
  const heapMb = await heapAfterGc(cdp);
  const visibleEpoch = origin + visibleAt;
  const js = times.filter((t) => /\.m?js(\?|$)/.test(t.url) && t.end <= visibleEpoch);
  const ours = js.filter((t) => t.url.startsWith(app.url));
  const jsFiles = [...new Set(ours.map((t) => new URL(t.url).pathname.slice(1)))].sort();
  const api = times.filter((t) => /\/ngsi-ld\/|\/v2\//.test(t.url));
  const masters = api.filter((t) => /type=(EvacuationSite|DesignatedShelter)/.test(t.url));
  const long = probe.long.filter(([start]) => start < visibleAt + AFTER_MS);
  return {
    visibleMs: visibleAt,
    jsBytes: jsFiles.reduce((s, f) => s + gzipOf(root, f), 0),
    jsFiles,
    firstApiMs: api.length ? Math.min(...api.map((t) => t.start)) - origin : Number.NaN,
    mastersDoneMs: masters.length ? Math.max(...masters.map((t) => t.end)) - origin : Number.NaN,
    taskMs: main.task,
    scriptMs: main.script,
    layoutStyleMs: main.layoutStyle,
    idleMs: visibleAt - main.task,
    longTasks: long.length,
    longTaskMs: long.reduce((s, [, d]) => s + d, 0),
    heapMb,
    instances: probe.instances,
  };
}

function summarise(page: VisiblePage, loads: VisibleLoad[]): VisibleSummary {
  const keys = Object.keys(loads[0]!).filter((k) => k !== 'jsFiles') as Array<
    keyof Omit<VisibleLoad, 'jsFiles'>
  >;
  const med = Object.fromEntries(
    keys.map((k) => [k, median(loads.map((l) => l[k]))]),
  ) as VisibleSummary['median'];
  const span = (k: 'visibleMs' | 'heapMb'): [number, number] => [
    Math.min(...loads.map((l) => l[k])),
    Math.max(...loads.map((l) => l[k])),
  ];
  return {
    page,
    runs: loads.length,
    median: med,
    range: { visibleMs: span('visibleMs'), heapMb: span('heapMb') },
    jsFiles: loads[0]!.jsFiles,
  };
}

/** `runs` rounds; in each, one cold load per page (and a warm reload of each live one). */
export async function visibleBench(
  browser: Browser,
  runs = 7,
  viewport = { width: 1920, height: 1080 },
  log: (line: string) => void = () => undefined,
): Promise<VisibleSummary[]> {
  const api = await startMockServer({ port: 0 });
  const servers = {
    bare: {
      app: await serveDist({ root: BASELINE.root, config: BASELINE.config(api.url) }),
      root: BASELINE.root,
    },
    live: {
      app: await serveDist({ root: DASHBOARD.root, config: DASHBOARD.config(api.url) }),
      root: DASHBOARD.root,
    },
    // The shipped config.json: the embedded mock.
    mock: { app: await serveDist({ root: DASHBOARD.root }), root: DASHBOARD.root },
  };
  const loads = new Map<VisiblePage, VisibleLoad[]>(PAGES.map((p) => [p, []]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const kind of ['bare', 'live', 'mock'] as const) {
        const { app, root } = servers[kind];
        const context = await browser.newContext({ viewport });
        await context.addInitScript({ content: visibleProbeScript(MIN_MARKERS) });
        const times = recordTimes(context);
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const cold = await measure(page, cdp, times, app, root, () => page.goto(app.url));
        loads.get(kind)!.push(cold);
        if (kind !== 'mock') {
          // The same browser profile again: its HTTP cache, and the dashboard's kept masters.
          const warm = await measure(page, cdp, times, app, root, () => page.reload());
          loads.get(kind === 'bare' ? 'bareWarm' : 'liveWarm')!.push(warm);
        }
        await context.close();
        log(`visible round ${i + 1}/${runs} ${kind}: ${cold.visibleMs.toFixed(0)} ms`);
      }
    }
  } finally {
    for (const { app } of Object.values(servers)) await app.close();
    await api.close();
  }
  return PAGES.map((p) => summarise(p, loads.get(p)!));
}
