import { describe, expect, it } from 'vitest';
import {
  boundedText,
  calendarDate,
  dateTimeField,
  nonNegativeInteger,
  oneOf,
  publishedCount,
} from './plain-fields';
import { Invalid, skipped } from './invalid';
import { memo } from './memo';
import { decodeNote } from './notes';
import type { FlatEntityLike } from './flat';

/** The reason a reader throws, or the value it returns. */
function outcome(read: () => unknown): unknown {
  try {
    return read();
  } catch (e) {
    if (e instanceof Invalid) return e.reason;
    throw e;
  }
}

describe('plain field readers', () => {
  it.each<[string, () => unknown, unknown]>([
    ['text', () => boundedText('f', 'ab', 5), 'ab'],
    ['empty text', () => boundedText('f', '', 5), 'f: empty'],
    ['long text', () => boundedText('f', 'abcdef', 5), 'f: longer than 5 characters'],
    ['a number as text', () => boundedText('f', 5, 5), 'f: not a string'],
    ['a count', () => nonNegativeInteger('n', 3), 3],
    ['zero', () => nonNegativeInteger('n', 0), 0],
    ['a negative count', () => nonNegativeInteger('n', -1), 'n: negative'],
    ['a fractional count', () => nonNegativeInteger('n', 1.5), 'n: not an integer'],
    ['infinity', () => nonNegativeInteger('n', Infinity), 'n: not a number'],
    ['a count as text', () => nonNegativeInteger('n', '3'), 'n: not a number'],
    ['a date', () => calendarDate('d', '2024-02-29'), '2024-02-29'],
    ['no such date', () => calendarDate('d', '2025-02-29'), 'd: not a calendar date'],
    [
      'a date-time for a date',
      () => calendarDate('d', '2025-02-01T00:00Z'),
      'd: not a YYYY-MM-DD date',
    ],
    [
      'a zoned time',
      () => dateTimeField('t', '2025-08-01T00:00:00+09:00'),
      Date.parse('2025-07-31T15:00:00Z'),
    ],
    [
      'a time without a zone',
      () => dateTimeField('t', '2025-08-01T00:00:00'),
      't: not a DateTime with a time zone',
    ],
    ['a known value', () => oneOf('k', 'air', ['air', 'rail']), 'air'],
    ['an unknown value', () => oneOf('k', 'boat', ['air', 'rail']), 'k: not a known value'],
  ])('%s', (_label, read, expected) => {
    expect(outcome(read)).toEqual(expected);
  });

  it.each<[string, unknown, number | null | string]>([
    ['absent', undefined, null],
    ['null (suppressed)', null, null],
    ['a count', 7, 7],
    ['broken', -7, 'c: negative'],
  ])('a published count %s', (_label, value, expected) => {
    const entity: FlatEntityLike = {
      id: 'x',
      type: 'T',
      attrs: value === undefined ? {} : { c: { value } },
    };
    expect(outcome(() => publishedCount(entity, 'c'))).toEqual(expected);
  });

  it('names each new message as the notes read it', () => {
    expect(decodeNote('k: not a known value')).toMatchObject({ field: 'k', issue: 'unknownValue' });
    expect(decodeNote('f: not a string')).toMatchObject({ field: 'f', issue: 'notString' });
  });

  it('passes a bug on instead of skipping the entity', () => {
    expect(skipped(new Invalid('f', 'empty'))).toEqual({ ok: false, reason: 'f: empty' });
    expect(() => skipped(new TypeError('bug'))).toThrow('bug');
  });

  it('memoises a check per distinct text, the same answers as without', () => {
    let calls = 0;
    const check = memo((s: string) => {
      calls += 1;
      return s.length > 2 ? undefined : s.length;
    });
    expect([check('a'), check('abc'), check('a'), check('abc')]).toEqual([
      1,
      undefined,
      1,
      undefined,
    ]);
    expect(calls).toBe(2);
  });
});
