import type { VisiblePage, VisibleSummary } from './visible';

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');
const kb = (n: number) => `${(n / 1000).toFixed(0)} kB`;
const mib = (n: number) => `${n.toFixed(1)} MiB`;
const ratio = (a: number, b: number | undefined) =>
  b !== undefined && b > 0 && Number.isFinite(a) ? ` (${(a / b).toFixed(2)}×)` : '';

const TITLES: Record<VisiblePage, string> = {
  bare: 'bare page, cold',
  live: 'dashboard live, cold',
  mock: 'dashboard embedded mock, cold',
  bareWarm: 'bare page, reload',
  liveWarm: 'dashboard live, reload (kept masters)',
};

/** The table: every page's medians, ratios to the bare page's cold load. */
export function visibleMarkdown(rows: VisibleSummary[]): string[] {
  const bare = rows.find((r) => r.page === 'bare')?.median;
  const cell = (r: VisibleSummary, k: 'visibleMs' | 'jsBytes' | 'heapMb') => {
    const v = r.median[k];
    const text = k === 'jsBytes' ? kb(v) : k === 'heapMb' ? mib(v) : ms(v);
    return `${text}${r.page === 'bare' ? '' : ratio(v, bare?.[k])}`;
  };
  const runs = rows[0]?.runs ?? 0;
  return [
    `## Markers visible (1920×1080, medians of ${runs} interleaved loads per page)`,
    '',
    'A frame after the first instanced draw of ≥ 2,000 markers into the screen, seen by a wrapper installed before any page script (tests/bench/visible-probe.ts). Ratios to the bare page’s cold load. Live: the HTTP mock broker; reload: the same browser profile loaded again.',
    '',
    '| page | markers visible (range) | JS before visible, gzip | long tasks to visible + 3 s | JS heap after GC at visible + 3 s (range) |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${TITLES[r.page]} | ${cell(r, 'visibleMs')} (${ms(r.range.visibleMs[0])}–${ms(r.range.visibleMs[1])}) | ${cell(r, 'jsBytes')} | ${r.median.longTasks} / ${ms(r.median.longTaskMs)} | ${cell(r, 'heapMb')} (${mib(r.range.heapMb[0])}–${mib(r.range.heapMb[1])}) |`,
    ),
    '',
    'Where the time to visible went (medians; main-thread counters read when visible was seen, so they run a frame or two late):',
    '',
    '| page | first API request | last master page in | main-thread tasks | of which script | layout + style | idle (visible − tasks) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${TITLES[r.page]} | ${ms(r.median.firstApiMs)} | ${ms(r.median.mastersDoneMs)} | ${ms(r.median.taskMs)} | ${ms(r.median.scriptMs)} | ${ms(r.median.layoutStyleMs)} | ${ms(r.median.idleMs)} |`,
    ),
    '',
    'JS files fetched before visible (first load of each page):',
    '',
    ...rows
      .filter((r) => !r.page.endsWith('Warm'))
      .map((r) => `- ${TITLES[r.page]}: ${r.jsFiles.join(', ') || '—'}`),
    '',
  ];
}
