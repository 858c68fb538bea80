import { describe, expect, it } from 'vitest';
import { carryMeasure, carryScan, countOf } from './measure';
import type { Measure, NewestScan } from './types';

const okAt = (value: number, at: number): Measure => ({ state: 'ok', value, at });
const fail: Measure = { state: 'failed', error: 'HTTP 503', failedAt: 50 };
const refused: Measure = { state: 'unsupported', status: 403, detail: 'TooManyResults' };

describe('countOf', () => {
  it.each<[Measure, number | undefined]>([
    [okAt(3, 1), 3],
    [{ state: 'stale', value: 0, at: 1, error: 'x', failedAt: 2 }, 0],
    [refused, undefined],
    [{ state: 'unreported' }, undefined],
    [fail, undefined],
  ])('%o → %s', (m, expected) => expect(countOf(m)).toBe(expected));
});

describe('carryMeasure', () => {
  it.each<[string, Measure | undefined, Measure, Measure]>([
    ['first poll fails: failed', undefined, fail, fail],
    ['ok then ok: the new one', okAt(3, 1), okAt(4, 2), okAt(4, 2)],
    [
      'ok then failed: last good, stale',
      okAt(3, 1),
      fail,
      { state: 'stale', value: 3, at: 1, error: 'HTTP 503', failedAt: 50 },
    ],
    [
      'stale then failed again: still the first good value and time',
      { state: 'stale', value: 3, at: 1, error: 'old', failedAt: 20 },
      fail,
      { state: 'stale', value: 3, at: 1, error: 'HTTP 503', failedAt: 50 },
    ],
    ['ok then refused: refused (the broker changed)', okAt(3, 1), refused, refused],
    ['refused then failed: failed', refused, fail, fail],
    [
      'stale then ok: recovered',
      { state: 'stale', value: 3, at: 1, error: 'x', failedAt: 2 },
      okAt(5, 9),
      okAt(5, 9),
    ],
  ])('%s', (_name, previous, next, expected) => {
    expect(carryMeasure(previous, next)).toEqual(expected);
  });
});

describe('carryScan', () => {
  const good: NewestScan = {
    state: 'ok',
    source: 'modifiedAt',
    newest: { '42201': 5 },
    truncated: false,
    at: 1,
  };
  const bad: NewestScan = { state: 'failed', error: 'timeout', failedAt: 9 };
  it.each<[string, NewestScan | undefined, NewestScan, NewestScan]>([
    ['failed first: failed', undefined, bad, bad],
    ['ok then failed: kept, stale', good, bad, { ...good, state: 'stale', error: 'timeout' }],
    ['ok then ok', good, { ...good, at: 2 }, { ...good, at: 2 }],
  ])('%s', (_name, previous, next, expected) => {
    expect(carryScan(previous, next)).toEqual(expected);
  });
});
