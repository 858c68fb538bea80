import type { ChunkSize } from './bundle';
import type { ParseRow } from './parse';
import type { FirstMapResult } from './first-map';
import type { VisibleSummary } from './visible';
import { visibleMarkdown } from './visible-report';
import type { FrameBench, PollBench } from './polls';
import type { LongTask } from './long-tasks';
import type { ScaleResult } from './scale';
import type { TourismBench } from './tourism';
import { longSummary, tourismMarkdown } from './tourism-report';
import type { BenchTarget } from './targets';

interface Bundle {
  initial: ChunkSize[];
  lazy: ChunkSize[];
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; model: string; node: string };
  bundle: { dashboard: Bundle; baseline: Bundle };
  parse: ParseRow[];
  visible: VisibleSummary[];
  firstMap: FirstMapResult[];
  polls: PollBench;
  pollsNoRedraw: PollBench;
  kiosk: FrameBench[];
  scale: ScaleResult[];
  tourism: TourismBench;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
const s1 = (n: number) => (Number.isFinite(n) ? `${(n / 1000).toFixed(1)} s` : '—');
const mb = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} MB` : '—');
const ratio = (a: number, b: number) =>
  b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '—';
const sum = (cs: ChunkSize[], k: 'bytes' | 'gzip') => cs.reduce((s, c) => s + c[k], 0);

/** The dashboard's row and the bare page's, from rows measured on both. */
const pairOf = <R extends { target: BenchTarget['name'] }>(rows: readonly R[]) =>
  [rows.find((r) => r.target === 'dashboard'), rows.find((r) => r.target === 'baseline')] as const;

function bundleMd({ dashboard, baseline }: BenchReport['bundle']): string[] {
  const row = (label: string, d: number, b: number) =>
    `| ${label} | ${kb(d)} | ${kb(b)} | ${ratio(d, b)} |`;
  const all = (x: Bundle) => [...x.initial, ...x.lazy];
  return [
    '## JavaScript (gzip -9), dashboard against the bare page',
    '',
    'The bare page: React + maplibre + deck.gl drawing the same facilities from the same API, nothing else (tests/bench/baseline).',
    '',
    '| | dashboard | bare page | ratio |',
    '|---|---:|---:|---:|',
    row(
      'initial (entry + modulepreload)',
      sum(dashboard.initial, 'gzip'),
      sum(baseline.initial, 'gzip'),
    ),
    row('total (all chunks and workers)', sum(all(dashboard), 'gzip'), sum(all(baseline), 'gzip')),
    row('total raw', sum(all(dashboard), 'bytes'), sum(all(baseline), 'bytes')),
    '',
    'Dashboard chunks:',
    '',
    '| chunk | kind | raw | gzip |',
    '|---|---|---:|---:|',
    ...dashboard.initial.map((c) => `| ${c.file} | initial | ${kb(c.bytes)} | ${kb(c.gzip)} |`),
    ...dashboard.lazy.map((c) => `| ${c.file} | lazy | ${kb(c.bytes)} | ${kb(c.gzip)} |`),
    '',
  ];
}

function parseMd(rows: ParseRow[]): string[] {
  return [
    '## Parse + validate + normalise against JSON.parse of the same bytes (Node, median of 25)',
    '',
    'Every feed the dashboard reads, as the worker reads it (typhoon drill frozen at minute 900; one tourism day).',
    '',
    '| feed | form | entities | accepted | bytes | JSON.parse | parse + validate + normalise | ratio |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.type} | ${r.representation} | ${r.entities.toLocaleString('en')} | ${r.accepted.toLocaleString('en')} | ${kb(r.bytes)} | ${ms(r.jsonParseMs)} | ${ms(r.parseValidateNormaliseMs)} | ${r.ratio.toFixed(1)}× |`,
    ),
    '',
  ];
}

function firstMapMd(rows: FirstMapResult[]): string[] {
  const viewports = [...new Set(rows.map((r) => r.viewport))];
  return [
    '## First map with every facility drawn (production build, HTTP mock, median of 3)',
    '',
    '| viewport | figure | dashboard | bare page | ratio |',
    '|---|---|---:|---:|---:|',
    ...viewports.flatMap((v) => {
      const [d, b] = pairOf(rows.filter((r) => r.viewport === v));
      if (!d || !b) return [];
      return [
        `| ${v} | navigation → map idle with markers | ${ms(d.firstMapMs)} | ${ms(b.firstMapMs)} | ${ratio(d.firstMapMs, b.firstMapMs)} |`,
        `| ${v} | main-thread script | ${ms(d.scriptMs)} | ${ms(b.scriptMs)} | ${ratio(d.scriptMs, b.scriptMs)} |`,
        `| ${v} | main-thread tasks | ${ms(d.taskMs)} | ${ms(b.taskMs)} | ${ratio(d.taskMs, b.taskMs)} |`,
        `| ${v} | JS heap | ${mb(d.jsHeapMb)} | ${mb(b.jsHeapMb)} | ${ratio(d.jsHeapMb, b.jsHeapMb)} |`,
        `| ${v} | facilities drawn | ${d.facilities} | ${b.facilities} | |`,
      ];
    }),
    '',
  ];
}

const msOf = (tasks: readonly LongTask[]) => tasks.map((t) => t.ms);

