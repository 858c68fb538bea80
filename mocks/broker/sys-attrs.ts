import { ENTITY_CORE_KEYS, isJsonObject, type JsonValue, type NgsiEntity } from './json';
import type { EntityTimes, SystemTimes } from './store';

const stamp = (value: JsonValue, times: SystemTimes): JsonValue =>
  isJsonObject(value)
    ? { ...value, createdAt: times.createdAt, modifiedAt: times.modifiedAt }
    : value;

/**
 * `options=sysAttrs` (NGSI-LD §4.8): `createdAt` and `modifiedAt` on the entity and on each
 * attribute (every instance of a multi-attribute). Call after projecting `attrs`, before
 * choosing the representation (keyValues keeps only the entity's own). Entities without
 * recorded times (a virtual source's) are returned as they are: the mock never invents a time.
 */
export function withSystemAttributes(
  entity: NgsiEntity,
  times: EntityTimes | undefined,
): NgsiEntity {
  if (!times) return entity;
  const out: NgsiEntity = { id: entity.id, type: entity.type };
  for (const [key, value] of Object.entries(entity)) {
    if (ENTITY_CORE_KEYS.has(key)) {
      out[key] = value;
      continue;
    }
    const own = times.attrs.get(key) ?? times;
    out[key] = Array.isArray(value) ? value.map((v) => stamp(v, own)) : stamp(value, own);
  }
  out.createdAt = times.createdAt;
  out.modifiedAt = times.modifiedAt;
  return out;
}
