/** Writes a set of entity states to the broker: only what changed; removes what is gone. */
import type { Broker } from '../broker';
import { entityUpdate, type RealTimeOf, type WireSpec } from './wire';

export interface SyncCounts {
  written: number;
  removed: number;
}

/** The states last written, per id: the driver's mirror of what the broker holds. */
export type Written<S> = Map<string, S>;

export function writeOne<S extends { id: string }>(
  broker: Broker,
  tenant: string | undefined,
  spec: WireSpec<S>,
  state: S,
  written: Written<S>,
  time: RealTimeOf,
): number {
  const fragment = entityUpdate(spec, state, written.get(state.id), time);
  written.set(state.id, state);
  if (!fragment) return 0;
  broker.upsert(fragment, { tenant });
  return 1;
}

/** Syncs a complete set: entities not in `states` are removed from the broker. */
export function syncAll<S extends { id: string }>(
  broker: Broker,
  tenant: string | undefined,
  spec: WireSpec<S>,
  states: readonly S[],
  written: Written<S>,
  time: RealTimeOf,
): SyncCounts {
  let count = 0;
  const ids = new Set<string>();
  for (const s of states) {
    ids.add(s.id);
    count += writeOne(broker, tenant, spec, s, written, time);
  }
  let removed = 0;
  for (const id of written.keys()) {
    if (ids.has(id)) continue;
    broker.remove(id, tenant);
    written.delete(id);
    removed++;
  }
  return { written: count, removed };
}
