import { describe, expect, it } from 'vitest';
import { flattenEntity } from './entity';
import type { FlatAttr, RepresentationHint } from './flat-types';

const ID = 'urn:ngsi-ld:EvacuationShelter:E4220100001111';
const T = '2026-09-01T10:00:00Z';
const point = { type: 'Point', coordinates: [129.87, 32.75] };
const address = { addressRegion: '長崎県', addressLocality: '長崎市', streetAddress: '桜町2-22' };
const P = (value: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Property',
  value,
  ...extra,
});

type Case = [
  name: string,
  member: unknown,
  hint: RepresentationHint | undefined,
  expected: FlatAttr | undefined,
];

// One attribute at a time; `undefined` expected = the attribute is dropped (and listed).
// One case per line reads as a table, hence no automatic formatting here.
// prettier-ignore
const cases: Case[] = [
  // normalized
  ['Property with observedAt', P(120, { observedAt: T }), undefined, { kind: 'Property', value: 120, observedAt: T }],
  ['Property with unitCode and datasetId', P(3, { unitCode: 'C62', datasetId: 'urn:d:1' }), undefined, { kind: 'Property', value: 3, unitCode: 'C62', datasetId: 'urn:d:1' }],
  ['null value survives (suppressed count)', P(null), undefined, { kind: 'Property', value: null }],
  ['NGSI-LD null sentinel', P('urn:ngsi-ld:null'), undefined, { kind: 'Property', value: null }],
  ['JSON-LD DateTime literal is unwrapped', P({ '@type': 'DateTime', '@value': T }), undefined, { kind: 'Property', value: T }],
  ['structured value', P(address), undefined, { kind: 'Property', value: address }],
  ['Relationship', { type: 'Relationship', object: 'urn:ngsi-ld:DisasterEvent:1' }, undefined, { kind: 'Relationship', value: 'urn:ngsi-ld:DisasterEvent:1' }],
  ['multi-object Relationship', { type: 'Relationship', object: ['urn:a', 'urn:b'] }, undefined, { kind: 'Relationship', value: ['urn:a', 'urn:b'] }],
  ['ListRelationship', { type: 'ListRelationship', objectList: [{ object: 'urn:a' }] }, undefined, { kind: 'Relationship', value: [{ object: 'urn:a' }] }],
  ['GeoProperty', { type: 'GeoProperty', value: point }, undefined, { kind: 'GeoProperty', value: point }],
  ['LanguageProperty', { type: 'LanguageProperty', languageMap: { ja: '長崎市', en: 'Nagasaki' } }, undefined, { kind: 'LanguageProperty', value: { ja: '長崎市', en: 'Nagasaki' } }],
  ['ListProperty', { type: 'ListProperty', valueList: [1, 2] }, undefined, { kind: 'ListProperty', value: [1, 2] }],
  ['JsonProperty', { type: 'JsonProperty', json: { a: { b: 1 } } }, undefined, { kind: 'JsonProperty', value: { a: { b: 1 } } }],
  ['VocabProperty', { type: 'VocabProperty', vocab: 'open' }, undefined, { kind: 'VocabProperty', value: 'open' }],
  ['non-string observedAt is ignored, not fatal', P(1, { observedAt: 5 }), undefined, { kind: 'Property', value: 1 }],
  ['Property without value is dropped', { type: 'Property', observedAt: T }, undefined, undefined],
  ['Relationship without object is dropped', { type: 'Relationship', value: 'urn:x' }, undefined, undefined],
  ['Relationship with a numeric object is dropped', { type: 'Relationship', object: 5 }, undefined, undefined],
  // concise
  ['concise value with observedAt', { value: 'open', observedAt: T }, 'concise', { kind: 'Property', value: 'open', observedAt: T }],
  ['concise relationship', { object: 'urn:ngsi-ld:DisasterEvent:1' }, 'concise', { kind: 'Relationship', value: 'urn:ngsi-ld:DisasterEvent:1' }],
  ['concise bare number', 42, 'concise', { kind: 'Property', value: 42 }],
  ['concise bare geometry', point, 'concise', { kind: 'GeoProperty', value: point }],
  ['concise geometry in value', { value: point, observedAt: T }, undefined, { kind: 'GeoProperty', value: point, observedAt: T }],
  ['concise languageMap', { languageMap: { ja: '開設中' } }, undefined, { kind: 'LanguageProperty', value: { ja: '開設中' } }],
  // keyValues
  ['keyValues string', '長崎市立桜町小学校', 'keyValues', { kind: 'Property', value: '長崎市立桜町小学校' }],
  ['keyValues null (suppressed count)', null, 'keyValues', { kind: 'Property', value: null }],
  ['keyValues geometry', point, 'keyValues', { kind: 'GeoProperty', value: point }],
  ['keyValues JapaneseAddress stays a value', address, 'keyValues', { kind: 'Property', value: address }],
  ['keyValues PostalAddress with a type member', { type: 'PostalAddress', addressLocality: '長崎市' }, undefined, { kind: 'Property', value: { type: 'PostalAddress', addressLocality: '長崎市' } }],
  ['keyValues object with a value key stays whole', { value: 3, unit: 'm' }, 'keyValues', { kind: 'Property', value: { value: 3, unit: 'm' } }],
  ['keyValues DateTime literal is unwrapped', { '@type': 'DateTime', '@value': T }, 'keyValues', { kind: 'Property', value: T }],
  ['string array (hazardTypes) is a value', ['flood', 'tsunami'], undefined, { kind: 'Property', value: ['flood', 'tsunami'] }],
  ['string array with the keyValues hint', ['flood'], 'keyValues', { kind: 'Property', value: ['flood'] }],
  ['empty array is a value', [], undefined, { kind: 'Property', value: [] }],
  ['array of geometries is a value', [point, point], undefined, { kind: 'Property', value: [point, point] }],
  ['mixed array is a value', [P(1), 'x'], undefined, { kind: 'Property', value: [P(1), 'x'] }],
  ['geometry with bad coordinates is not geo', { type: 'Point', coordinates: 'x' }, undefined, { kind: 'Property', value: { type: 'Point', coordinates: 'x' } }],
  // multi-attributes
  ['multi: default instance wins over a later one',
    [P(10, { datasetId: 'urn:ds:sensor', observedAt: '2026-09-01T12:00:00Z' }), P(7, { observedAt: '2026-09-01T09:00:00Z' })],
    undefined, { kind: 'Property', value: 7, observedAt: '2026-09-01T09:00:00Z' }],
  // Compared as instants, not strings: 11:00+09:00 is 02:00Z, earlier than 09:00Z.
  ['multi: no default → latest observedAt',
    [P(1, { datasetId: 'urn:ds:a', observedAt: '2026-09-01T03:00:00Z' }), P(2, { datasetId: 'urn:ds:b', observedAt: '2026-09-01T11:00:00+09:00' }), P(3, { datasetId: 'urn:ds:c', observedAt: '2026-09-01T09:00:00Z' })],
    undefined, { kind: 'Property', value: 3, datasetId: 'urn:ds:c', observedAt: '2026-09-01T09:00:00Z' }],
  ['multi: no times → first', [{ value: 'a', datasetId: 'urn:ds:a' }, { value: 'b', datasetId: 'urn:ds:b' }], 'concise', { kind: 'Property', value: 'a', datasetId: 'urn:ds:a' }],
  ['multi: malformed instances skipped',
    [{ type: 'Relationship', datasetId: 'urn:ds:a' }, { type: 'Relationship', object: 'urn:b', datasetId: 'urn:ds:b' }],
    undefined, { kind: 'Relationship', value: 'urn:b', datasetId: 'urn:ds:b' }],
  ['multi: all malformed → dropped', [{ type: 'Property' }, { type: 'Property' }], undefined, undefined],
  ['multi under the keyValues hint stays an array value', [{ value: 1 }], 'keyValues', { kind: 'Property', value: [{ value: 1 }] }],
];

describe('flattenEntity, one attribute per representation', () => {
  it.each(cases)('%s', (_name, member, hint, expected) => {
    const result = flattenEntity({ id: ID, type: 'EvacuationShelter', attr: member }, hint);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entity.attrs['attr']).toEqual(expected);
    expect(result.entity.droppedAttrs).toEqual(expected === undefined ? ['attr'] : []);
  });
});
