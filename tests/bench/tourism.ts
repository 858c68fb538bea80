/**
 * Tourism view benchmarks (issue 4: "90 days of hourly presence … and daily flows loaded and
 * aggregated: load time, main-thread long tasks (target none), CPU per frame during playback").
 *
 * Production build, 1920×1080, HTTP mock with a fixed tourism clock, Debian's Chromium on
 * SwiftShader. Traced runs record a Chromium trace (top-level tasks per thread, rendering
 * phases) and sample the main thread's JavaScript over CDP, mapped through the build's source
 * maps, so each long task gets a cause: the compositor commit waiting on software GL, GC, or
 * JavaScript (and whose).
 */
import { loadavg } from 'node:os';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startMockServer } from '../../mocks/http/server';
import { serveDist } from '../e2e/support/static-server';
import { addDays } from '../../src/domain/jst';
import type { Period } from '../../src/features/tourism/model/period';
import { playbackTiming } from '../../src/features/tourism/hooks/use-playback';
import { tourismModelBench, type TourismModelBench } from './tourism-model';
import { CONTEXT } from '../e2e/support/stack';
import { deckFrames, heapAfterGc, mainThread as metrics } from './probes';
import {
  SourceMaps,
  Trace,
  longTasksIn,
  startProfiler,
  startTrace,
  taskMsIn,
  timeStampOf,
  traceBounds,
  type Attribution,
  type CpuProfile,
  type Interval,
  type TraceEvent,
} from './tourism-trace';

/** The mock's tourism clock: data up to 2025-08-01 (JST), a summer quarter behind it. */
export const TOURISM_CLOCK = '2025-08-02T12:00:00+09:00';
const LAST_DAY = '2025-08-01';
/** Map layers of the tourism view; `off=` these leaves the basemap only. */
const LAYERS_OFF = 'tourism-presence,tourism-flows,labels';
const VIEWPORT = { width: 1920, height: 1080 };

export interface LongTask {
  /** From navigation (or from the start of the measured window), ms. */
  atMs: number;
  ms: number;
  /** Compositor commit inside the task: the renderer waiting for software GL to draw. */
  commitMs: number;
  /** Sampled JavaScript (V8 profile) inside the task. */
  jsMs: number;
  gcMs: number;
  /** What dominates: the compositor commit, GC, or the JS module (or function of ours). */
  cause: string;
  /** Frames of the JS function with the most self time, leaf first. */
  stack: string[];
  /** Our functions (src/) the JS ran under, most first. */
  ours: Array<{ label: string; ms: number }>;
}

export interface LongTaskGroup {
  cause: string;
  count: number;
  totalMs: number;
  maxMs: number;
  /** The heaviest stack of the longest task in the group. */
  example: string[];
  /** Our functions (src/) under which the group's JS ran, summed. */
  ours: Array<{ label: string; ms: number }>;
}

/** Main-thread time by what the renderer was doing (trace events, ms). */
export interface Phases {
  styleLayoutMs: number;
  paintMs: number;
  /** Waiting for the compositor to take the frame: software GL drawing the canvases. */
  commitMs: number;
  gcMs: number;
}

export interface ThreadTimes {
  mainThreadMs: number;
  phases: Phases;
  /** The feed worker (fetch bodies parsed, validated and packed). */
  feedWorkerMs: number;
  maplibreWorkersMs: number;
  /** The GPU process's main thread: SwiftShader doing the GL work. */
  gpuMs: number;
}

