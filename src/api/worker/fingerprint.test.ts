import { describe, expect, it } from 'vitest';
import { createFingerprint } from './fingerprint';

/** A value's JSON text, fingerprinted. */
const fingerprintOf = (value: unknown) =>
  createFingerprint()
    .text(JSON.stringify(value) ?? '')
    .digest();

describe('createFingerprint', () => {
  it.each<[string, unknown, unknown, boolean]>([
    ['equal values', { a: [1, 2] }, { a: [1, 2] }, true],
    ['a changed number', { a: [1, 2] }, { a: [1, 3] }, false],
    ['swapped items', [1, 2], [2, 1], false],
    ['one more item', [1, 2], [1, 2, 3], false],
  ])('%s', (_label, a, b, same) => {
    expect(fingerprintOf(a) === fingerprintOf(b)).toBe(same);
  });
});
