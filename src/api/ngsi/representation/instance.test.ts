import { describe, expect, it } from 'vitest';
import { fastInstance, fastRelationship, schemaInstance } from './instance';

const URN = 'urn:ngsi-ld:DisasterEvent:1';
const T = '2026-09-01T10:00:00Z';

type Member = Record<string, unknown>;
// Members as JSON.parse delivers them (own keys only, `__proto__` an ordinary key).
const json = (text: string) => JSON.parse(text) as Member;
// Not from JSON: `object` on the prototype, which the schema path reads and the fast one not.
const inherited = Object.create({ object: URN }) as Member;
inherited['type'] = 'Relationship';

// prettier-ignore
const members: Array<[string, Member]> = [
  ['plain', { type: 'Relationship', object: URN }],
  ['with metadata', { type: 'Relationship', object: URN, observedAt: T, unitCode: 'C62', datasetId: 'urn:d:1' }],
  ['metadata that is not text', { type: 'Relationship', object: URN, observedAt: 5, unitCode: null, datasetId: ['a'] }],
  ['extra members', { type: 'Relationship', object: URN, value: 3, providedBy: { type: 'Relationship', object: 'urn:p' } }],
  ['empty object', { type: 'Relationship', object: '' }],
  ['null sentinel as object', { type: 'Relationship', object: 'urn:ngsi-ld:null' }],
  ['object list', { type: 'Relationship', object: [URN, 'urn:b'] }],
  ['object list with a number', { type: 'Relationship', object: [URN, 1] }],
  ['numeric object', { type: 'Relationship', object: 5 }],
  ['null object', { type: 'Relationship', object: null }],
  ['value object as object', { type: 'Relationship', object: { '@value': URN } }],
  ['no object', { type: 'Relationship', value: URN }],
  ['__proto__ member', json(`{"type":"Relationship","object":"${URN}","__proto__":{"observedAt":"${T}"}}`)],
  ['inherited object', inherited],
  ['ListRelationship', { type: 'ListRelationship', objectList: [{ object: URN }] }],
  ['Property', { type: 'Property', value: 3, observedAt: T }],
  ['concise relationship', { object: URN }],
];

describe('fastRelationship', () => {
  it.each(members)('%s: reads as the schema path does, or leaves it to it', (_, member) => {
    const fast = fastRelationship(member);
    if (fast !== undefined) expect(fast).toStrictEqual(schemaInstance(member));
  });

  it.each(members)('%s: fastInstance, when it reads, reads as the schema path', (_, member) => {
    const fast = fastInstance(member);
    if (fast !== undefined) expect(fast).toStrictEqual(schemaInstance(member));
  });

  it('reads every Relationship to one entity itself', () => {
    const read = members.filter(([, m]) => fastRelationship(m) !== undefined).map(([n]) => n);
    expect(read).toEqual([
      'plain',
      'with metadata',
      'metadata that is not text',
      'extra members',
      'empty object',
      'null sentinel as object',
      '__proto__ member',
    ]);
  });

  it('reads the plain forms itself', () => {
    expect(fastRelationship({ type: 'Relationship', object: URN, observedAt: T })).toStrictEqual({
      kind: 'Relationship',
      value: URN,
      observedAt: T,
    });
    expect(fastRelationship({ type: 'Relationship', object: [URN] })).toBeUndefined();
    expect(fastRelationship(inherited)).toBeUndefined();
  });
});
