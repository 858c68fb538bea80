import { isReadMember } from '../ngsi/representation/entity-head';
import { plainValue } from '../ngsi/representation/value';
import { memberAttribute } from '../ngsi/representation/entity';

/**
 * The shape the NGSI-LD representation layer (src/api/ngsi) hands to entity schemas:
 * one value per attribute whatever the representation (normalized, concise, keyValues).
 */
export interface FlatAttrLike {
  value: unknown;
  observedAt?: string;
}
export interface FlatEntityLike {
  id: string;
  type: string;
  /** All types of a multi-typed entity (NGSI-LD 1.6+); `type` is the first. */
  types?: readonly string[];
  attrs: Readonly<Record<string, FlatAttrLike | undefined>>;
  /**
   * A keyValues entity's members as sent (`keyValuesEntity`), read through `valueOf`; its
   * `attrs` are then empty.
   */
  values?: Readonly<Record<string, unknown>>;
  /**
   * A normalized or concise entity's members as sent (`lazyEntity`), each read as an attribute
   * when `valueOf` asks for it; its `attrs` are then empty.
   */
  members?: Readonly<Record<string, unknown>>;
}

/** One attribute's value; `null` (a suppressed or NGSI-LD null value) reads as absent. */
export function valueOf(entity: FlatEntityLike, name: string): unknown {
  const values = entity.values;
  let v: unknown;
  if (values === undefined) {
    const members = entity.members;
    v = members === undefined ? entity.attrs[name]?.value : memberAttribute(members, name)?.value;
  }
  // `memberValue` written out: a call fewer on every field of every entity.
  else v = isReadMember(name) && Object.hasOwn(values, name) ? plainValue(values[name]) : undefined;
  return v === null ? undefined : v;
}

/**
 * `valueOf`, given the keyValues member its caller loaded by a name written out
 * (`entity.values?.hour`): the same reading, for the parsers of the largest feeds. A load by a
 * name written out is cached by V8 at its own site; `valueOf`'s load by a name in a variable is
 * one site shared by every field of every feed, and costs several times more. `loaded` must be
 * `entity.values?.[name]`.
 */
export function memberOf(entity: FlatEntityLike, name: string, loaded: unknown): unknown {
  const values = entity.values;
  if (values === undefined) return valueOf(entity, name);
  // Undefined when loaded: absent, or read as absent by `valueOf` whatever the name.
  if (loaded === undefined || !isReadMember(name) || !Object.hasOwn(values, name)) return undefined;
  const v = plainValue(loaded);
  return v === null ? undefined : v;
}

/** Plain attribute values, for a zod object schema to validate. */
export function valuesOf(
  entity: FlatEntityLike,
  names: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entity.id };
  const attrs = entity.attrs;
  if (entity.values === undefined && entity.members === undefined) {
    // `valueOf` of a flattened entity, written out: a value that is there and not null.
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      const v = attrs[name]?.value;
      if (v !== undefined && v !== null) out[name] = v;
    }
    return out;
  }
  for (const name of names) {
    const v = valueOf(entity, name);
    if (v !== undefined) out[name] = v;
  }
  return out;
}