export interface LoadRun {
  label: string;
  days: number;
  layers: 'on' | 'off';
  /** Traced runs attribute their long tasks; untraced ones only time them (PerformanceObserver). */
  traced: boolean;
  completed: boolean;
  /** Navigation → notes without "loading" and every presence chart drawn (ms); the cap if not. */
  loadMs: number;
  /** Day results (both feeds) loaded when the run ended, of all asked for. */
  dayResults: { loaded: number; total: number };
  /** deck.gl frames drawn during the load. */
  mapFrames: number;
  requests: number;
  presenceEntities: number;
  flowEntities: number;
  /** Response bodies of the tourism queries, as received. */
  bodyBytes: number;
  /** Main-thread task and script time over the load (DevTools Performance metrics). */
  taskMs: number;
  scriptMs: number;
  /** From the trace; null when untraced. */
  threads: ThreadTimes | null;
  /** Durations of main-thread tasks over 50 ms. */
  longTaskMs: number[];
  /** Traced runs: each long task with its cause. */
  longTasks: LongTask[];
  longTaskGroups: LongTaskGroup[];
  /** Main thread over the load (sampled); null when untraced. */
  mainProfile: Attribution | null;
  /** Main-thread JS heap after a forced GC once loaded (MB); null when not loaded. */
  heapMb: number | null;
}

export interface PlaybackRun {
  label: string;
  layers: 'on' | 'off';
  speed: number;
  windowS: number;
  /** Cursor steps taken (the app aims at one every 250 ms at speed 8). */
  steps: number;
  /** Data hours the cursor moved (steps × hours per step). */
  dataHours: number;
  mapFrames: number;
  taskMsPerStep: number;
  scriptMsPerStep: number;
  /** Main-thread rendering work per step (trace). */
  phasesPerStep: Phases;
  /** Sampled JS per step by module: our code (src/), react-dom, recharts, deck.gl, … */
  jsPerStep: Array<{ label: string; ms: number }>;
  ourFunctions: Array<{ label: string; ms: number }>;
  longTasks: LongTask[];
  longTaskGroups: LongTaskGroup[];
}

export interface TourismBench {
  clock: string;
  viewport: string;
  period90: Period;
  period7: Period;
  /** 90 days with the map layers off (traced): our data path, panels and charts. */
  load90: LoadRun;
  /** 90 days as a user sees them, map layers on (untraced, capped at `mapOnCapS`). */
  load90MapOn: LoadRun;
  /** 7 days, map layers off (traced); the page then plays back with and without layers. */
  load7: LoadRun;
  playbackLayersOff: PlaybackRun;
  playback: PlaybackRun;
  model: TourismModelBench;
  /** Wall time of the whole tourism bench (s). */
  benchS: number;
  /** The machine's 1-minute load average before and after: other work on it skews the times. */
  loadAverage: { before: number; after: number };
}

export interface TourismBenchOptions {
  /** The production build to serve and whose source maps attribute samples. */
  dist?: string;
  playSeconds?: number;
  /** Longest wait for a traced load (s). */
  loadTimeoutS?: number;
  /** Longest wait for the 90 days with the map layers on (s): software GL makes it slow. */
  mapOnCapS?: number;
  log?: (line: string) => void;
}

