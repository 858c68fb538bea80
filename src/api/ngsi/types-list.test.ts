import { describe, expect, it } from 'vitest';
import { parseTypeDetails, parseTypeNames } from './types-list';

describe('parseTypeDetails', () => {
  it.each([
    [
      'an EntityTypeList: names, no attribute information',
      { id: 'urn:ngsi-ld:EntityTypeList:1', type: 'EntityTypeList', typeList: ['A', 'B', 'A'] },
      [{ name: 'A' }, { name: 'B' }],
    ],
    [
      'EntityType objects with attributeNames',
      [
        { id: 'https://x.test/A', type: 'EntityType', typeName: 'A', attributeNames: ['p', 'q'] },
        { id: 'B', type: 'EntityType', attributeNames: [] },
      ],
      [
        { name: 'A', attributeNames: ['p', 'q'] },
        { name: 'B', attributeNames: [] },
      ],
    ],
    [
      'EntityType objects without attributeNames',
      [{ id: 'https://x.test/A', type: 'EntityType', typeName: 'A' }],
      [{ name: 'A' }],
    ],
    ['bare names', ['A', 'B'], [{ name: 'A' }, { name: 'B' }]],
    [
      'malformed attributeNames: treated as not listed',
      [{ typeName: 'A', attributeNames: 'p' }],
      [{ name: 'A' }],
    ],
    [
      'a type listed twice: attributes merged',
      [
        { typeName: 'A', attributeNames: ['p'] },
        { typeName: 'A', attributeNames: ['q', 'p'] },
        { typeName: 'B' },
        { typeName: 'B', attributeNames: ['r'] },
      ],
      [
        { name: 'A', attributeNames: ['p', 'q'] },
        { name: 'B', attributeNames: ['r'] },
      ],
    ],
  ])('%s', (_name, body, expected) => {
    expect(parseTypeDetails(body)).toEqual(expected);
  });

  it.each([
    ['an object without typeList', { types: ['A'] }],
    ['numbers', [1, 2]],
    ['null', null],
  ])('%s: unknown shape', (_name, body) => {
    expect(parseTypeDetails(body)).toBeUndefined();
    expect(parseTypeNames(body)).toBeUndefined();
  });
});
