import { describe, expect, it } from 'vitest';
import { inflateEntities, PADDING_ATTRIBUTE } from './inflate';
import type { JsonValue } from './json';

const list: JsonValue = [
  { id: 'urn:a', type: 'T', n: { type: 'Property', value: 1 } },
  { id: 'urn:b', type: 'T' },
];
const size = (v: JsonValue) => JSON.stringify(v).length;

describe('inflateEntities', () => {
  it.each([2, 10, 30])('pads a list to about %d times its size', (factor) => {
    const out = inflateEntities(list, factor);
    expect(size(out) / size(list)).toBeGreaterThanOrEqual(factor);
    expect(size(out) / size(list)).toBeLessThan(factor * 1.2);
  });

  it('keeps every entity and attribute as it was', () => {
    const out = inflateEntities(list, 5);
    expect(Array.isArray(out) && out.map((e) => Object.keys(e ?? {}))).toEqual([
      ['id', 'type', 'n', PADDING_ATTRIBUTE],
      ['id', 'type', PADDING_ATTRIBUTE],
    ]);
  });

  it.each<[string, JsonValue, number]>([
    ['an empty list', [], 10],
    ['an object', { id: 'urn:a', type: 'T' }, 10],
    ['a factor of 1', list, 1],
    ['a factor below 1', list, 0.5],
    ['NaN', list, Number.NaN],
  ])('leaves %s unchanged', (_name, body, factor) => {
    expect(inflateEntities(body, factor)).toBe(body);
  });
});