/** Waits until deck.gl has drawn nothing new for `quietMs` (at most `maxMs`). */
async function mapSettled(page: Page, quietMs = 2000, maxMs = 30_000): Promise<void> {
  const until = Date.now() + maxMs;
  let last = await deckFrames(page).catch(() => 0);
  let since = Date.now();
  while (Date.now() < until) {
    await page.waitForTimeout(250);
    const now = await deckFrames(page).catch(() => 0);
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

function groupLongTasks(tasks: readonly LongTask[]): LongTaskGroup[] {
  const groups = new Map<string, LongTaskGroup & { sums: Map<string, number> }>();
  for (const t of tasks) {
    let g = groups.get(t.cause);
    if (!g) {
      g = {
        cause: t.cause,
        count: 0,
        totalMs: 0,
        maxMs: 0,
        example: [],
        ours: [],
        sums: new Map(),
      };
      groups.set(t.cause, g);
    }
    g.count += 1;
    g.totalMs += t.ms;
    if (t.ms > g.maxMs) {
      g.maxMs = t.ms;
      g.example = t.stack;
    }
    for (const o of t.ours) g.sums.set(o.label, (g.sums.get(o.label) ?? 0) + o.ms);
  }
  return [...groups.values()]
    .map(({ sums, ...g }) => ({
      ...g,
      ours: [...sums]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([label, ms]) => ({ label, ms })),
    }))
    .sort((a, b) => b.totalMs - a.totalMs);
}

const JS_BUCKETS = new Set(['(program)', '(idle)', '(garbage collector)']);

const PHASES: Record<string, keyof Phases> = {
  UpdateLayoutTree: 'styleLayoutMs',
  Layout: 'styleLayoutMs',
  PrePaint: 'paintMs',
  Paint: 'paintMs',
  Layerize: 'paintMs',
  UpdateLayer: 'paintMs',
  Commit: 'commitMs',
  MinorGC: 'gcMs',
  MajorGC: 'gcMs',
};

function phasesOf(events: readonly TraceEvent[], key: string, window: Interval): Phases {
  const out: Phases = { styleLayoutMs: 0, paintMs: 0, commitMs: 0, gcMs: 0 };
  for (const e of events) {
    const phase = e.ph === 'X' ? PHASES[e.name] : undefined;
    if (!phase || `${e.pid}:${e.tid}` !== key) continue;
    const end = Math.min(window.end, e.ts + (e.dur ?? 0));
    out[phase] += Math.max(0, end - Math.max(window.start, e.ts)) / 1000;
  }
  return out;
}

interface TraceSummary {
  threads: ThreadTimes;
  longTasks: LongTask[];
  mainProfile: Attribution;
}

/**
 * Threads' task time, and each main-thread long task with what it was busy with, inside the
 * page's `console.timeStamp` marks `bench:start` and `bench:end` (else the whole trace).
 */
function summarise(
  events: readonly TraceEvent[],
  maps: SourceMaps,
  profile: CpuProfile,
): TraceSummary {
  const trace = new Trace(events, maps);
  const all = traceBounds(events);
  const bounds: Interval = {
    start: timeStampOf(events, 'bench:start') ?? all.start,
    end: timeStampOf(events, 'bench:end') ?? all.end,
  };
  const main = trace.mainThread();
  const feed = trace.workers(/feed\.worker/);
  const maplibre = trace.workers(/maplibre/);
  const gpu = [...trace.threads.values()].filter((t) => t.name === 'CrGpuMain');
  const sumMs = (ts: typeof gpu) =>
    ts.reduce((s, t) => s + taskMsIn(t, bounds.start, bounds.end), 0);
  const threads: ThreadTimes = {
    mainThreadMs: main ? taskMsIn(main, bounds.start, bounds.end) : 0,
    phases: main
      ? phasesOf(events, main.key, bounds)
      : { styleLayoutMs: 0, paintMs: 0, commitMs: 0, gcMs: 0 },
    feedWorkerMs: sumMs(feed),
    maplibreWorkersMs: sumMs(maplibre),
    gpuMs: sumMs(gpu),
  };
  const empty: Attribution = {
    sampledMs: 0,
    bySelf: [],
    byModule: [],
    byOurFunction: [],
    heaviestStack: [],
  };
  if (!main) return { threads, longTasks: [], mainProfile: empty };
  trace.addProfile(main, profile);
  const [pid, tid] = main.key.split(':').map(Number);
  const commits = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === 'Commit' && e.ph === 'X')
    .map((e) => ({ start: e.ts, end: e.ts + (e.dur ?? 0) }));
  const longTasks = longTasksIn(main, bounds.start, bounds.end).map((task): LongTask => {
    const a = trace.attribute(main, [task]);
    const bucket = (label: string) => a.byModule.find((m) => m.label === label)?.ms ?? 0;
    const jsMs =
      a.sampledMs - bucket('(program)') - bucket('(idle)') - bucket('(garbage collector)');
    let commitUs = 0;
    for (const c of commits)
      commitUs += Math.max(0, Math.min(c.end, task.end) - Math.max(c.start, task.start));
    const commitMs = commitUs / 1000;
    const topModule = a.byModule.find((m) => !JS_BUCKETS.has(m.label))?.label ?? 'unknown';
    const gcMs = bucket('(garbage collector)');
    const isJs = !(commitMs >= jsMs && commitMs >= gcMs) && gcMs <= jsMs;
    const stack = (isJs ? trace.attribute(main, [task], topModule) : a).heaviestStack;
    let cause: string;
    if (commitMs >= jsMs && commitMs >= gcMs) cause = 'compositor commit (software GL)';
    else if (gcMs > jsMs) cause = 'garbage collection';
    else if (stack.some((f) => f.startsWith('InjectedScript')))
      cause = 'the bench itself (Playwright polling the page)';
    else if (topModule === 'our code (src/)')
      cause = `JS: our code, ${a.byOurFunction[0]?.label ?? ''}`;
    else cause = `JS: ${topModule}`;
    return {
      atMs: (task.start - bounds.start) / 1000,
      ms: (task.end - task.start) / 1000,
      commitMs,
      jsMs,
      gcMs,
      cause,
      stack: stack.slice(0, 8),
      ours: a.byOurFunction.slice(0, 3),
    };
  });
  return {
    threads,
    longTasks,
    mainProfile: trace.attribute(main, [bounds]),
  };
}

