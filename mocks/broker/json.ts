/** JSON as stored and served; entities are plain data, never class instances. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An NGSI-LD entity: `id`, `type` and attributes (or arrays of attribute instances). */
export interface NgsiEntity extends JsonObject {
  id: string;
  type: string;
}

export function isNgsiEntity(value: unknown): value is NgsiEntity {
  return isJsonObject(value) && typeof value.id === 'string' && typeof value.type === 'string';
}

/** Keys of an entity that are not attributes. */
export const ENTITY_CORE_KEYS: ReadonlySet<string> = new Set(['id', 'type', '@context', 'scope']);

/** Keys inside an attribute that are not sub-attributes. */
export const ATTRIBUTE_CORE_KEYS: ReadonlySet<string> = new Set([
  'type',
  'value',
  'object',
  'languageMap',
  'observedAt',
  'createdAt',
  'modifiedAt',
  'datasetId',
  'instanceId',
  'unitCode',
]);
