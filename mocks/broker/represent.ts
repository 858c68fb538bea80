import {
  ATTRIBUTE_CORE_KEYS,
  ENTITY_CORE_KEYS,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  type NgsiEntity,
} from './json';
import { badRequest } from './problem';

export type Representation = 'normalized' | 'concise' | 'keyValues';

const REPRESENTATIONS: Record<string, Representation> = {
  normalized: 'normalized',
  concise: 'concise',
  keyValues: 'keyValues',
  simplified: 'keyValues',
};

/**
 * Reads `options` (and the newer `format`) into one representation. Other known options are
 * returned for the caller; unknown ones are rejected so a client typo shows up in tests.
 */
export function parseOptions(
  url: URL,
  extra: readonly string[] = [],
): { representation: Representation; flags: Set<string> } {
  const words = [...csv(url.searchParams.get('options')), ...csv(url.searchParams.get('format'))];
  const picked = new Set<Representation>();
  const flags = new Set<string>();
  for (const word of words) {
    const rep = REPRESENTATIONS[word];
    if (rep) picked.add(rep);
    else if (word === 'sysAttrs' || extra.includes(word)) flags.add(word);
    else throw badRequest(`unknown option "${word}"`);
  }
  if (picked.size > 1) throw badRequest(`conflicting representations: ${[...picked].join(', ')}`);
  return { representation: [...picked][0] ?? 'normalized', flags };
}

export function csv(value: string | null): string[] {
  return value === null
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

/** Keeps id, type and the named attributes (all attributes when `attrs` is undefined). */
export function project(entity: NgsiEntity, attrs: ReadonlySet<string> | undefined): NgsiEntity {
  if (!attrs) return entity;
  const out: NgsiEntity = { id: entity.id, type: entity.type };
  for (const [key, value] of Object.entries(entity))
    if (ENTITY_CORE_KEYS.has(key) || attrs.has(key)) out[key] = value;
  return out;
}

export function represent(entity: NgsiEntity, representation: Representation): JsonObject {
  if (representation === 'normalized') return structuredClone(entity);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(entity)) {
    if (ENTITY_CORE_KEYS.has(key)) out[key] = value;
    else out[key] = mapInstances(value, representation === 'keyValues' ? simplify : concise);
  }
  return out;
}

function mapInstances(value: JsonValue, fn: (attr: JsonObject) => JsonValue): JsonValue {
  // An array of attribute objects is a multi-attribute; anything else is passed through.
  if (Array.isArray(value)) return value.map((v) => (isJsonObject(v) ? fn(v) : v));
  return isJsonObject(value) ? fn(value) : value;
}

function simplify(attr: JsonObject): JsonValue {
  return attr.value ?? attr.object ?? attr.languageMap ?? null;
}

/** Concise form (§4.5.18): drop `type`, and drop the wrapper when nothing but the value is left. */
function concise(attr: JsonObject): JsonValue {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(attr)) {
    if (key === 'type') continue;
    out[key] = ATTRIBUTE_CORE_KEYS.has(key) ? value : mapInstances(value, concise);
  }
  const keys = Object.keys(out);
  const value = out.value;
  if (keys.length !== 1 || value === undefined) return out;
  // A plain JSON object value would read as an attribute with sub-attributes, so keep
  // `{value: …}` for it; a GeoJSON geometry is unambiguous and goes bare.
  if (isJsonObject(value) && attr.type !== 'GeoProperty') return out;
  return value;
}
