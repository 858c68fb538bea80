/**
 * Per-tick cost and history size of a drill, on a fake clock (no waiting):
 *   node --expose-gc --import tsx mocks/scenarios/bench.ts [speed=60] [real hours=2] [scenario]
 * Ticks once per simulated real second, as the browser and the HTTP server do. The heap is
 * measured after a forced GC when --expose-gc is given.
 */
import { createDefaultBroker } from '../fixtures/load';
import { createScenarioDriver } from './driver';
import { drillScenarioOf } from './names';

const [speed = 60, hours = 2] = process.argv.slice(2, 4).map(Number);
const scenario = drillScenarioOf(process.argv[4] ?? 'typhoon');
let now = Date.UTC(2026, 8, 1, 0, 0);
const broker = createDefaultBroker();

/** Counts instances through a filter that keeps everything: no copy, unlike snapshot(). */
function historySize(): number {
  let n = 0;
  broker.compactHistory((list) => {
    n += list.length;
    return list;
  });
  return n;
}

function heapMb(): string {
  globalThis.gc?.();
  return (process.memoryUsage().heapUsed / 1e6).toFixed(0);
}

const began = performance.now();
const driver = createScenarioDriver(broker, {
  scenario,
  speed,
  tickMs: 0,
  clock: { now: () => now },
});
console.log(`start (first write + prefill): ${(performance.now() - began).toFixed(0)} ms`);
console.log(`history after prefill: ${historySize()} instances, heap ${heapMb()} MB`);

const ticks: number[] = [];
const compactions: number[] = [];
let written = 0;
for (let s = 1; s <= hours * 3600; s++) {
  now += 1000;
  const stats = driver.tick();
  (stats.compacted > 0 ? compactions : ticks).push(stats.ms);
  written += stats.written;
  if (s % 3600 === 0) {
    console.log(`hour ${s / 3600}: history ${historySize()} instances, heap ${heapMb()} MB`);
  }
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]?.toFixed(2) ?? '-';
console.log(
  `ticks: median ${pct(ticks, 0.5)} ms, p95 ${pct(ticks, 0.95)} ms, p99 ${pct(ticks, 0.99)} ms, ` +
    `max ${pct(ticks, 1)} ms; ${(written / ticks.length).toFixed(1)} entities written per tick`,
);
console.log(`compactions: median ${pct(compactions, 0.5)} ms, max ${pct(compactions, 1)} ms`);
driver.stop();
