import { isJsonObject, type JsonValue } from './json';

/** Name of the Property an inflated answer adds to every entity. */
export const PADDING_ATTRIBUTE = 'remarks';

// ASCII, so characters and bytes agree when the size is checked.
const FILLER = 'Remarks: none recorded for this facility. ';
/** Characters the padding Property adds besides its text: `,"remarks":{"type":"Property","value":""}`. */
const WRAPPER = JSON.stringify({ [PADDING_ATTRIBUTE]: { type: 'Property', value: '' } }).length - 1;

/**
 * An oversized answer (fault `inflate`): every entity of a list gets a long free-text
 * Property, so the serialised list is about `factor` times its real size. Anything but a
 * non-empty list of objects, or a factor of 1 or less, is returned unchanged.
 */
export function inflateEntities(body: JsonValue, factor: number): JsonValue {
  if (!Array.isArray(body) || body.length === 0 || !(factor > 1)) return body;
  const size = JSON.stringify(body).length;
  const perEntity = Math.max(0, Math.ceil(((factor - 1) * size) / body.length) - WRAPPER);
  const text = FILLER.repeat(Math.ceil(perEntity / FILLER.length)).slice(0, perEntity);
  return body.map((entity) =>
    isJsonObject(entity)
      ? { ...entity, [PADDING_ATTRIBUTE]: { type: 'Property', value: text } }
      : entity,
  );
}
