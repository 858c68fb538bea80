import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayFactor,
  isDayOff,
  isKunchi,
  isLanternFestival,
  jstDateOf,
  LUNAR_NEW_YEAR,
  weekdayOf,
} from './calendar';
import { monthProfile, PROFILE_ATTRIBUTION } from './profile';

const SATURDAY = 1.45 / 0.98;
const SUNDAY = 1.15 / 0.98;
const FRIDAY = 1 / 0.98;

describe('tourism calendar', () => {
  it.each([
    ['2025-06-07', 'Saturday', SATURDAY],
    ['2025-06-08', 'Sunday', SUNDAY],
    ['2025-06-06', 'Friday', FRIDAY],
    ['2025-06-03', 'Tuesday', 0.76 / 0.98],
    ['2025-07-20', 'Sunday before Marine Day', SATURDAY],
    ['2025-07-21', 'Marine Day (Monday)', SUNDAY],
    ['2025-04-28', 'Monday before Shōwa Day', FRIDAY],
    ['2025-05-05', 'Children’s Day, before a substitute holiday', SATURDAY],
    ['2025-05-06', 'substitute holiday, the last day off', SUNDAY],
    ['2025-08-13', 'Obon (Wednesday)', SATURDAY],
    ['2025-12-30', 'New Year break (Tuesday)', SATURDAY],
  ])('%s (%s): factor %d', (date, _name, factor) => {
    expect(dayFactor(date)).toBeCloseTo(factor, 10);
  });

  it('averages about 1 over a year, so annual totals hold', () => {
    let sum = 0;
    for (let i = 0; i < 365; i++) sum += dayFactor(addDays('2025-01-01', i));
    expect(sum / 365).toBeGreaterThan(0.97);
    expect(sum / 365).toBeLessThan(1.05);
  });

  it.each(Object.entries(LUNAR_NEW_YEAR))('Lantern Festival %s: 15 days from %s', (_y, start) => {
    expect(isLanternFestival(addDays(start, -1))).toBe(false);
    expect(isLanternFestival(start)).toBe(true);
    expect(isLanternFestival(addDays(start, 14))).toBe(true);
    expect(isLanternFestival(addDays(start, 15))).toBe(false);
  });

  it.each([
    ['2025-10-06', false],
    ['2025-10-07', true],
    ['2025-10-09', true],
    ['2025-10-10', false],
  ])('Kunchi on %s: %s', (date, expected) => {
    expect(isKunchi(date)).toBe(expected);
  });

  it.each([
    [Date.parse('2025-08-09T14:59:59Z'), '2025-08-09'],
    [Date.parse('2025-08-09T15:00:00Z'), '2025-08-10'],
  ])('JST date of %i is %s', (ms, date) => {
    expect(jstDateOf(ms)).toBe(date);
  });

  it('knows weekdays and days off without the local zone', () => {
    expect(weekdayOf('2026-01-01')).toBe(4);
    expect(isDayOff('2026-01-01')).toBe(true);
    expect(isDayOff('2026-01-06')).toBe(false);
  });
});

describe('profile from the guest-night statistics', () => {
  it('has 12 seasonality indices averaging 1, August the highest, with attribution', () => {
    const months = Array.from({ length: 12 }, (_, i) => monthProfile(i + 1));
    const mean = months.reduce((s, m) => s + m.seasonality, 0) / 12;
    expect(mean).toBeCloseTo(1, 3);
    expect(Math.max(...months.map((m) => m.seasonality))).toBe(monthProfile(8).seasonality);
    expect(PROFILE_ATTRIBUTION).toContain('観光庁『宿泊旅行統計調査』');
  });

  it.each([1, 8])('month %i: domestic shares sum to 1, Fukuoka or Tokyo first', (month) => {
    const shares = monthProfile(month).prefectureShares;
    const values = Object.values(shares);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
    const top = Object.entries(shares).sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(['40', '13']).toContain(top);
  });
});
