import { longTasksIn, SourceMaps, Trace, type TraceEvent } from './tourism-trace';

/** A long task on the page's main thread, and whether a map frame ran in it. */
export interface LongTask {
  ms: number;
  /** An animation frame's callbacks ran in it (maplibre and deck.gl draw there). */
  frame: boolean;
}

/**
 * The page's main-thread tasks over `minMs` (the busiest renderer main thread: Trace), each
 * marked as a map frame when an animation frame fired inside it: on SwiftShader a frame is a
 * long task of software GL, whatever the page; a long task with no frame in it is the page's
 * own script (or layout).
 */
export function longTasksOf(events: readonly TraceEvent[], minMs = 50): LongTask[] {
  // Nothing is attributed to source here: the maps are never read.
  const main = new Trace(events, new SourceMaps()).mainThread();
  if (main === undefined) return [];
  const frames = events.filter(
    (e) => e.ph === 'X' && e.name === 'FireAnimationFrame' && `${e.pid}:${e.tid}` === main.key,
  );
  return longTasksIn(main, -Infinity, Infinity, minMs).map((t) => ({
    ms: Math.round((t.end - t.start) / 1000),
    frame: frames.some((f) => f.ts >= t.start && f.ts < t.end),
  }));
}
