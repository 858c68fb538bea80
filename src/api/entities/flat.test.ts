import { describe, expect, it } from 'vitest';
import { keyValuesEntity } from '../ngsi/representation/entity';
import { memberOf, valueOf, valuesOf, type FlatEntityLike } from './flat';

const members: Record<string, unknown> = JSON.parse(
  JSON.stringify({
    id: 'urn:x',
    type: 'T',
    scope: 'a',
    createdAt: '2026-01-01T00:00:00Z',
    '@context': 'c',
    hour: 3,
    nothing: null,
    sentinel: 'urn:ngsi-ld:null',
    typed: { '@type': 'DateTime', '@value': '2026-01-01T00:00:00Z' },
    list: [1, 2],
  }),
) as Record<string, unknown>;
// A key that reaches a prototype, as JSON.parse delivers it.
Object.assign(members, JSON.parse('{"__proto__": 1}') as object);

function entityOf(raw: unknown): FlatEntityLike {
  const r = keyValuesEntity(raw);
  if (!r.ok) throw new Error(r.reason);
  return r.entity;
}

describe('memberOf', () => {
  const entity = entityOf(members);
  const names = [...Object.keys(members), 'absent', 'toString', 'constructor', 'prototype'];

  it.each(names)('reads %s as valueOf does', (name) => {
    expect(memberOf(entity, name, entity.values?.[name])).toEqual(valueOf(entity, name));
  });

  it('reads a normalized entity through its attributes', () => {
    const flat: FlatEntityLike = { id: 'urn:x', type: 'T', attrs: { hour: { value: 3 } } };
    expect(memberOf(flat, 'hour', undefined)).toBe(3);
  });
});

describe('valuesOf', () => {
  const flat: FlatEntityLike = {
    id: 'urn:x',
    type: 'T',
    attrs: {
      hour: { value: 3 },
      zero: { value: 0 },
      empty: { value: '' },
      nothing: { value: null },
      unset: { value: undefined },
      absent: undefined,
      list: { value: [1, 2] },
      object: { value: { a: 1 } },
    },
  };
  const names = [...Object.keys(flat.attrs), 'missing', 'toString', 'constructor', '__proto__'];

  it('holds what valueOf reads of each name, and the id', () => {
    const expected: Record<string, unknown> = { id: 'urn:x' };
    for (const name of names) {
      const v = valueOf(flat, name);
      if (v !== undefined) expected[name] = v;
    }
    expect(valuesOf(flat, names)).toStrictEqual(expected);
  });
});
