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
  attrs: Record<string, FlatAttrLike | undefined>;
}

/** Plain attribute values, for a zod object schema to validate. */
export function valuesOf(
  entity: FlatEntityLike,
  names: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { id: entity.id };
  for (const name of names) {
    const attr = entity.attrs[name];
    if (attr !== undefined && attr.value !== null) out[name] = attr.value;
  }
  return out;
}
