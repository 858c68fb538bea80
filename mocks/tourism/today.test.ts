import { describe, expect, it } from 'vitest';
import type { NgsiEntity } from '../broker';
import { flowsOfDay, presenceOfDay } from './day';
import { arrivalShare, flowsSoFar, fullHoursToday, presenceSoFar } from './today';
import { TOURISM_SEED } from './day';

const DATE = '2025-08-10';
const at = (hhmm: string) => Date.parse(`${DATE}T${hhmm}:00+09:00`);
const value = (e: NgsiEntity, attr: string) => (e[attr] as { value: unknown }).value;

describe('fullHoursToday and arrivalShare', () => {
  it.each([
    ['00:00', 0, 0],
    ['00:59', 0, 0],
    ['07:00', 7, 1 / 12],
    ['15:20', 15, 0.75],
    ['18:00', 18, 1],
    ['23:59', 23, 1],
  ])('%s: %d full hours, share %d', (hhmm, hours, share) => {
    expect(fullHoursToday(at(hhmm))).toBe(hours);
    expect(arrivalShare(hours)).toBeCloseTo(share, 10);
  });
});

describe('presenceSoFar', () => {
  const day = presenceOfDay(DATE, TOURISM_SEED);
  it.each([
    ['00:30', 0],
    ['15:20', 15],
    ['23:59', 23],
  ])('at %s: exactly the cells of hours before %d', (hhmm, hours) => {
    const got = presenceSoFar(day, at(hhmm));
    expect(got).toEqual(day.filter((e) => Number(value(e, 'hour')) < hours));
    expect(got.every((e) => Number(value(e, 'hour')) < hours)).toBe(true);
  });
});

describe('flowsSoFar', () => {
  const day = flowsOfDay(DATE, TOURISM_SEED);
  const daily = (e: NgsiEntity) =>
    Date.parse(String(value(e, 'dateObservedTo'))) -
      Date.parse(String(value(e, 'dateObservedFrom'))) >=
    22 * 3_600_000;

  it('nothing before arrivals begin, the whole day from 18:00 (daily flows unchanged)', () => {
    expect(flowsSoFar(day, at('05:30')).filter(daily)).toEqual([]);
    expect(flowsSoFar(day, at('18:10')).filter(daily)).toEqual(day.filter(daily));
  });

  it('at 12:00: half of each daily count, those under 10 left out, the day left untouched', () => {
    const before = JSON.stringify(day);
    const got = new Map(flowsSoFar(day, at('12:00')).map((e) => [e.id, e]));
    for (const e of day.filter(daily)) {
      const count = value(e, 'visitorCount');
      if (typeof count !== 'number') continue;
      const half = Math.round(count * 0.5);
      if (half < 10) expect(got.has(e.id)).toBe(false);
      else expect(value(got.get(e.id)!, 'visitorCount')).toBe(half);
    }
    expect(JSON.stringify(day)).toBe(before);
  });
});
