/**
 * A Chromium performance trace, recorded over CDP and read back: top-level tasks per thread
 * (main thread, workers), long tasks, and a sampled V8 CPU profile (the trace's own, or one taken
 * over CDP on the same clock), with the samples' frames mapped through the build's source maps
 * to `src/…` files or npm packages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';

/**
 * Tasks and rendering phases only. Not `toplevel` (every IPC of every process: it slows software
 * GL by half) nor the trace's own V8 sampler (every 0.25 ms, +60 % on a 90-day load): JavaScript
 * is sampled over CDP instead (`startProfiler`), every millisecond, on the same clock.
 */
export const TRACE_CATEGORIES = [
  '__metadata',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
];

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  parent?: number;
  children?: number[];
  callFrame: CallFrame;
}

/** What CDP's Profiler.stop returns (µs). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** The main thread's JS, sampled every `intervalUs` over CDP: lighter than the trace's sampler. */
export async function startProfiler(
  cdp: CDPSession,
  intervalUs = 1000,
): Promise<{ stop(): Promise<CpuProfile> }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.send('Profiler.disable');
      return profile;
    },
  };
}

/** The parts of a trace event this file reads. */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      message?: string;
      workerThreadId?: number;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** Starts a browser-wide trace; `stop()` returns its events. */
export async function startTrace(
  browser: Browser,
  categories: readonly string[] = TRACE_CATEGORIES,
): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp = await browser.newBrowserCDPSession();
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    streamFormat: 'json',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: [...categories],
      excludedCategories: ['*'],
    },
  });
  return {
    async stop() {
      const complete = new Promise<string>((resolve) =>
        cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream ?? '')),
      );
      await cdp.send('Tracing.end');
      const stream = await complete;
      const text = await readStream(cdp, stream);
      await cdp.detach();
      const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
    },
  };
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const parts: string[] = [];
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 8 << 20 });
    parts.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return parts.join('');
}

// ---- source maps ---------------------------------------------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** [generated column, source, original line, original column, name or -1] per segment. */
type Segment = [number, number, number, number, number];

function decodeMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let source = 0;
  let line = 0;
  let column = 0;
  let name = 0;
  for (const text of mappings.split(';')) {
    const segments: Segment[] = [];
    let genColumn = 0;
    for (const part of text.split(',')) {
      if (part === '') continue;
      const values: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of part) {
        const digit = B64_INDEX.get(ch) ?? 0;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genColumn += values[0] ?? 0;
      if (values.length < 4) continue;
      source += values[1]!;
      line += values[2]!;
      column += values[3]!;
      let n = -1;
      if (values.length >= 5) {
        name += values[4]!;
        n = name;
      }
      segments.push([genColumn, source, line, column, n]);
    }
    lines.push(segments);
  }
  return lines;
}

interface SourceMap {
  sources: string[];
  names: string[];
  lines: Segment[][];
}

export interface Origin {
  /** `src/features/…` for our code, the npm package name for a dependency. */
  module: string;
  ours: boolean;
  /** 1-based line in the original file. */
  line: number;
  name: string | undefined;
}

/** Maps generated positions in dist/assets/*.js to original files, through their .map files. */
export class SourceMaps {
  private readonly maps = new Map<string, SourceMap | null>();

  constructor(private readonly dist = 'dist') {}

  private mapOf(url: string): SourceMap | null {
    const file = basename(new URL(url, 'http://x').pathname);
    if (this.maps.has(file)) return this.maps.get(file)!;
    const path = join(this.dist, 'assets', `${file}.map`);
    let map: SourceMap | null = null;
    if (file && existsSync(path)) {
      const raw = JSON.parse(readFileSync(path, 'utf8')) as {
        sources: string[];
        names?: string[];
        mappings: string;
      };
      map = { sources: raw.sources, names: raw.names ?? [], lines: decodeMappings(raw.mappings) };
    }
    this.maps.set(file, map);
    return map;
  }

