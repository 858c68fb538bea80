import { describe, expect, it } from 'vitest';
import { shareShortText } from './share-text';

/** A string with the same text as `s` but a different identity is not observable in JS, so
 * the test checks what can be: nothing changes in value, and long text is left as it was. */
describe('shareShortText', () => {
  it.each<[string, unknown[], unknown[]]>([
    ['plain fields', [{ kind: 'site', code: '42201' }], [{ kind: 'site', code: '42201' }]],
    ['string lists', [{ hazards: ['flood', 'tsunami'] }], [{ hazards: ['flood', 'tsunami'] }]],
    [
      'numbers and nested objects',
      [{ at: [129.9, 32.7], o: { a: 'x' } }],
      [{ at: [129.9, 32.7], o: { a: 'x' } }],
    ],
    ['not objects', [null, 3, 'text', ['a']], [null, 3, 'text', ['a']]],
    ['long text', [{ name: 'a long shelter name here' }], [{ name: 'a long shelter name here' }]],
  ])('keeps %s equal', (_label, items, expected) => {
    shareShortText(items);
    expect(items).toEqual(expected);
  });

  it('keeps every key, order and count of items', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({
      id: `urn:x:${i}`,
      kind: i % 2 ? 'a' : 'b',
    }));
    const before = JSON.stringify(items);
    shareShortText(items);
    expect(JSON.stringify(items)).toBe(before);
  });
});
