import type { TraceEvent } from './tourism-trace';

/** A long task on the page's main thread, and whether a map frame ran in it. */
export interface LongTask {
  ms: number;
  /** An animation frame's callbacks ran in it (maplibre and deck.gl draw there). */
  frame: boolean;
}

const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;

/**
 * The renderer main thread's tasks over `minMs`, each marked as a map frame when an animation
 * frame fired inside it: on SwiftShader a frame is a long task of software GL, whatever the
 * page; a long task with no frame in it is the page's own script (or layout). With several
 * renderer main threads in the trace, the busiest is the page's.
 */
export function longTasksOf(events: readonly TraceEvent[], minMs = 50): LongTask[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map(thread),
  );
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.ph === 'X' && e.name === 'RunTask' && mains.has(thread(e)))
      busy.set(thread(e), (busy.get(thread(e)) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (main === undefined) return [];
  const frames = events.filter(
    (e) => e.ph === 'X' && e.name === 'FireAnimationFrame' && thread(e) === main,
  );
  return events
    .filter(
      (e) =>
        e.ph === 'X' && e.name === 'RunTask' && thread(e) === main && (e.dur ?? 0) > minMs * 1000,
    )
    .map((t) => ({
      ms: Math.round((t.dur ?? 0) / 1000),
      frame: frames.some((f) => f.ts >= t.ts && f.ts < t.ts + (t.dur ?? 0)),
    }));
}