  /** Original position of a 0-based generated line and column; undefined when unmapped. */
  resolve(url: string, line: number, column: number): Origin | undefined {
    if (!/\/assets\/[^/]+\.m?js$/.test(url)) return undefined;
    const map = this.mapOf(url);
    if (!map) return undefined;
    // A position before the line's first mapping (a module's top level) takes the next mapping.
    let segments = map.lines[line];
    for (let next = line; (!segments || segments.length === 0) && next < map.lines.length; next++)
      segments = map.lines[next];
    if (!segments || segments.length === 0) return undefined;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]![0] <= column) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo]!;
    const source = map.sources[seg[1]] ?? '?';
    return {
      ...moduleOf(source),
      line: seg[2] + 1,
      name: seg[4] >= 0 ? map.names[seg[4]] : undefined,
    };
  }
}

function moduleOf(source: string): { module: string; ours: boolean } {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    const pkg = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    return { module: pkg, ours: false };
  }
  const src = source.search(/(?:^|\/)(src|mocks)\//);
  if (src >= 0) return { module: source.slice(source.indexOf('/', src) + 1 || src), ours: true };
  return { module: source.replace(/^(\.\.\/)+/, ''), ours: false };
}

// ---- threads and tasks ---------------------------------------------------------------------

export interface Interval {
  start: number;
  end: number;
}

const threadKey = (pid: number, tid: number) => `${pid}:${tid}`;

export interface ThreadInfo {
  key: string;
  name: string;
  /** For dedicated workers: the script URL. */
  url?: string;
  /** Top-level tasks, sorted, non-overlapping (µs, trace clock). */
  tasks: Interval[];
}

export class Trace {
  readonly threads = new Map<string, ThreadInfo>();
  private readonly samples = new Map<string, Array<{ ts: number; weight: number; node: number }>>();
  private readonly nodes = new Map<string, Map<number, ProfileNode>>();

  constructor(
    events: readonly TraceEvent[],
    private readonly maps: SourceMaps,
  ) {
    const thread = (pid: number, tid: number): ThreadInfo => {
      const key = threadKey(pid, tid);
      let t = this.threads.get(key);
      if (!t) this.threads.set(key, (t = { key, name: '', tasks: [] }));
      return t;
    };
    const profiles = new Map<string, { key: string; start: number; last: number }>();
    for (const e of events) {
      if (e.ph === 'M' && e.name === 'thread_name') thread(e.pid, e.tid).name = e.args?.name ?? '';
      else if (e.name === 'TracingSessionIdForWorker') {
        const d = e.args?.data;
        if (d?.workerThreadId !== undefined) thread(e.pid, d.workerThreadId).url = d.url;
      } else if (e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined) {
        thread(e.pid, e.tid).tasks.push({ start: e.ts, end: e.ts + e.dur });
      }
    }
    // Profile chunks come in order per profile id; samples are time deltas from the start.
    for (const e of events) {
      if (e.name === 'Profile' && e.id !== undefined) {
        const start = e.args?.data?.startTime ?? e.ts;
        profiles.set(`${e.pid}:${e.id}`, { key: threadKey(e.pid, e.tid), start, last: start });
      } else if (e.name === 'ProfileChunk' && e.id !== undefined) {
        const p = profiles.get(`${e.pid}:${e.id}`);
        const d = e.args?.data;
        if (!p || !d) continue;
        let nodes = this.nodes.get(p.key);
        if (!nodes) this.nodes.set(p.key, (nodes = new Map()));
        for (const n of d.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
        let list = this.samples.get(p.key);
        if (!list) this.samples.set(p.key, (list = []));
        const ids = d.cpuProfile?.samples ?? [];
        const deltas = d.timeDeltas ?? [];
        for (let i = 0; i < ids.length; i++) {
          p.last += deltas[i] ?? 0;
          list.push({ ts: p.last, weight: 0, node: ids[i]! });
        }
      }
    }
    for (const list of this.samples.values()) {
      list.sort((a, b) => a.ts - b.ts);
      // A sample stands for the time until the next one (capped: the sampler may pause).
      for (let i = 0; i < list.length; i++) {
        const next = list[i + 1];
        list[i]!.weight = next ? Math.min(next.ts - list[i]!.ts, 10_000) : 0;
      }
    }
    for (const t of this.threads.values()) t.tasks = topLevel(t.tasks);
  }

  /**
   * Adds a CPU profile taken over CDP (Profiler domain) as `thread`'s samples: its timestamps
   * are on the same monotonic clock as the trace's.
   */
  addProfile(thread: ThreadInfo, profile: CpuProfile): void {
    const nodes = new Map<number, ProfileNode>();
    for (const n of profile.nodes) nodes.set(n.id, n);
    // CDP lists children; trace chunks name parents. Keep the trace's form.
    for (const n of profile.nodes)
      for (const c of n.children ?? []) {
        const child = nodes.get(c);
        if (child) child.parent = n.id;
      }
    this.nodes.set(thread.key, nodes);
    const list: Array<{ ts: number; weight: number; node: number }> = [];
    let ts = profile.startTime;
    const deltas = profile.timeDeltas ?? [];
    const samples = profile.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      ts += deltas[i] ?? 0;
      list.push({ ts, weight: 0, node: samples[i]! });
    }
    for (let i = 0; i < list.length; i++) {
      const next = list[i + 1];
      list[i]!.weight = next ? Math.min(next.ts - list[i]!.ts, 10_000) : 0;
    }
    this.samples.set(thread.key, list);
  }