/** In the page: the time (ms from navigation) once nothing loads and every chart has a line. */
const readyCheck = () => {
  const notes = document.querySelector('[data-testid="tourism-notes"]');
  const charts = [...document.querySelectorAll('[data-testid="presence-chart"]')];
  const drawn =
    charts.length > 0 &&
    charts.every((c) => (c.querySelector('.recharts-line path')?.getAttribute('d') ?? '') !== '');
  return notes !== null && notes.querySelector('[data-note="loading"]') === null && drawn
    ? performance.now()
    : false;
};

/** Installed before the app: durations of main-thread long tasks, from navigation on. */
const watchLongTasks = () => {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
};

/** "12/180" in the loading note (any language), or everything when no longer loading. */
const dayResultsOf = async (page: Page, total: number) => {
  const text = await page
    .$eval('[data-note="loading"]', (el) => el.textContent ?? '')
    .catch(() => null);
  const m = text === null ? null : /(\d[\d,]*)\s*\/\s*(\d[\d,]*)/.exec(text);
  if (text === null) return { loaded: total, total };
  const num = (x: string | undefined) => Number((x ?? '').replace(/,/g, ''));
  return m ? { loaded: num(m[1]), total: num(m[2]) } : { loaded: 0, total };
};

interface Served {
  appUrl: string;
  close(): Promise<void>;
}

async function serve(dist: string, nowMs: number): Promise<Served> {
  const api = await startMockServer({ port: 0, tourismNow: () => nowMs });
  const app = await serveDist({
    root: dist,
    config: { apiBaseUrl: api.url, contextUrl: CONTEXT, mode: 'live' },
  });
  return {
    appUrl: app.url,
    close: async () => {
      await app.close();
      await api.close();
    },
  };
}

const urlOf = (base: string, p: Period, extra = '') =>
  `${base}/?screen=tourism&range=${p.from}..${p.to}${extra}`;

interface OpenPage {
  page: Page;
  cdp: CDPSession;
  load: LoadRun;
  close(): Promise<void>;
}

interface LoadSpec {
  label: string;
  period: Period;
  days: number;
  layers: 'on' | 'off';
  extraQuery: string;
  traced: boolean;
  timeoutS: number;
}

