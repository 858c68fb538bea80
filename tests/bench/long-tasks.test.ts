import { describe, expect, it } from 'vitest';
import { longTasksOf } from './long-tasks';
import type { TraceEvent } from './tourism-trace';

const meta = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  cat: '__metadata',
  ph: 'M',
  ts: 0,
  pid,
  tid,
  args: { name },
});
const task = (ts: number, ms: number, tid = 1): TraceEvent => ({
  name: 'RunTask',
  cat: 'disabled-by-default-devtools.timeline',
  ph: 'X',
  ts,
  dur: ms * 1000,
  pid: 7,
  tid,
});
const frame = (ts: number, ms: number, tid = 1): TraceEvent => ({
  name: 'FireAnimationFrame',
  cat: 'devtools.timeline',
  ph: 'X',
  ts,
  dur: ms * 1000,
  pid: 7,
  tid,
});

describe('long tasks during polls, frames told from script', () => {
  const threads = [meta(7, 1, 'CrRendererMain'), meta(7, 2, 'Compositor')];
  it.each<[string, TraceEvent[], { ms: number; frame: boolean }[]]>([
    ['nothing over 50 ms', [task(0, 50), task(100_000, 12)], []],
    ['a task with a frame in it', [task(0, 120), frame(5_000, 100)], [{ ms: 120, frame: true }]],
    ['a task without one: script', [task(0, 80), frame(200_000, 10)], [{ ms: 80, frame: false }]],
    [
      'a frame starting after the task is not in it',
      [task(0, 60), frame(60_000, 10)],
      [{ ms: 60, frame: false }],
    ],
    ['another thread’s long task is not the page’s', [task(0, 20), task(0, 300, 2)], []],
  ])('%s', (_label, events, expected) => {
    expect(longTasksOf([...threads, ...events])).toEqual(expected);
  });

  it('reads the busiest renderer main thread when there are several, and none without one', () => {
    const other = [meta(9, 1, 'CrRendererMain'), { ...task(0, 70), pid: 9 }];
    const page = [task(0, 90), task(200_000, 400), frame(210_000, 300)];
    expect(longTasksOf([...threads, ...other, ...page])).toEqual([
      { ms: 90, frame: false },
      { ms: 400, frame: true },
    ]);
    expect(longTasksOf([task(0, 90)])).toEqual([]);
  });
});
