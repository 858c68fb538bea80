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

const optionalText = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * The shape nearly every attribute has: a Property or GeoProperty with a value. Read without
 * zod, which costs tens of microseconds per attribute and dominated parsing of a full feed;
 * anything else takes the schema path below.
 */
export function fastProperty(value: Record<string, unknown>): FlatAttr | undefined {
  const type = value['type'];
  if ((type !== 'Property' && type !== 'GeoProperty') || !Object.hasOwn(value, 'value'))
    return undefined;
  return withMeta(type, plainValue(value['value']), {
    observedAt: optionalText(value['observedAt']),
    unitCode: optionalText(value['unitCode']),
    datasetId: optionalText(value['datasetId']),
  });
}

/** Reads one instance object; undefined when it claims to be one but is malformed. */
export function parseInstance(value: Record<string, unknown>): FlatAttr | undefined {
  return fastProperty(value) ?? schemaInstance(value);
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