  /** The renderer main thread that ran the most (the page under test). */
  mainThread(): ThreadInfo | undefined {
    return [...this.threads.values()]
      .filter((t) => t.name === 'CrRendererMain')
      .sort((a, b) => busy(b.tasks) - busy(a.tasks))[0];
  }

  /** Dedicated workers whose script URL matches. */
  workers(match: RegExp): ThreadInfo[] {
    return [...this.threads.values()].filter((t) => t.url !== undefined && match.test(t.url));
  }

  /**
   * Where the sampled time inside the windows went. `focus` (a module label as in `byModule`)
   * picks the heaviest stack among that module's leaves only.
   */
  attribute(thread: ThreadInfo, windows: readonly Interval[], focus?: string): Attribution {
    const list = this.samples.get(thread.key) ?? [];
    const nodes = this.nodes.get(thread.key) ?? new Map<number, ProfileNode>();
    const self = new Map<string, number>();
    const leafTime = new Map<number, number>();
    const modules = new Map<string, number>();
    const ours = new Map<string, number>();
    let total = 0;
    const sorted = [...windows].sort((a, b) => a.start - b.start);
    let w = 0;
    const originCache = new Map<number, Origin | undefined>();
    const originOf = (node: ProfileNode) => {
      if (!originCache.has(node.id)) {
        const f = node.callFrame;
        originCache.set(node.id, this.maps.resolve(f.url, f.lineNumber, f.columnNumber));
      }
      return originCache.get(node.id);
    };
    for (const s of list) {
      while (w < sorted.length && sorted[w]!.end < s.ts) w++;
      const win = sorted[w];
      if (!win || s.ts < win.start) continue;
      const leaf = nodes.get(s.node);
      if (!leaf) continue;
      total += s.weight;
      const o = originOf(leaf);
      const selfLabel = labelOf(leaf, o);
      self.set(selfLabel, (self.get(selfLabel) ?? 0) + s.weight);
      const mod = o ? (o.ours ? 'our code (src/)' : o.module) : bucketOf(leaf.callFrame);
      modules.set(mod, (modules.get(mod) ?? 0) + s.weight);
      if (!/^\(.*\)$/.test(leaf.callFrame.functionName) && (focus === undefined || mod === focus))
        leafTime.set(leaf.id, (leafTime.get(leaf.id) ?? 0) + s.weight);
      // The innermost frame of ours on the stack: what of our code this time is spent under.
      for (
        let n: ProfileNode | undefined = leaf;
        n;
        n = n.parent ? nodes.get(n.parent) : undefined
      ) {
        const on = originOf(n);
        if (on?.ours) {
          const label = labelOf(n, on);
          ours.set(label, (ours.get(label) ?? 0) + s.weight);
          break;
        }
      }
    }
    const top = (m: Map<string, number>, n: number) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([label, us]) => ({ label, ms: us / 1000 }));
    // The stack of the single heaviest JS leaf, leaf first: what the top self time runs under.
    const heaviest = [...leafTime].sort((a, b) => b[1] - a[1])[0];
    const heaviestStack: string[] = [];
    for (
      let n = heaviest ? nodes.get(heaviest[0]) : undefined;
      n && heaviestStack.length < 14;
      n = n.parent ? nodes.get(n.parent) : undefined
    ) {
      if (n.callFrame.functionName === '(root)') break;
      const label = labelOf(n, originOf(n));
      if (heaviestStack[heaviestStack.length - 1] !== label) heaviestStack.push(label);
    }
    return {
      sampledMs: total / 1000,
      bySelf: top(self, 8),
      byModule: top(modules, 10),
      byOurFunction: top(ours, 8),
      heaviestStack,
    };
  }
}

