/** Helpers for the tourism feed's tests (only tests import this). */
import { isJsonObject, type NgsiEntity } from '../broker';
import { parseFlow, parsePresence } from '../../src/api/entities/tourism';
import { flattenEntity } from '../../src/api/ngsi/representation/entity';

/** An attribute's value in a normalized entity (undefined when absent). */
export function valueOf(entity: NgsiEntity, attr: string): unknown {
  const a = entity[attr];
  return isJsonObject(a) ? a.value : undefined;
}

/** The published count: a number, or null when suppressed. */
export function countOf(entity: NgsiEntity): number | null {
  const v = valueOf(entity, 'visitorCount');
  return typeof v === 'number' ? v : null;
}

/** Sum of the published counts of the entities that pass `keep`. */
export function total(entities: readonly NgsiEntity[], keep: (e: NgsiEntity) => boolean): number {
  let sum = 0;
  for (const e of entities) if (keep(e)) sum += countOf(e) ?? 0;
  return sum;
}

/** The reason the app's parser rejects an entity, or undefined when it accepts it. */
export function rejection(raw: unknown): string | undefined {
  const flat = flattenEntity(raw);
  if (!flat.ok) return flat.reason;
  const parsed =
    flat.entity.type === 'TouristFlowObserved'
      ? parseFlow(flat.entity)
      : parsePresence(flat.entity);
  return parsed.ok ? undefined : parsed.reason;
}
