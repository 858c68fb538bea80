import { afterWarmUp, linearTrend, type Trend } from './trend';
import type { SoakOptions } from './options';
import type { Sample } from './probes';

export interface SoakVerdict {
  heap: Trend;
  domNodes: Trend;
  listeners: Trend;
  webglAliveMax: number;
  webglCreated: number;
  /** Samples after the warm-up in which the page made no API request (polling stopped). */
  silentSamples: number;
  /** Samples after the warm-up in which the shelter feed was shown as not fresh. */
  notFreshSamples: number;
  pageErrors: string[];
  failures: string[];
}

/** The warm-up left out of the trends: 10 % of the run, at least 3 minutes (maps, caches, JIT). */
const WARM_UP = { fraction: 0.1, minMs: 3 * 60_000 };

export function judge(
  samples: readonly Sample[],
  opts: SoakOptions,
  pageErrors: string[],
): SoakVerdict {
  const kept = afterWarmUp(samples, WARM_UP.fraction, WARM_UP.minMs);
  const trend = (pick: (s: Sample) => number) =>
    linearTrend(kept.map((s) => ({ t: s.t, y: pick(s) })));
  const heap = trend((s) => s.heapMb);
  const webglAliveMax = Math.max(0, ...samples.map((s) => s.webglAlive));
  const webglCreated = Math.max(0, ...samples.map((s) => s.webglCreated));
  const silentSamples = kept.filter((s) => s.apiRequests === 0).length;
  const notFreshSamples = kept.filter((s) => s.freshness !== 'fresh').length;
  const failures: string[] = [];
  if (heap.perHour > opts.maxHeapMbPerHour)
    failures.push(
      `heap trend ${heap.perHour.toFixed(2)} MB/h exceeds ${opts.maxHeapMbPerHour} MB/h`,
    );
  if (webglAliveMax > 1) failures.push(`${webglAliveMax} WebGL contexts alive at once (want 1)`);
  if (silentSamples > 0)
    failures.push(`${silentSamples} samples without an API request: polling stopped`);
  if (notFreshSamples > 0)
    failures.push(
      `${notFreshSamples} samples with the shelter feed shown as not fresh while polling`,
    );
  if (pageErrors.length > 0) failures.push(`${pageErrors.length} uncaught page errors`);
  return {
    heap,
    domNodes: trend((s) => s.domNodes),
    listeners: trend((s) => s.listeners),
    webglAliveMax,
    webglCreated,
    silentSamples,
    notFreshSamples,
    pageErrors,
    failures,
  };
}

const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

/** At most `max` rows, evenly spread, always with the first and last sample. */
function thin<T>(rows: readonly T[], max: number): T[] {
  if (rows.length <= max) return [...rows];
  const step = (rows.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => rows[Math.round(i * step)]!);
}

export function soakMarkdown(
  samples: readonly Sample[],
  verdict: SoakVerdict,
  opts: SoakOptions,
  machine: string,
): string {
  const minutes = (samples[samples.length - 1]?.t ?? 0) / 60_000;
  const line = (name: string, t: Trend, unit: string) =>
    `| ${name} | ${f2(t.start)} → ${f2(t.end)} ${unit} | ${f2(t.perHour)} ${unit}/h | ${Number.isNaN(t.r2) ? '—' : f2(t.r2)} |`;
  return [
    `# Soak (${new Date().toISOString()})`,
    '',
    `${machine}. Production build, typhoon drill at ${opts.pollSeconds}-second polls (shelters and evacuation information), kiosk at ${opts.width}×${opts.height}, ${f1(minutes)} minutes, a sample every ${opts.sampleSeconds} s after a forced GC (DevTools protocol: HeapProfiler.collectGarbage, Runtime.getHeapUsage, Memory.getDOMCounters; WebGL contexts counted by a probe installed before the app).`,
    '',
    `**${verdict.failures.length === 0 ? 'PASS' : 'FAIL'}**${verdict.failures.length ? ': ' + verdict.failures.join('; ') : ''} (limit ${opts.maxHeapMbPerHour} MB/h on the heap trend after the warm-up).`,
    '',
    '| trend after warm-up | fitted start → end | slope | r² |',
    '|---|---:|---:|---:|',
    line('JS heap after GC', verdict.heap, 'MB'),
    line('DOM nodes', verdict.domNodes, ''),
    line('event listeners', verdict.listeners, ''),
    '',
    `WebGL contexts: ${verdict.webglCreated} created, at most ${verdict.webglAliveMax} alive. Samples without an API request: ${verdict.silentSamples}; with the shelter feed not fresh: ${verdict.notFreshSamples}; uncaught page errors: ${verdict.pageErrors.length}.`,
    '',
    '| minute | heap MB | DOM nodes | listeners | WebGL alive | API requests since last | shelter feed |',
    '|---:|---:|---:|---:|---:|---:|---|',
    ...thin(samples, 32).map(
      (s) =>
        `| ${f1(s.t / 60_000)} | ${f1(s.heapMb)} | ${s.domNodes} | ${s.listeners} | ${s.webglAlive} | ${s.apiRequests} | ${s.freshness} |`,
    ),
    '',
  ].join('\n');
}