/** Opens the view on a fresh page and waits until every day is loaded and charted. */
async function loadPeriod(
  browser: Browser,
  served: Served,
  maps: SourceMaps,
  spec: LoadSpec,
): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(watchLongTasks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const feeds = { requests: 0, presenceEntities: 0, flowEntities: 0, bodyBytes: 0 };
  const isTourism = (url: string) =>
    url.includes('type=TourismPresenceObserved') || url.includes('type=TouristFlowObserved');
  page.on('response', (res) => {
    const url = res.url();
    if (!isTourism(url)) return;
    feeds.requests += 1;
    const count = Number(res.headers()['ngsild-results-count'] ?? NaN);
    if (/[?&]offset=0(&|$)/.test(url) && Number.isFinite(count)) {
      if (url.includes('type=TourismPresenceObserved')) feeds.presenceEntities += count;
      else feeds.flowEntities += count;
    }
  });
  page.on('requestfinished', (req) => {
    if (!isTourism(req.url())) return;
    req
      .sizes()
      .then((z) => (feeds.bodyBytes += z.responseBodySize))
      .catch(() => undefined);
  });
  const trace = spec.traced ? await startTrace(browser) : null;
  const profiler = spec.traced ? await startProfiler(cdp) : null;
  await page.goto(urlOf(served.appUrl, spec.period, spec.extraQuery));
  let completed = true;
  let loadMs: number;
  try {
    const handle = await page.waitForFunction(readyCheck, undefined, {
      polling: 250,
      timeout: spec.timeoutS * 1000,
    });
    loadMs = Number(await handle.jsonValue());
  } catch {
    completed = false;
    loadMs = await page.evaluate(() => performance.now());
  }
  const m = await metrics(cdp);
  const frames = await deckFrames(page).catch(() => 0);
  const dayResults = await dayResultsOf(page, spec.days * 2);
  const longTaskMs = await page.evaluate(() =>
    (window as unknown as { __long: number[] }).__long.map((d) => Math.round(d)),
  );
  const profile = profiler ? await profiler.stop() : null;
  const s = trace && profile ? summarise(await trace.stop(), maps, profile) : null;
  let heapMb: number | null = null;
  if (completed) {
    await mapSettled(page);
    heapMb = await heapAfterGc(cdp);
  }
  return {
    page,
    cdp,
    load: {
      label: spec.label,
      days: spec.days,
      layers: spec.layers,
      traced: spec.traced,
      completed,
      loadMs,
      dayResults,
      mapFrames: frames,
      ...feeds,
      taskMs: m.task,
      scriptMs: m.script,
      threads: s?.threads ?? null,
      longTaskMs,
      longTasks: s?.longTasks ?? [],
      longTaskGroups: groupLongTasks(s?.longTasks ?? []),
      mainProfile: s?.mainProfile ?? null,
      heapMb,
    },
    close: () => context.close(),
  };
}

/** Presses play on a loaded page and measures `windowS` seconds of playback, then pauses. */
async function play(
  browser: Browser,
  open: OpenPage,
  maps: SourceMaps,
  label: string,
  layers: 'on' | 'off',
  speed: number,
  windowS: number,
): Promise<PlaybackRun> {
  const { page, cdp } = open;
  await page.evaluate(() => {
    const w = window as unknown as { __steps: number; __stepObserver?: MutationObserver };
    w.__steps = 0;
    const out = document.querySelector('[data-testid="time-cursor"]');
    if (!out || w.__stepObserver) return;
    w.__stepObserver = new MutationObserver(() => (w.__steps += 1));
    w.__stepObserver.observe(out, { attributes: true, attributeFilter: ['data-cursor'] });
  });
  const trace = await startTrace(browser);
  const profiler = await startProfiler(cdp);
  const f0 = await deckFrames(page);
  const before = await metrics(cdp);
  await page.evaluate(() => console.timeStamp('bench:start'));
  await page.click('[data-testid="play"]');
  await page.waitForTimeout(windowS * 1000);
  await page.evaluate(() => console.timeStamp('bench:end'));
  const after = await metrics(cdp);
  const f1 = await deckFrames(page);
  const steps = await page.evaluate(() => (window as unknown as { __steps: number }).__steps);
  await page.click('[data-testid="play"]');
  const profile = await profiler.stop();
  const s = summarise(await trace.stop(), maps, profile);
  const n = Math.max(1, steps);
  return {
    label,
    layers,
    speed,
    windowS,
    steps,
    dataHours: steps * playbackTiming(speed).hours,
    mapFrames: f1 - f0,
    taskMsPerStep: (after.task - before.task) / n,
    scriptMsPerStep: (after.script - before.script) / n,
    phasesPerStep: {
      styleLayoutMs: s.threads.phases.styleLayoutMs / n,
      paintMs: s.threads.phases.paintMs / n,
      commitMs: s.threads.phases.commitMs / n,
      gcMs: s.threads.phases.gcMs / n,
    },
    jsPerStep: s.mainProfile.byModule
      .filter((m) => !JS_BUCKETS.has(m.label) || m.label === '(garbage collector)')
      .map((m) => ({ label: m.label, ms: m.ms / n })),
    ourFunctions: s.mainProfile.byOurFunction.map((f) => ({ label: f.label, ms: f.ms / n })),
    longTasks: s.longTasks,
    longTaskGroups: groupLongTasks(s.longTasks),
  };
}

