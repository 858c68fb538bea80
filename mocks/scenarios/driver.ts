/**
 * Runs a drill scenario against a broker: at every tick it works out the storm minute from
 * the (injected) clock, and writes to the broker only what changed since the last tick —
 * normalized entities with observedAt, so the broker also records the history. Before the
 * first tick it pre-fills the storm so far (at most `prefillHours`); while running it keeps
 * the history inside a bounded window.
 */
import type { Broker } from '../broker';
import { createCompactor } from './compactor';
import type { HistoryWindow } from './history-window';
import type { DrillScenario, OverlayOptions } from './overlay';
import { seedPlans } from './plans';
import { pastHistory } from './prefill';
import { scenarioStateAt, type ScenarioState } from './state';
import { scenarioStatus, type ScenarioStatus, type TickStats } from './status';
import { Timeline } from './timeline';
import type { RealTimeOf } from './wire';
import { createStateWriter } from './writer';

export const DRILL_DEFAULTS = {
  seed: 202614,
  speed: 60,
  /** A freshly opened page shows an unfolding event: Goto at level 5, Nagasaki at 4. */
  startOffsetMinutes: 18 * 60,
  tickMs: 1000,
  prefillHours: 24,
} as const;

export interface ScenarioDriverOptions {
  scenario?: DrillScenario;
  seed?: number;
  /** Storm minutes per real minute (1 = real time). */
  speed?: number;
  /** Storm minute at which the drill starts. */
  startOffsetMinutes?: number;
  clock?: { now(): number };
  /** Real ms between ticks; 0 = no timer (call tick() yourself). */
  tickMs?: number;
  /** The tenant to write to (the default tenant when absent). */
  tenant?: string;
  /** Plant the documented bad data (default true). */
  badData?: boolean;
  prefillHours?: number;
  /** Default: 26 h kept, the last 6 storm hours (≥ 1 real minute) at full resolution. */
  history?: HistoryWindow;
  /** Default: half the full-resolution window, within 30 s – 5 min. */
  compactEveryMs?: number;
}

export interface ScenarioDriver {
  readonly scenario: DrillScenario;
  readonly seed: number;
  /** Applies the current storm minute now; a no-op when the minute has not changed. */
  tick(): TickStats;
  pause(): void;
  resume(): void;
  setStormMinutes(minutes: number): void;
  setSpeed(speed: number): void;
  stormMinutes(): number;
  /** The pure state at the minute last applied (what the broker holds). */
  state(): ScenarioState;
  status(): ScenarioStatus;
  stop(): void;
}

export function createScenarioDriver(
  broker: Broker,
  options: ScenarioDriverOptions = {},
): ScenarioDriver {
  const scenario = options.scenario ?? 'typhoon';
  const seed = options.seed ?? DRILL_DEFAULTS.seed;
  const clock = options.clock ?? { now: () => Date.now() };
  const tenant = options.tenant;
  const opts: OverlayOptions = { scenario, badData: options.badData ?? true };
  let speed = checkSpeed(options.speed ?? DRILL_DEFAULTS.speed);
  let paused = false;
  const start = Math.max(0, options.startOffsetMinutes ?? DRILL_DEFAULTS.startOffsetMinutes);
  const timeline = new Timeline(start, clock.now(), speed);
  const time: RealTimeOf = (m) => timeline.realTimeOf(m);

  const writer = createStateWriter(broker, tenant, seed, opts, time);
  const compactor = createCompactor(broker, tenant, clock.now(), {
    everyMs: options.compactEveryMs,
    window: options.history,
  });
  let applied = -1;
  let last: TickStats = { stormMinutes: -1, ms: 0, written: 0, removed: 0, compacted: 0 };

  function tick(): TickStats {
    const began = performance.now();
    const now = clock.now();
    const t = Math.floor(timeline.stormAt(now));
    const counts = t !== applied ? writer.write(t) : { written: 0, removed: 0 };
    applied = t;
    const compacted = compactor.maybeRun(now, speed);
    const stats = { stormMinutes: t, ms: performance.now() - began, ...counts, compacted };
    // The status shows the last tick that did something, not the idle ones in between.
    if (stats.written + stats.removed + stats.compacted > 0) last = stats;
    return stats;
  }

  const rebase = (storm: number): void => {
    timeline.rebase(clock.now(), storm, paused ? 0 : speed);
    tick();
  };

  // The drill so far: current state first (entities must exist), then the past before it.
  tick();
  const prefillFrom = Math.max(
    0,
    start - (options.prefillHours ?? DRILL_DEFAULTS.prefillHours) * 60,
  );
  const { masters, temporary } = seedPlans(seed);
  const active = opts.badData ? [...masters, ...temporary] : masters;
  for (const h of pastHistory(seed, active, opts, prefillFrom, start, time))
    broker.appendHistory(h.entityId, h.attribute, h.instances, tenant);

  const tickMs = options.tickMs ?? DRILL_DEFAULTS.tickMs;
  const timer = tickMs > 0 ? setInterval(tick, tickMs) : undefined;
  // Node: a running drill alone must not keep the process (or a test run) alive.
  if (typeof timer === 'object' && 'unref' in timer) timer.unref();

  return {
    scenario,
    seed,
    tick,
    pause() {
      if (paused) return;
      paused = true;
      rebase(timeline.stormAt(clock.now()));
    },
    resume() {
      if (!paused) return;
      paused = false;
      rebase(timeline.stormAt(clock.now()));
    },
    setStormMinutes(minutes) {
      if (!Number.isFinite(minutes) || minutes < 0)
        throw new RangeError(`invalid storm minute ${minutes}`);
      rebase(minutes);
    },
    setSpeed(next) {
      speed = checkSpeed(next);
      compactor.forget();
      rebase(timeline.stormAt(clock.now()));
    },
    stormMinutes: () => timeline.stormAt(clock.now()),
    state: () => scenarioStateAt(seed, Math.max(applied, 0), opts),
    status: () =>
      scenarioStatus({
        scenario,
        seed,
        speed,
        paused,
        badData: opts.badData,
        now: clock.now(),
        applied,
        events: writer.events,
        infos: writer.infos,
        overlays: writer.overlays,
        last,
      }),
    stop() {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}

function checkSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`invalid drill speed ${speed}`);
  return speed;
}
