import { describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  daysBetween,
  formatJstDateTime,
  hourStartMs,
  isJstDate,
  jstDateOf,
  jstDayStartMs,
  jstHourOf,
  jstWallClock,
} from './jst';

const utc = (iso: string) => Date.parse(iso);

describe('jstDayStartMs', () => {
  it.each<[string, string]>([
    ['2026-08-01', '2026-07-31T15:00:00Z'],
    ['2024-02-29', '2024-02-28T15:00:00Z'],
    ['2026-01-01', '2025-12-31T15:00:00Z'],
  ])('%s starts at %s', (date, iso) => {
    expect(jstDayStartMs(date)).toBe(utc(iso));
  });

  it.each(['2026-02-30', '2026-8-1', '', '2026-08-01T00:00'])('rejects %j', (date) => {
    expect(() => jstDayStartMs(date)).toThrow(RangeError);
    expect(isJstDate(date)).toBe(false);
  });
});

describe('jstDateOf / jstHourOf / hourStartMs / formatJstDateTime', () => {
  it.each<[string, string, number, string]>([
    ['2026-07-31T15:00:00Z', '2026-08-01', 0, '2026-08-01 00:00'],
    ['2026-07-31T14:59:59.999Z', '2026-07-31', 23, '2026-07-31 23:59'],
    ['2026-08-01T04:30:00Z', '2026-08-01', 13, '2026-08-01 13:30'],
    ['2025-12-31T15:00:00Z', '2026-01-01', 0, '2026-01-01 00:00'],
    ['1969-12-31T00:00:00Z', '1969-12-31', 9, '1969-12-31 09:00'],
  ])('%s', (iso, date, hour, text) => {
    const ms = utc(iso);
    expect(jstDateOf(ms)).toBe(date);
    expect(jstHourOf(ms)).toBe(hour);
    expect(formatJstDateTime(ms)).toBe(text);
    expect(jstHourOf(hourStartMs(ms))).toBe(hour);
    expect(ms - hourStartMs(ms)).toBeLessThan(3_600_000);
  });
});

describe('jstWallClock', () => {
  it.each<[string, string]>([
    ['2026-08-10T04:05:09.999Z', '2026-08-10T13:05:09'],
    ['2026-07-31T15:00:00Z', '2026-08-01T00:00:00'],
    ['2025-12-31T14:59:59Z', '2025-12-31T23:59:59'],
  ])('%s reads %s in Japan', (iso, wall) => {
    expect(jstWallClock(utc(iso))).toBe(wall);
  });
});

describe('addDays / addYears', () => {
  it.each<[string, number, string]>([
    ['2026-08-01', 1, '2026-08-02'],
    ['2026-08-01', -1, '2026-07-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-05-03', -364, '2025-05-04'],
    ['2026-05-03', 0, '2026-05-03'],
  ])('addDays(%s, %i) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ['2026-05-03', -1, '2025-05-03'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2024-02-29', -4, '2020-02-29'],
    ['2025-03-01', -1, '2024-03-01'],
    ['2025-12-31', 1, '2026-12-31'],
  ])('addYears(%s, %i) = %s', (date, n, expected) => {
    expect(addYears(date, n)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each<[string, string, string[]]>([
    ['2026-08-01', '2026-08-01', ['2026-08-01']],
    ['2026-02-27', '2026-03-02', ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']],
    ['2026-08-02', '2026-08-01', []],
  ])('%s..%s', (from, to, expected) => {
    expect(daysBetween(from, to)).toEqual(expected);
  });

  it('a quarter has 92 days from May to July', () => {
    expect(daysBetween('2026-05-01', '2026-07-31')).toHaveLength(92);
  });
});
