import { describe, expect, it } from 'vitest';
import { addCell, addCount, addTotal, emptyTotal, hasData, shareOf } from './total';
import { total } from './test-data';
import { ABSENT, SUPPRESSED, type Total } from '../../../domain/tourism-days';

describe('addCell / addCount / addTotal', () => {
  it.each<[string, number[], Total]>([
    ['nothing', [], total(null)],
    ['absent only: no data', [ABSENT, ABSENT], total(null)],
    ['suppressed only: not zero', [SUPPRESSED, SUPPRESSED], total(null, 2)],
    ['a published zero', [0], total(0)],
    ['mixed', [5, SUPPRESSED, ABSENT, 7], total(12, 1)],
  ])('cells: %s', (_label, cells, expected) => {
    const acc = emptyTotal();
    for (const c of cells) addCell(acc, c);
    expect(acc).toEqual(expected);
  });

  it.each<[string, Array<number | null>, Total]>([
    ['null is suppressed', [null], total(null, 1)],
    ['mixed', [3, null, 4], total(7, 1)],
  ])('counts: %s', (_label, counts, expected) => {
    const acc = emptyTotal();
    for (const c of counts) addCount(acc, c);
    expect(acc).toEqual(expected);
  });

  it.each<[string, Total[], Total]>([
    ['no data stays no data', [total(null), total(null)], total(null)],
    ['suppressed add up', [total(null, 1), total(null, 2)], total(null, 3)],
    ['values add up', [total(1, 1), total(null, 1), total(2)], total(3, 2)],
  ])('totals: %s', (_label, totals, expected) => {
    const acc = emptyTotal();
    for (const t of totals) addTotal(acc, t);
    expect(acc).toEqual(expected);
  });
});

describe('hasData / shareOf', () => {
  it.each<[Total, boolean]>([
    [total(null), false],
    [total(null, 1), true],
    [total(0), true],
  ])('hasData(%j) = %s', (t, expected) => {
    expect(hasData(t)).toBe(expected);
  });

  it.each<[number | null, number | null, number | null]>([
    [1, 4, 0.25],
    [0, 4, 0],
    [null, 4, null],
    [1, null, null],
    [0, 0, null],
  ])('shareOf(%s, %s) = %s', (part, whole, expected) => {
    expect(shareOf(part, whole)).toBe(expected);
  });
});
