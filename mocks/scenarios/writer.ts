/**
 * Writes the scenario state at a storm minute to the broker, sending only what changed since
 * the last write; keeps a mirror of what the broker holds (for the status endpoint).
 */
import type { Broker } from '../broker';
import { DUPLICATE, invalidTwinOf } from './bad-data';
import { lastReport } from './curve';
import { cycleTime } from './cycle';
import { eventAt, type EventState } from './event';
import { evacuationInformationAt, type EvacuationInfoState } from './evacuation-information';
import { overlayAt, type OverlayOptions, type OverlayState } from './overlay';
import { seedPlans } from './plans';
import { evacuationInfoSpec, eventSpec, overlaySpec } from './specs';
import { duplicateAt } from './state';
import { syncAll, writeOne, type Written } from './sync';
import type { RealTimeOf } from './wire';

export interface WriteCounts {
  written: number;
  removed: number;
}

export interface StateWriter {
  /** Brings the broker to the state at storm minute `t`. */
  write(t: number): WriteCounts;
  readonly events: ReadonlyMap<string, EventState>;
  readonly infos: ReadonlyMap<string, EvacuationInfoState>;
  readonly overlays: ReadonlyMap<string, OverlayState>;
}

export function createStateWriter(
  broker: Broker,
  tenant: string | undefined,
  seed: number,
  opts: OverlayOptions,
  time: RealTimeOf,
): StateWriter {
  const plans = seedPlans(seed);
  const active = opts.badData ? [...plans.masters, ...plans.temporary] : plans.masters;
  const events: Written<EventState> = new Map();
  const infos: Written<EvacuationInfoState> = new Map();
  const overlays: Written<OverlayState> = new Map();
  // The report each overlay was last evaluated at.
  const seen = new Map<string, number>();

  function writeOverlays(t: number): WriteCounts {
    let written = 0;
    // A shelter's state only changes at its own reports: skip the others (9 in 10 at speed 60).
    for (const plan of active) {
      const report = lastReport(t, plan.phase);
      if (seen.get(plan.id) === report) continue;
      seen.set(plan.id, report);
      const state = overlayAt(seed, plan, t, opts);
      written += writeOne(broker, tenant, overlaySpec, state, overlays, time);
      // The relay's copy goes out with the report it copies: the same observedAt.
      const twin = opts.badData ? invalidTwinOf(state) : undefined;
      if (twin) written += writeOne(broker, tenant, overlaySpec, twin, overlays, time);
    }
    const duplicate = opts.badData ? duplicateAt(seed, t, opts) : undefined;
    if (duplicate)
      return {
        written: written + writeOne(broker, tenant, overlaySpec, duplicate, overlays, time),
        removed: 0,
      };
    // Jumped back before the legacy feed froze: it was never sent yet.
    if (!overlays.delete(DUPLICATE.id)) return { written, removed: 0 };
    broker.remove(DUPLICATE.id, tenant);
    return { written, removed: 1 };
  }

  return {
    write(t) {
      const { cycle, minute } = cycleTime(t);
      const current = eventAt(cycle, minute);
      const evs = cycle > 0 ? [eventAt(cycle - 1, Infinity), current] : [current];
      const counts = [
        syncAll(broker, tenant, eventSpec, evs, events, time),
        syncAll(
          broker,
          tenant,
          evacuationInfoSpec,
          evacuationInformationAt(seed, cycle, minute),
          infos,
          time,
        ),
        writeOverlays(t),
      ];
      return {
        written: counts.reduce((n, c) => n + c.written, 0),
        removed: counts.reduce((n, c) => n + c.removed, 0),
      };
    },
    events,
    infos,
    overlays,
  };
}
