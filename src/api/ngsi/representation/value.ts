import { isRecord } from './record';

/** NGSI-LD 1.8's null sentinel. */
const NGSI_LD_NULL = 'urn:ngsi-ld:null';

const VALUE_OBJECT_KEYS: ReadonlySet<string> = new Set(['@value', '@type', '@language']);

/**
 * JSON-LD value object, as brokers emit typed literals: {"@type":"DateTime","@value":"…"}.
 * Checked by hand: this runs once per attribute of every entity of every poll.
 */
function isValueObject(value: Record<string, unknown>): boolean {
  if (!Object.hasOwn(value, '@value')) return false;
  for (const key of Object.keys(value)) {
    if (!VALUE_OBJECT_KEYS.has(key)) return false;
    if (key !== '@value' && typeof value[key] !== 'string') return false;
  }
  return true;
}

/** A value with JSON-LD literal wrappers removed and the null sentinel read as null. */
export function plainValue(value: unknown): unknown {
  const inner = isRecord(value) && isValueObject(value) ? value['@value'] : value;
  return inner === NGSI_LD_NULL ? null : inner;
}