function pollsMd(polls: PollBench, off: PollBench): string[] {
  return [
    '## Main-thread long tasks during polls (drill, 1,478 overlays + levels + events every 2 s, 1920×1080)',
    '',
    '| run | overlay polls | main thread per poll | of which script | long tasks > 50 ms | of which no map frame |',
    '|---|---:|---:|---:|---|---|',
    ...(
      [
        ['map redrawn each poll', polls],
        ['map layers off (data path only)', off],
      ] as const
    ).map(
      ([label, p]) =>
        `| ${label} | ${p.polls} in ${p.windowS} s | ${ms(p.mainThreadMsPerPoll)} | ${ms(p.scriptMsPerPoll)} | ${longSummary(msOf(p.longTasks))} | ${longSummary(msOf(p.longTasks.filter((t) => !t.frame)))} |`,
    ),
    '',
    'Parsing and validation run in the feed worker; on SwiftShader each map frame is itself a long task. A long task with no animation frame in it (trace) is the page’s own script or layout.',
    '',
  ];
}

function kioskMd(rows: FrameBench[]): string[] {
  const [d, b] = pairOf(rows);
  if (!d || !b) return [];
  return [
    '## Kiosk cycling at 3840×2160 (the same presets and flight every 5 s on both pages)',
    '',
    '| figure | dashboard | bare page | ratio |',
    '|---|---:|---:|---:|',
    `| map frames in ${d.windowS} s | ${d.frames} | ${b.frames} | |`,
    `| main thread per frame | ${ms(d.mainThreadMsPerFrame)} | ${ms(b.mainThreadMsPerFrame)} | ${ratio(d.mainThreadMsPerFrame, b.mainThreadMsPerFrame)} |`,
    `| script per frame | ${ms(d.scriptMsPerFrame)} | ${ms(b.scriptMsPerFrame)} | ${ratio(d.scriptMsPerFrame, b.scriptMsPerFrame)} |`,
    `| JS heap | ${mb(d.heapMb)} | ${mb(b.heapMb)} | ${ratio(d.heapMb, b.heapMb)} |`,
    '',
    'The dashboard also polls the drill and rotates its panels, as it does on the wall. Frame rate on SwiftShader is not meaningful; main-thread time per frame includes the wait on the software GPU.',
    '',
  ];
}

function scaleMd(rows: ScaleResult[]): string[] {
  const [d, b] = pairOf(rows);
  if (!d || !b) return [];
  const line = (label: string, f: (r: ScaleResult) => string, x?: string) =>
    `| ${label} | ${f(d)} | ${f(b)} | ${x ?? ''} |`;
  return [
    `## Scale: ${d.designations.toLocaleString('en')} synthetic designations (nationwide size) through the same path, ${d.viewport}`,
    '',
    '| figure | dashboard | bare page | ratio |',
    '|---|---:|---:|---:|',
    line(
      'facilities drawn / in the data',
      (r) => `${r.facilities.toLocaleString('en')} / ${r.expectedFacilities.toLocaleString('en')}`,
    ),
    line(
      `first map (median of ${d.firstMapSamples.length} interleaved loads)`,
      (r) => s1(r.firstMapMs),
      ratio(d.firstMapMs, b.firstMapMs),
    ),
    line('each first map', (r) => r.firstMapSamples.map(s1).join(', ')),
    line(
      'main-thread script to first map (the first load)',
      (r) => ms(r.scriptMs),
      ratio(d.scriptMs, b.scriptMs),
    ),
    line('JS heap after GC', (r) => mb(r.heapMb), ratio(d.heapMb, b.heapMb)),
    line(`script in ${d.quietWindowMs / 1000} s idle`, (r) => ms(r.quietScriptMs)),
    line('longest task while idle (a SwiftShader frame)', (r) => ms(r.longestQuietTaskMs)),
    line(
      `drag → map idle (median of ${d.panSamples.length})`,
      (r) => s1(r.panMs),
      ratio(d.panMs, b.panMs),
    ),
    line(
      'script to answer a drag (median)',
      (r) => ms(r.panScriptMs),
      ratio(d.panScriptMs, b.panScriptMs),
    ),
    line('each drag: wall / script', (r) =>
      r.panSamples.map((p) => `${s1(p.ms)} / ${ms(p.scriptMs)}`).join(', '),
    ),
    '',
    `**Dashboard ${d.usable ? 'USABLE' : 'NOT USABLE'}** at this size: ${d.criteria.map((c) => `${c.rule} ${c.pass ? 'PASS' : 'FAIL'}`).join('; ')}. (Bare page: ${b.usable ? 'usable' : 'not usable'}.)`,
    '',
    "The main-thread JS heap excludes the dashboard's feed worker. On SwiftShader each frame of 130,000 markers holds the main thread about 2 s on both pages, so interaction is judged against the bare page and as our own script time (tests/bench/usable.ts).",
    '',
  ];
}

export function benchMarkdown(r: Partial<BenchReport>): string {
  return [
    `# Benchmarks (${r.date ?? '?'})`,
    '',
    r.machine
      ? `Machine: ${r.machine.cpus} × ${r.machine.model}, Node ${r.machine.node}; Chromium on SwiftShader (no GPU). Every figure beside its baseline from the same run.`
      : '',
    '',
    ...(r.bundle ? bundleMd(r.bundle) : []),
    ...(r.parse ? parseMd(r.parse) : []),
    ...(r.visible ? visibleMarkdown(r.visible) : []),
    ...(r.firstMap ? firstMapMd(r.firstMap) : []),
    ...(r.polls && r.pollsNoRedraw ? pollsMd(r.polls, r.pollsNoRedraw) : []),
    ...(r.kiosk ? kioskMd(r.kiosk) : []),
    ...(r.scale ? scaleMd(r.scale) : []),
    ...(r.tourism ? tourismMarkdown(r.tourism) : []),
  ].join('\n');
}
