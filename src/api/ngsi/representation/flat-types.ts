/**
 * The representation-independent shape handed to entity schemas (src/api/entities): one value
 * per attribute, whether the broker answered normalized, concise or keyValues.
 */
export const ATTRIBUTE_KINDS = [
  'Property',
  'GeoProperty',
  'Relationship',
  'LanguageProperty',
  'ListProperty',
  'JsonProperty',
  'VocabProperty',
] as const;
export type AttrKind = (typeof ATTRIBUTE_KINDS)[number] | 'unknown';

export interface FlatAttr {
  /**
   * The attribute's value: `value` of a Property/GeoProperty, `object` of a Relationship
   * (a URI, or URIs for a multi-object one), `languageMap`, `valueList`, `json`, `vocab`.
   * JSON-LD value objects (`{"@type":"DateTime","@value":…}`) are unwrapped; `null` and
   * NGSI-LD's `"urn:ngsi-ld:null"` arrive as `null` (e.g. a privacy-suppressed count).
   */
  value: unknown;
  observedAt?: string;
  unitCode?: string;
  datasetId?: string;
  /**
   * What the payload said the attribute is. A bare value (keyValues, or concise without
   * sub-attributes) is reported as `Property` — in keyValues a Relationship's URI looks the
   * same and cannot be told apart — except a GeoJSON geometry, which is a `GeoProperty`.
   */
  kind: AttrKind;
}

export interface FlatEntity {
  id: string;
  /** The first type; see `types` for multi-typed entities (NGSI-LD 1.5+). */
  type: string;
  types: string[];
  attrs: Record<string, FlatAttr>;
  /** Attributes present but unreadable (e.g. a Relationship without `object`), by name. */
  droppedAttrs: string[];
}

/** One raw entity read: the entity, or why it is not one. */
export type EntityRead<E> = { ok: true; entity: E } | { ok: false; reason: string };

export type FlattenResult = EntityRead<FlatEntity>;

/** An entity with its members kept as sent, read one at a time when asked for: `attrs` is empty. */
export interface UnreadEntity {
  id: string;
  type: string;
  types: string[];
  attrs: Readonly<Record<string, never>>;
}

/**
 * A keyValues entity as sent: no wrapper per attribute. `values` holds the members; each is
 * read by `memberValue`, which applies the same rules `flattenEntity` does.
 */
export interface KeyValuesEntity extends UnreadEntity {
  values: Readonly<Record<string, unknown>>;
}

export type KeyValuesResult = EntityRead<KeyValuesEntity>;

/**
 * A normalized or concise entity as sent: no attribute is read until asked for. `members`
 * holds the members; each is read by `memberAttribute`, the rule `flattenEntity` applies to
 * all of them. Only for parsers that read values alone, never metadata.
 */
export interface LazyEntity extends UnreadEntity {
  members: Readonly<Record<string, unknown>>;
}

export type LazyResult = EntityRead<LazyEntity>;

/**
 * The representation the query asked for. Only `keyValues` changes the reading: there, an
 * object is always a value (a JapaneseAddress with a `value` key stays whole) and arrays are
 * never multi-attributes. Otherwise the shape of each attribute decides.
 */
export type RepresentationHint = 'normalized' | 'concise' | 'keyValues';
