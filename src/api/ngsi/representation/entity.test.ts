import { describe, expect, it } from 'vitest';
import { flattenEntity, keyValuesEntity, memberValue } from './entity';
import type { FlatAttr, RepresentationHint } from './flat-types';

const ID = 'urn:ngsi-ld:EvacuationShelter:E4220100001111';
const point = { type: 'Point', coordinates: [129.87, 32.75] };

function attrsOf(raw: unknown, hint?: RepresentationHint): Record<string, FlatAttr> {
  const result = flattenEntity(raw, hint);
  if (!result.ok) throw new Error(`expected ok, got ${result.reason}`);
  return result.entity.attrs;
}

describe('flattenEntity whole entities', () => {
  it('reads the same shelter identically in all three representations', () => {
    const normalized = {
      id: ID,
      type: 'EvacuationShelter',
      '@context': ['https://example.org/context.jsonld'],
      openingStatus: { type: 'Property', value: 'open', observedAt: '2026-09-01T10:00:00Z' },
      evacueeTotal: { type: 'Property', value: 120, observedAt: '2026-09-01T10:00:00Z' },
      location: { type: 'GeoProperty', value: point },
      project: { type: 'Relationship', object: 'urn:ngsi-ld:DisasterEvent:1' },
    };
    const concise = {
      id: ID,
      type: 'EvacuationShelter',
      openingStatus: { value: 'open', observedAt: '2026-09-01T10:00:00Z' },
      evacueeTotal: { value: 120, observedAt: '2026-09-01T10:00:00Z' },
      location: point,
      project: { object: 'urn:ngsi-ld:DisasterEvent:1' },
    };
    const keyValues = {
      id: ID,
      type: 'EvacuationShelter',
      openingStatus: 'open',
      evacueeTotal: 120,
      location: point,
      project: 'urn:ngsi-ld:DisasterEvent:1',
    };
    const values = (hint: RepresentationHint, raw: unknown) =>
      Object.fromEntries(Object.entries(attrsOf(raw, hint)).map(([k, a]) => [k, a.value]));
    const expected = {
      openingStatus: 'open',
      evacueeTotal: 120,
      location: point,
      project: 'urn:ngsi-ld:DisasterEvent:1',
    };
    expect(values('normalized', normalized)).toEqual(expected);
    expect(values('concise', concise)).toEqual(expected);
    expect(values('keyValues', keyValues)).toEqual(expected);
    expect(attrsOf(normalized)['project']?.kind).toBe('Relationship');
    expect(attrsOf(concise)['project']?.kind).toBe('Relationship');
    expect(attrsOf(normalized)['location']?.kind).toBe('GeoProperty');
  });

  it('ignores @context, system times and scope; keeps multi-typed entities', () => {
    const result = flattenEntity({
      id: ID,
      type: ['EvacuationShelter', 'Building'],
      '@context': 'https://example.org/ctx.jsonld',
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
      scope: '/Nagasaki',
      name: { type: 'Property', value: '桜町小' },
    });
    expect(result).toEqual({
      ok: true,
      entity: {
        id: ID,
        type: 'EvacuationShelter',
        types: ['EvacuationShelter', 'Building'],
        attrs: { name: { kind: 'Property', value: '桜町小' } },
        droppedAttrs: [],
      },
    });
  });

  it('accepts @id/@type', () => {
    const result = flattenEntity({ '@id': ID, '@type': 'EvacuationShelter' });
    expect(result.ok && result.entity.id).toBe(ID);
  });
});

describe('flattenEntity garbage', () => {
  const garbage: Array<[string, unknown, string]> = [
    ['null', null, 'entity is not a JSON object'],
    ['undefined', undefined, 'entity is not a JSON object'],
    ['number', 42, 'entity is not a JSON object'],
    ['string', 'urn:x', 'entity is not a JSON object'],
    ['array', [{ id: ID, type: 'X' }], 'entity is not a JSON object'],
    ['missing id', { type: 'EvacuationShelter' }, 'missing or invalid id'],
    ['empty id', { id: '', type: 'EvacuationShelter' }, 'missing or invalid id'],
    ['numeric id', { id: 7, type: 'EvacuationShelter' }, 'missing or invalid id'],
    ['missing type', { id: ID }, 'missing or invalid type'],
    ['empty type list', { id: ID, type: [] }, 'missing or invalid type'],
    ['object type', { id: ID, type: { a: 1 } }, 'missing or invalid type'],
  ];
  it.each(garbage)('%s', (_name, raw, reason) => {
    expect(flattenEntity(raw)).toEqual({ ok: false, reason });
  });

  it('drops prototype-pollution keys and pollutes nothing', () => {
    const raw: unknown = JSON.parse(
      `{"id":"${ID}","type":"X","__proto__":{"type":"Property","value":{"polluted":true}},` +
        `"constructor":{"type":"Property","value":1},"prototype":2,"name":"ok"}`,
    );
    const result = flattenEntity(raw);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.entity.attrs)).toEqual(['name']);
    expect(Object.getPrototypeOf(result.entity.attrs)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('does not throw on deeply odd members', () => {
    const raw = {
      id: ID,
      type: 'X',
      a: undefined,
      b: () => 1,
      c: Symbol('s'),
      d: [[[]]],
      e: { type: 42 },
    };
    expect(() => flattenEntity(raw)).not.toThrow();
  });
});

describe('keyValuesEntity and memberValue: keyValues read in place', () => {
  // Members of every kind a keyValues answer can hold, and names that are not attributes.
  const raw = JSON.parse(`{
    "id": "${ID}", "type": "EvacuationShelter", "@context": "https://example.org/ctx.jsonld",
    "createdAt": "2026-01-01T00:00:00Z", "modifiedAt": "2026-01-02T00:00:00Z", "scope": "/a",
    "deletedAt": "2026-01-03T00:00:00Z", "@id": "urn:other",
    "name": "公民館", "evacueeTotal": 12, "petsAccepted": false, "suppliesNeeded": ["毛布"],
    "location": {"type": "Point", "coordinates": [129.87, 32.75]},
    "address": {"addressRegion": "長崎県", "value": "not a wrapper in keyValues"},
    "openedAt": {"@type": "DateTime", "@value": "2026-01-01T09:00:00+09:00"},
    "maxCapacity": "urn:ngsi-ld:null", "statusLabel": null,
    "__proto__": {"polluted": true}, "constructor": "x", "prototype": "y"
  }`) as Record<string, unknown>;
  const names = [...Object.keys(raw), 'absent', 'toString', 'hasOwnProperty'];

  it.each(names)('%s reads as flattenEntity reads it in keyValues', (name) => {
    const kv = keyValuesEntity(raw);
    expect(kv.ok).toBe(true);
    const expected = attrsOf(raw, 'keyValues')[name]?.value;
    expect(kv.ok && memberValue(kv.entity.values, name)).toEqual(expected);
  });

  it('identifies the entity as flattenEntity does, and refuses what it refuses', () => {
    const kv = keyValuesEntity(raw);
    const flat = flattenEntity(raw, 'keyValues');
    expect(kv.ok && flat.ok && [kv.entity.id, kv.entity.types]).toEqual(
      flat.ok && [flat.entity.id, flat.entity.types],
    );
    for (const bad of [null, [], 'x', { type: 'T' }, { id: '', type: 'T' }, { id: 'urn:x' }])
      expect(keyValuesEntity(bad)).toEqual(flattenEntity(bad, 'keyValues'));
  });
});
