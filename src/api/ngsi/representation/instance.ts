/** One attribute instance in normalized (`{type, value}`) or concise (`{value}`) form. */
import * as z from '../../../domain/zod';
import type { FlatAttr } from './flat-types';
import { isGeometry } from './geojson';
import { plainValue } from './value';

// Metadata that is not a string is treated as absent instead of failing the attribute.
const text = z.catch(z.optional(z.string()), undefined);
const meta = { observedAt: text, unitCode: text, datasetId: text };
const uris = z.union([z.string(), z.array(z.string())]);
// Copy into an ordinary object: zod's record output has a null prototype.
const languageMap = z.pipe(
  z.record(z.string(), z.unknown()),
  z.transform((map) => Object.fromEntries(Object.entries(map))),
);

const normalized = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Property'), value: z.unknown(), ...meta }),
  z.object({ type: z.literal('GeoProperty'), value: z.unknown(), ...meta }),
  z.object({ type: z.literal('Relationship'), object: uris, ...meta }),
  z.object({ type: z.literal('ListRelationship'), objectList: z.array(z.unknown()), ...meta }),
  z.object({ type: z.literal('LanguageProperty'), languageMap, ...meta }),
  z.object({ type: z.literal('ListProperty'), valueList: z.array(z.unknown()), ...meta }),
  z.object({ type: z.literal('JsonProperty'), json: z.unknown(), ...meta }),
  z.object({ type: z.literal('VocabProperty'), vocab: uris, ...meta }),
]);
type Normalized = z.output<typeof normalized>;

// Concise: the member that carries the value says what the attribute is.
const concise = z.union([
  z.object({ object: uris, ...meta }),
  z.object({ objectList: z.array(z.unknown()), ...meta }),
  z.object({ languageMap, ...meta }),
  z.object({ valueList: z.array(z.unknown()), ...meta }),
  z.object({ json: z.unknown(), ...meta }),
  z.object({ vocab: uris, ...meta }),
  z.object({ value: z.unknown(), ...meta }),
]);
type Concise = z.output<typeof concise>;

const NORMALIZED_TYPES: ReadonlySet<unknown> = new Set([
  'Property',
  'GeoProperty',
  'Relationship',
  'ListRelationship',
  'LanguageProperty',
  'ListProperty',
  'JsonProperty',
  'VocabProperty',
]);
const CONCISE_KEYS = [
  'value',
  'object',
  'objectList',
  'languageMap',
  'valueList',
  'json',
  'vocab',
] as const;

/** Whether an object claims to be an attribute instance (as opposed to a structured value). */
export function looksLikeInstance(value: Record<string, unknown>): boolean {
  return (
    NORMALIZED_TYPES.has(value['type']) || CONCISE_KEYS.some((key) => Object.hasOwn(value, key))
  );
}

function withMeta(
  kind: FlatAttr['kind'],
  value: unknown,
  m: { observedAt?: string; unitCode?: string; datasetId?: string },
): FlatAttr {
  const attr: FlatAttr = { kind, value };
  if (m.observedAt !== undefined) attr.observedAt = m.observedAt;
  if (m.unitCode !== undefined) attr.unitCode = m.unitCode;
  if (m.datasetId !== undefined) attr.datasetId = m.datasetId;
  return attr;
}

function fromNormalized(n: Normalized): FlatAttr {
  switch (n.type) {
    case 'Property':
    case 'GeoProperty':
      return withMeta(n.type, plainValue(n.value), n);
    case 'Relationship':
      return withMeta('Relationship', n.object, n);
    case 'ListRelationship':
      return withMeta('Relationship', n.objectList, n);
    case 'LanguageProperty':
      return withMeta('LanguageProperty', n.languageMap, n);
    case 'ListProperty':
      return withMeta('ListProperty', n.valueList, n);
    case 'JsonProperty':
      return withMeta('JsonProperty', n.json, n);
    case 'VocabProperty':
      return withMeta('VocabProperty', n.vocab, n);
  }
}

function fromConcise(c: Concise): FlatAttr {
  if ('object' in c) return withMeta('Relationship', c.object, c);
  if ('objectList' in c) return withMeta('Relationship', c.objectList, c);
  if ('languageMap' in c) return withMeta('LanguageProperty', c.languageMap, c);
  if ('valueList' in c) return withMeta('ListProperty', c.valueList, c);
  if ('json' in c) return withMeta('JsonProperty', c.json, c);
  if ('vocab' in c) return withMeta('VocabProperty', c.vocab, c);
  const value = plainValue(c.value);
  return withMeta(isGeometry(value) ? 'GeoProperty' : 'Property', value, c);
}

/**
 * The shape nearly every attribute has: a Property or GeoProperty with a value. Read without
 * zod, which costs tens of microseconds per attribute and dominated parsing of a full feed;
 * anything else takes the schema path below.
 */
export function fastProperty(value: Record<string, unknown>): FlatAttr | undefined {
  const type = value['type'];
  if ((type !== 'Property' && type !== 'GeoProperty') || !Object.hasOwn(value, 'value'))
    return undefined;
  return fastMeta({ kind: type, value: plainValue(value['value']) }, value);
}

/**
 * `withMeta` for the fast paths, the metadata read from the instance itself (no object in
 * between: this runs once per attribute of every entity): text kept, anything else left out.
 */
function fastMeta(attr: FlatAttr, instance: Record<string, unknown>): FlatAttr {
  const observedAt = instance['observedAt'];
  const unitCode = instance['unitCode'];
  const datasetId = instance['datasetId'];
  if (typeof observedAt === 'string') attr.observedAt = observedAt;
  if (typeof unitCode === 'string') attr.unitCode = unitCode;
  if (typeof datasetId === 'string') attr.datasetId = datasetId;
  return attr;
}

/**
 * A normalized Relationship to one entity (`{type: 'Relationship', object: 'urn:…'}`), read as
 * the schema path reads it: the object as is, metadata that is not text left out. Every
 * overlay shelter and evacuation order has one; undefined for any other shape (an object
 * that is a list, or not text), which the schema path then judges.
 */
export function fastRelationship(value: Record<string, unknown>): FlatAttr | undefined {
  if (value['type'] !== 'Relationship' || !Object.hasOwn(value, 'object')) return undefined;
  const object = value['object'];
  if (typeof object !== 'string') return undefined;
  return fastMeta({ kind: 'Relationship', value: object }, value);
}

/** `fastProperty`, else `fastRelationship`: the shapes read without zod. */
export function fastInstance(value: Record<string, unknown>): FlatAttr | undefined {
  return fastProperty(value) ?? fastRelationship(value);
}

/** Reads one instance object; undefined when it claims to be one but is malformed. */
export function parseInstance(value: Record<string, unknown>): FlatAttr | undefined {
  return fastInstance(value) ?? schemaInstance(value);
}

/** The instance forms `fastProperty` does not read, by their schemas. */
export function schemaInstance(value: Record<string, unknown>): FlatAttr | undefined {
  if (NORMALIZED_TYPES.has(value['type'])) {
    const n = normalized.safeParse(value);
    return n.success ? fromNormalized(n.data) : undefined;
  }
  const c = concise.safeParse(value);
  return c.success ? fromConcise(c.data) : undefined;
}