export interface Attribution {
  sampledMs: number;
  /** Leaf frames (self time). */
  bySelf: Array<{ label: string; ms: number }>;
  /** Self time per npm package, `our code (src/)`, or a V8 bucket (GC, program, idle). */
  byModule: Array<{ label: string; ms: number }>;
  /** Inclusive time under the innermost frame of our code. */
  byOurFunction: Array<{ label: string; ms: number }>;
  /** Frames (leaf first) of the JS function with the most self time. */
  heaviestStack: string[];
}

function labelOf(node: ProfileNode, o: Origin | undefined): string {
  const f = node.callFrame;
  const name = o?.name ?? (f.functionName || '(anonymous)');
  if (!o) return `${f.functionName || '(anonymous)'}${f.url ? ` ${basename(f.url)}` : ''}`;
  return `${name} (${o.module}${o.ours ? `:${o.line}` : ''})`;
}

function bucketOf(f: CallFrame): string {
  if (/^\(.*\)$/.test(f.functionName)) return f.functionName;
  if (!f.url) return '(native)';
  return basename(f.url);
}

function topLevel(tasks: Interval[]): Interval[] {
  const sorted = [...tasks].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && t.start < last.end) last.end = Math.max(last.end, t.end);
    else out.push({ ...t });
  }
  return out;
}

const busy = (tasks: readonly Interval[]) => tasks.reduce((s, t) => s + t.end - t.start, 0);

/** Task time (ms) of a thread inside [from, to] (trace µs). */
export function taskMsIn(thread: ThreadInfo, from: number, to: number): number {
  let us = 0;
  for (const t of thread.tasks) us += Math.max(0, Math.min(t.end, to) - Math.max(t.start, from));
  return us / 1000;
}

/** Tasks longer than `minMs` inside [from, to]. */
export function longTasksIn(thread: ThreadInfo, from: number, to: number, minMs = 50): Interval[] {
  return thread.tasks.filter(
    (t) => t.start >= from && t.end <= to && t.end - t.start > minMs * 1000,
  );
}

/** When the page called `console.timeStamp(message)` (trace µs), if it did. */
export function timeStampOf(events: readonly TraceEvent[], message: string): number | undefined {
  return events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message)?.ts;
}

/** The trace clock's bounds of everything recorded (µs). */
export function traceBounds(events: readonly TraceEvent[]): Interval {
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    if (e.ph === 'M' || e.ts === 0) continue;
    start = Math.min(start, e.ts);
    end = Math.max(end, e.ts + (e.dur ?? 0));
  }
  return { start, end };
}
