import { describe, expect, it } from 'vitest';
import { parseQ } from '../broker/q/parse';
import { dateOfDay } from './calendar';
import { daysIn, daysOfQuery, type DateAttribute } from './date-bounds';

const PRESENCE: DateAttribute[] = [{ name: 'dateObserved', widen: [0, 0] }];
const FLOWS: DateAttribute[] = [
  { name: 'dateObservedFrom', widen: [0, 0] },
  { name: 'dateObservedTo', widen: [-1, 0] },
];

/** The day set as readable date ranges; "open" when unbounded. */
function days(q: string, attrs = PRESENCE): string[] | 'open' {
  const set = daysOfQuery(parseQ(q), attrs);
  if (!Number.isFinite(daysIn(set))) return 'open';
  return set.map(([lo, hi]) => (lo === hi ? dateOfDay(lo) : `${dateOfDay(lo)}..${dateOfDay(hi)}`));
}

describe('days a q can match', () => {
  it.each([
    ['dateObserved=="2026-08-01"', ['2026-08-01']],
    ['dateObserved==2026-08-01', ['2026-08-01']],
    ['dateObserved>="2026-08-01";dateObserved<"2026-08-02"', ['2026-08-01']],
    ['dateObserved>="2026-08-01";dateObserved<="2026-08-03"', ['2026-08-01..2026-08-03']],
    ['dateObserved>"2026-08-01";dateObserved<"2026-08-03"', ['2026-08-01..2026-08-02']],
    ['dateObserved=="2026-08-01".."2026-08-07"', ['2026-08-01..2026-08-07']],
    ['dateObserved=="2026-08-01","2026-08-05"', ['2026-08-01', '2026-08-05']],
    ['dateObserved=="2026-08-01"|dateObserved=="2026-08-02"', ['2026-08-01..2026-08-02']],
    [
      '(dateObserved=="2026-08-01"|dateObserved=="2026-09-01");hour==12',
      ['2026-08-01', '2026-09-01'],
    ],
    ['dateObserved=="2026-08-01";dateObserved=="2026-08-02"', []],
    ['dateObserved=="2026-08-01";locationCode=="42201"', ['2026-08-01']],
  ])('%s → %j', (q, expected) => {
    expect(days(q)).toEqual(expected);
  });

  it.each([
    ['dateObserved>="2026-08-01"'],
    ['dateObserved<"2026-08-01"'],
    ['hour==12'],
    ['dateObserved!="2026-08-01"'],
    ['dateObserved~="2026-08"'],
    ['dateObserved=="2026-08-01"|hour==3'],
    ['dateObserved=="not a date"'],
    ['dateObserved.observedAt=="2026-08-01"'],
  ])('%s is open', (q) => {
    expect(days(q)).toBe('open');
  });

  it.each([
    [
      'dateObservedFrom>="2026-08-01T00:00:00+09:00";dateObservedFrom<"2026-08-02T00:00:00+09:00"',
      ['2026-08-01'],
    ],
    // 15:00 UTC is midnight in Japan.
    [
      'dateObservedFrom>="2026-07-31T15:00:00Z";dateObservedFrom<"2026-08-01T15:00:00Z"',
      ['2026-08-01'],
    ],
    [
      'dateObservedFrom>="2026-08-01T12:00:00+09:00";dateObservedFrom<="2026-08-02T01:00:00+09:00"',
      ['2026-08-01..2026-08-02'],
    ],
    ['dateObservedFrom>="2026-08-01";dateObservedFrom<"2026-08-03"', ['2026-08-01..2026-08-02']],
    // A daily flow of day d ends at the midnight starting d + 1: widened by a day before
    // (a superset: only 2026-08-01 ends there, but the broker filters again).
    ['dateObservedTo=="2026-08-02T00:00:00+09:00"', ['2026-08-01..2026-08-02']],
  ])('flows: %s → %j', (q, expected) => {
    expect(days(q, FLOWS)).toEqual(expected);
  });

  it('counts the days of a set, Infinity when open', () => {
    expect(daysIn(daysOfQuery(parseQ('dateObserved=="2026-01-01".."2026-03-31"'), PRESENCE))).toBe(
      90,
    );
    expect(daysIn(daysOfQuery(undefined, PRESENCE))).toBe(Infinity);
  });
});
