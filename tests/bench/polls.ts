import type { Browser } from 'playwright-core';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { waitForMapIdle } from '../e2e/support/browser';
import { CONTEXT } from '../e2e/support/stack';
import type { BenchTarget } from './targets';
import { deckFrames, mainThread as metrics } from './probes';
import { longTasksOf, type LongTask } from './long-tasks';
import { startTrace } from './tourism-trace';

const READY = '[data-testid="total-evacuees"]';

export interface PollBench {
  overlays: number;
  polls: number;
  windowS: number;
  mainThreadMsPerPoll: number;
  scriptMsPerPoll: number;
  /** Long tasks in the window, each a map frame or not (the page's own script). */
  longTasks: LongTask[];
}

/**
 * The drill at 1-second ticks, the dashboard polling the 1,478 overlays (plus evacuation
 * information and events) every 2 s for `windowS`; main-thread time per poll and long tasks.
 * With `query` = `?off=…` (all map layers off) the map has nothing to redraw, which
 * separates our data path from software-GL rendering.
 */
export async function pollBench(browser: Browser, windowS = 40, query = ''): Promise<PollBench> {
  const api = await startMockServer({ port: 0, scenario: 'typhoon', speed: 60 });
  const app = await serveDist({
    config: {
      apiBaseUrl: api.url,
      contextUrl: CONTEXT,
      mode: 'live',
      pollSeconds: { shelters: 2, evacuationInformation: 2 },
    },
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let polls = 0;
    page.on('request', (r) => {
      if (
        /type=EvacuationShelter/.test(r.url()) &&
        /offset=0(&|$)/.test(r.url()) &&
        !r.url().includes('/temporal/')
      )
        polls += 1;
    });
    await page.goto(`${app.url}/${query}`);
    await waitForMapIdle(page, 180_000, READY);
    await page.waitForTimeout(3000);
    const trace = await startTrace(browser);
    const before = await metrics(cdp);
    polls = 0;
    await page.waitForTimeout(windowS * 1000);
    const after = await metrics(cdp);
    const long = longTasksOf(await trace.stop());
    const overlays = api.scenario?.state().overlays.length ?? 0;
    await page.close();
    return {
      overlays,
      polls,
      windowS,
      mainThreadMsPerPoll: (after.task - before.task) / Math.max(1, polls),
      scriptMsPerPoll: (after.script - before.script) / Math.max(1, polls),
      longTasks: long,
    };
  } finally {
    await app.close();
    await api.close();
  }
}

export interface FrameBench {
  target: BenchTarget['name'];
  viewport: string;
  frames: number;
  windowS: number;
  mainThreadMsPerFrame: number;
  scriptMsPerFrame: number;
  heapMb: number;
}

/**
 * The kiosk at 3840×2160 cycling the camera presets every 5 s (the same presets and flight on
 * both pages; the dashboard also polls and rotates its panels, as it does on the wall):
 * main-thread time per map frame.
 */
export async function kioskFrameBench(
  browser: Browser,
  target: BenchTarget,
  windowS = 40,
): Promise<FrameBench> {
  const cycle = 5;
  const api = await startMockServer({ port: 0, scenario: 'typhoon', speed: 60 });
  const app = await serveDist({ root: target.root, config: target.config(api.url, cycle) });
  try {
    const page = await browser.newPage({ viewport: { width: 3840, height: 2160 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${app.url}/${target.kioskQuery(cycle)}`);
    await waitForMapIdle(page, 300_000, target.kioskReadySelector);
    const f0 = await deckFrames(page);
    const before = await metrics(cdp);
    await page.waitForTimeout(windowS * 1000);
    const after = await metrics(cdp);
    const frames = (await deckFrames(page)) - f0;
    await page.close();
    return {
      target: target.name,
      viewport: '3840x2160',
      frames,
      windowS,
      mainThreadMsPerFrame: (after.task - before.task) / Math.max(1, frames),
      scriptMsPerFrame: (after.script - before.script) / Math.max(1, frames),
      heapMb: after.heap,
    };
  } finally {
    await app.close();
    await api.close();
  }
}