/** Switches on every map layer of the view through its checkboxes, then lets the map settle. */
async function layersOn(page: Page): Promise<void> {
  const boxes = page.locator('[data-testid="layer-toggles"] input[type="checkbox"]:not(:checked)');
  while ((await boxes.count()) > 0) await boxes.first().click();
  await mapSettled(page, 3000, 60_000);
}

export async function tourismBench(
  browser: Browser,
  options: TourismBenchOptions = {},
): Promise<TourismBench> {
  const started = Date.now();
  const loadBefore = loadavg()[0] ?? 0;
  const dist = options.dist ?? 'dist';
  const say = options.log ?? (() => undefined);
  const log = (line: string) => say(`${line} (${((Date.now() - started) / 1000).toFixed(0)} s in)`);
  const playSeconds = options.playSeconds ?? 20;
  const timeoutS = options.loadTimeoutS ?? 300;
  const mapOnCapS = options.mapOnCapS ?? 90;
  const nowMs = Date.parse(TOURISM_CLOCK);
  const period90: Period = { from: addDays(LAST_DAY, -89), to: LAST_DAY };
  const period7: Period = { from: addDays(LAST_DAY, -6), to: LAST_DAY };
  const maps = new SourceMaps(dist);
  const served = await serve(dist, nowMs);
  const speed = 8;
  const off = `&off=${LAYERS_OFF}`;
  let load90: LoadRun, load90MapOn: LoadRun, load7: LoadRun;
  let playback: PlaybackRun, playbackLayersOff: PlaybackRun;
  try {
    log('tourism: 90 days, map layers off, traced');
    const p90 = await loadPeriod(browser, served, maps, {
      label: '90 days',
      period: period90,
      days: 90,
      layers: 'off',
      extraQuery: off,
      traced: true,
      timeoutS,
    });
    load90 = p90.load;
    await p90.close();

    log(`tourism: 90 days, map layers on, untraced, at most ${mapOnCapS} s`);
    const p90on = await loadPeriod(browser, served, maps, {
      label: '90 days',
      period: period90,
      days: 90,
      layers: 'on',
      extraQuery: '',
      traced: false,
      timeoutS: mapOnCapS,
    });
    load90MapOn = p90on.load;
    await p90on.close();

    log('tourism: 7 days, map layers off, traced; playback without, then with the map layers');
    // Playback starts at the first hour and plays forward (wrapping at the end of the week).
    const p7 = await loadPeriod(browser, served, maps, {
      label: '7 days',
      period: period7,
      days: 7,
      layers: 'off',
      extraQuery: `&t=${period7.from}T00&speed=${speed}${off}`,
      traced: true,
      timeoutS,
    });
    load7 = p7.load;
    try {
      playbackLayersOff = await play(
        browser,
        p7,
        maps,
        'map layers off',
        'off',
        speed,
        playSeconds,
      );
      await layersOn(p7.page);
      playback = await play(browser, p7, maps, 'map layers on', 'on', speed, playSeconds);
    } finally {
      await p7.close();
    }
  } finally {
    await served.close();
  }
  log('tourism: model in Node');
  const model = await tourismModelBench(period90, nowMs);
  return {
    clock: TOURISM_CLOCK,
    viewport: `${VIEWPORT.width}x${VIEWPORT.height}`,
    period90,
    period7,
    load90,
    load90MapOn,
    load7,
    playbackLayersOff,
    playback,
    model,
    benchS: (Date.now() - started) / 1000,
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
  };
}
