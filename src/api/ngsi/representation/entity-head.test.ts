import { describe, expect, it } from 'vitest';
import { isAttributeName, isReadMember } from './entity-head';
import { isSafeKey } from './record';

// prettier-ignore
const names = [
  'id', 'type', 'scope', 'createdAt', 'modifiedAt', 'deletedAt', '@context', '@id', '@type', '@',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' id',
  'ID', 'name', 'location', 'evacueeTotal', 'a@b', '＠context', '\u0000',
];

describe('isReadMember', () => {
  it.each(names)('%j as isAttributeName and isSafeKey together', (name) => {
    expect(isReadMember(name)).toBe(isAttributeName(name) && isSafeKey(name));
  });
});
