/**
 * State → NGSI-LD (normalized). The driver keeps the last state it wrote per entity and sends
 * only the attributes whose value changed, as a merge-upsert fragment; attributes that never
 * change go out once, when the entity is created.
 */
import type { JsonObject, JsonValue, NgsiEntity } from '../broker';

/** Maps a storm minute to the real epoch ms at which the mock produced that state. */
export type RealTimeOf = (stormMinute: number) => number;

export type Primitive = string | number | boolean;

export interface FieldSpec<S> {
  attr: string;
  get: (s: S) => Primitive | undefined;
  /**
   * `time`: the value is a storm minute, sent as a DateTime; `relationship`: an entity id;
   * `json`: JSON text (a list or an object, kept as text so the state stays flat), sent parsed.
   */
  kind?: 'time' | 'relationship' | 'json';
  /** Stamped with observedAt (the state's report time), so it is also recorded as history. */
  observed?: boolean;
  /** Re-sent on every new report while this holds, even unchanged: a live count is re-observed. */
  reported?: (s: S) => boolean;
}

export interface WireSpec<S extends { id: string }> {
  type: string;
  fields: readonly FieldSpec<S>[];
  /** Attributes that never change, sent only when the entity is created. */
  created?: (s: S, time: RealTimeOf) => JsonObject;
  /** Storm minute of the observation behind the state (for observedAt). */
  observedMinute?: (s: S) => number;
}

export const isoAt = (ms: number): string => new Date(ms).toISOString();

export const property = (value: JsonObject[string], observedAt?: string): JsonObject =>
  observedAt === undefined ? { type: 'Property', value } : { type: 'Property', value, observedAt };

function attribute<S>(
  field: FieldSpec<S>,
  value: Primitive,
  time: RealTimeOf,
  observedAt: string | undefined,
): JsonObject {
  if (field.kind === 'relationship') return { type: 'Relationship', object: String(value) };
  const wire: JsonValue =
    field.kind === 'time' && typeof value === 'number'
      ? isoAt(time(value))
      : field.kind === 'json' && typeof value === 'string'
        ? (JSON.parse(value) as JsonValue)
        : value;
  return property(wire, field.observed ? observedAt : undefined);
}

/** The upsert fragment that brings the broker from `previous` to `state`, or undefined. */
export function entityUpdate<S extends { id: string }>(
  spec: WireSpec<S>,
  state: S,
  previous: S | undefined,
  time: RealTimeOf,
): NgsiEntity | undefined {
  const minute = spec.observedMinute?.(state);
  const newReport =
    previous !== undefined && minute !== undefined && minute !== spec.observedMinute?.(previous);
  let observedAt: string | undefined;
  let out: NgsiEntity | undefined;
  for (const field of spec.fields) {
    const value = field.get(state);
    // Merge-upserts cannot delete: an attribute that disappears from the state stays as sent.
    if (value === undefined) continue;
    const changed = previous === undefined || field.get(previous) !== value;
    if (!changed && !(newReport && field.reported?.(state))) continue;
    if (field.observed && observedAt === undefined && minute !== undefined)
      observedAt = isoAt(time(minute));
    out ??= { id: state.id, type: spec.type };
    out[field.attr] = attribute(field, value, time, observedAt);
  }
  if (previous === undefined)
    return { id: state.id, type: spec.type, ...spec.created?.(state, time), ...out };
  return out;
}
