/**
 * Normalized Property objects. Values that repeat across thousands of entities (codes, hours,
 * dates, enums) are frozen and shared: the broker never mutates what a source hands out (it
 * copies before answering), so one object per distinct value keeps a cached day small.
 */
import type { JsonObject, JsonValue } from '../broker';

/** A fresh `{type: "Property", value}`. */
export const property = (value: JsonValue): JsonObject => ({ type: 'Property', value });

/** A frozen, shareable `{type: "Property", value}`. */
export const sharedProperty = (value: JsonValue): JsonObject =>
  Object.freeze(property(value)) as JsonObject;

/** One shared Property per distinct string value, created on first use. */
export function sharedStrings(): (value: string) => JsonObject {
  const made = new Map<string, JsonObject>();
  return (value) => {
    let attr = made.get(value);
    if (!attr) {
      attr = sharedProperty(value);
      made.set(value, attr);
    }
    return attr;
  };
}

/**
 * Smart Data Models' `dataProvider`, on every entity this mock makes: a dashboard pointed at
 * the mock (in the browser or over HTTP) can tell its users the data is synthetic.
 */
export const SYNTHETIC_PROVIDER = 'synthetic-mock';
export const PROVIDER_ATTR = sharedProperty(SYNTHETIC_PROVIDER);
