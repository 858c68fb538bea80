/** The "Tourism" section of reports/bench.md, from the figures tourismBench returned. */
import type { LoadRun, LongTaskGroup, Phases, PlaybackRun, TourismBench } from './tourism';
import { cpus } from 'node:os';
import { playbackTiming } from '../../src/features/tourism/hooks/use-playback';

const ms = (n: number) => `${n.toFixed(1)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (a: number, b: number) => (b > 0 ? `${Math.round((100 * a) / b)} %` : '—');
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const cell = (text: string) => text.replace(/\|/g, '\\|');

/** Long tasks as `count, total (max)`: `0` for none. */
export function longSummary(durations: readonly number[]): string {
  if (durations.length === 0) return '0';
  return `${durations.length}, ${int(sum(durations))} ms in all (max ${int(Math.max(...durations))} ms)`;
}

const phaseText = (p: Phases) =>
  `style+layout ${int(p.styleLayoutMs)} ms, paint ${int(p.paintMs)} ms, compositor commit ${int(p.commitMs)} ms, GC ${int(p.gcMs)} ms`;

function loadRow(r: LoadRun): string {
  return [
    `${r.label}, map layers ${r.layers}${r.traced ? '' : ' (untraced)'}`,
    r.completed ? s(r.loadMs) : `not done after ${s(r.loadMs)}`,
    `${r.dayResults.loaded} / ${r.dayResults.total}`,
    int(r.mapFrames),
    int(r.requests),
    `${int(r.presenceEntities)} + ${int(r.flowEntities)}`,
    mb(r.bodyBytes),
    `${s(r.taskMs)} (${pct(r.taskMs, r.loadMs)})`,
    s(r.scriptMs),
    r.threads ? s(r.threads.feedWorkerMs) : '—',
    longSummary(r.longTaskMs),
    r.heapMb === null ? '—' : `${r.heapMb.toFixed(1)} MB`,
  ].join(' | ');
}

function loadLine(r: LoadRun): string {
  const what = `${r.label}, layers ${r.layers}`;
  const rate = `${(r.dayResults.loaded / (r.loadMs / 1000)).toFixed(1)} day results/s`;
  const done = r.completed
    ? `loaded and charted in ${s(r.loadMs)} (${rate}, app start included)`
    : `NOT loaded after ${s(r.loadMs)}: ${r.dayResults.loaded} of ${r.dayResults.total} day results in (${rate})`;
  const busy = `main thread busy ${pct(r.taskMs, r.loadMs)} of the time`;
  const phases = r.threads ? ` (${phaseText(r.threads.phases)})` : '';
  const frames =
    r.layers === 'on'
      ? `; ${r.mapFrames} map frames for ${r.dayResults.loaded} day results${r.mapFrames * 2 >= r.dayResults.loaded ? ': the map redraws on most day arrivals' : ''}, and on software GL each frame is a long task`
      : '';
  const long = r.traced
    ? `; long tasks: ${int(sum(r.longTasks.map((t) => t.jsMs)))} ms sampled JS, ${int(sum(r.longTasks.map((t) => t.commitMs)))} ms compositor commit`
    : '';
  return `- ${what}: ${done}; ${busy}${phases}${frames}${long}.`;
}

function groupsTable(groups: readonly LongTaskGroup[], limit = 6): string[] {
  if (groups.length === 0) return ['No main-thread task over 50 ms.'];
  const rest = groups.slice(limit);
  return [
    '| cause (from the trace) | count | total | max | heaviest stack of the longest (leaf first) | under our functions (sampled) |',
    '|---|---:|---:|---:|---|---|',
    ...groups
      .slice(0, limit)
      .map(
        (g) =>
          `| ${cell(g.cause)} | ${g.count} | ${int(g.totalMs)} ms | ${int(g.maxMs)} ms | ${cell(g.example.slice(0, 6).join(' ← ') || '—')} | ${cell(g.ours.map((o) => `${o.label} ${int(o.ms)} ms`).join(', ') || '—')} |`,
      ),
    ...(rest.length
      ? [
          `| ${rest.length} other causes | ${sum(rest.map((g) => g.count))} | ${int(sum(rest.map((g) => g.totalMs)))} ms | ${int(Math.max(...rest.map((g) => g.maxMs)))} ms | | |`,
        ]
      : []),
  ];
}

function playRow(p: PlaybackRun): string {
  const target = Math.round((p.windowS * 1000) / playbackTiming(p.speed).intervalMs);
  const ours = p.jsPerStep.find((m) => m.label === 'our code (src/)')?.ms ?? 0;
  return [
    p.label,
    `${p.steps} / ${target}`,
    int(p.mapFrames),
    ms(p.taskMsPerStep),
    ms(p.scriptMsPerStep),
    ms(ours),
    ms(p.phasesPerStep.styleLayoutMs + p.phasesPerStep.paintMs),
    ms(p.phasesPerStep.commitMs),
    longSummary(p.longTasks.map((t) => t.ms)),
  ].join(' | ');
}

function playLine(p: PlaybackRun): string {
  const target = Math.round((p.windowS * 1000) / playbackTiming(p.speed).intervalMs);
  const top = p.jsPerStep
    .slice(0, 5)
    .map((m) => `${m.label} ${m.ms.toFixed(1)}`)
    .join(', ');
  const ours = p.ourFunctions
    .slice(0, 3)
    .map((f) => `${f.label} ${f.ms.toFixed(1)} ms`)
    .join(', ');
  return (
    `- ${p.label}: ${p.steps} of ${target} steps (${pct(p.steps, target)}), ${p.dataHours} data hours in ${p.windowS} s; ` +
    `sampled JS per step by module (ms): ${top}; our functions per step: ${ours || '—'}.`
  );
}

export function tourismMarkdown(t: TourismBench): string[] {
  const m = t.model;
  const l90 = t.load90;
  const mainModules = l90.mainProfile?.byModule
    .filter((x) => x.label !== '(idle)')
    .slice(0, 8)
    .map((x) => `${x.label} ${s(x.ms)}`)
    .join(', ');
  const mainOurs = l90.mainProfile?.byOurFunction
    .slice(0, 5)
    .map((x) => `${x.label} ${s(x.ms)}`)
    .join(', ');
  const rows = [t.load90, t.load90MapOn, t.load7];
  const os = cpus().length;
  return [
    `## Tourism (production build, ${t.viewport}, HTTP mock, tourism clock ${t.clock})`,
    '',
    `Periods: ${t.period90.from}..${t.period90.to} (90 days) and ${t.period7.from}..${t.period7.to} (7 days). ` +
      'Traced runs record a Chromium trace (top-level tasks per thread, rendering phases) and sample main-thread JavaScript every 1 ms over CDP, mapped through the source maps. ' +
      'Map layers off = `off=tourism-presence,tourism-flows,labels` (the basemap stays): our data path and panels without software-GL frames. ' +
      'In the samples, (native) is built-ins without source (JSON.parse, postMessage, history.replaceState, …) and (program) the renderer outside JavaScript.',
    '',
    '### Load and aggregate',
    '',
    '| run | navigation → loaded and charted | day results | map frames | requests | entities (presence + flows) | bodies | main thread busy | of which script | feed worker | long tasks > 50 ms | JS heap after GC |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|',
    ...rows.map((r) => `| ${loadRow(r)} |`),
    '',
    ...rows.map(loadLine),
    `- Feed worker, 90 days: ${l90.threads ? s(l90.threads.feedWorkerMs) : '—'} busy (JSON, validation and packing, off the main thread; per day in Node below); maplibre workers ${l90.threads ? s(l90.threads.maplibreWorkersMs) : '—'}.`,
    `- Main thread, 90 days, sampled by module: ${mainModules ?? '—'}; under our functions: ${mainOurs ?? '—'}.`,
    '',
    'Main-thread long tasks of the 90-day load (map layers off), by cause:',
    '',
    ...groupsTable(l90.longTaskGroups),
    '',
    `### The model alone (Node ${process.version}, the same ${m.days} packed days, median of 7)`,
    '',
    `Fetched through the worker's own functions from the HTTP mock: ${int(m.presenceEntities)} presence + ${int(m.flowEntities)} flow entities, ${mb(m.presenceBytes)} + ${mb(m.flowBytes)} of keyValues JSON in ${m.requests} requests. ` +
      `Per day: runPresenceDay ${ms(m.runPresenceDayMs)} (mock generation, HTTP, JSON, validation, packing; packing alone ${ms(m.packMsPerPresenceDay)}), runFlowDay ${ms(m.runFlowDayMs)}.`,
    '',
    '| function | scope | time | called | note |',
    '|---|---|---:|---|---|',
    ...m.timings.map((x) => {
      const note =
        x.ms > 16
          ? 'over a 16 ms frame on its own'
          : x.ms > 4
            ? 'a quarter of a frame or more'
            : 'small';
      return `| ${x.name} | ${x.scope} | ${ms(x.ms)} | ${x.calledPer} | ${note} |`;
    }),
    '',
    `All period panels together cost ${ms(m.timings.find((x) => x.name === 'all period panels')?.ms ?? 0)} over 90 days; while days arrive the view refreshes at most once a second, over the days loaded so far.`,
    '',
    `### Playback (7 days, speed ${t.playback.speed} h/s: a 2-hour step every 250 ms, ${t.playback.windowS} s each)`,
    '',
    '| run | steps / asked | map frames | main thread per step | of which script | our code (src/) per step | style, layout, paint per step | compositor commit per step | long tasks > 50 ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...[t.playbackLayersOff, t.playback].map((p) => `| ${playRow(p)} |`),
    '',
    ...[t.playbackLayersOff, t.playback].map(playLine),
    '',
    'Long tasks during playback with the map layers off, by cause:',
    '',
    ...groupsTable(t.playbackLayersOff.longTaskGroups),
    '',
    'and with the map layers on:',
    '',
    ...groupsTable(t.playback.longTaskGroups),
    '',
    `Tourism bench wall time: ${t.benchS.toFixed(0)} s; 1-minute load average ${t.loadAverage.before.toFixed(1)} before, ${t.loadAverage.after.toFixed(1)} after (${os} CPUs: well above that before the run means other work competed and the times above are inflated).`,
    '',
  ];
}
