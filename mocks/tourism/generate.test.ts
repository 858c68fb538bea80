import { describe, expect, it } from 'vitest';
import { uniformAt } from '../scenarios/prng';
import { flowsOfDay, presenceOfDay } from './day';
import { unitAt } from './noise';
import { DUPLICATED_CELL, HOURLY_PAIR, NEGATIVE_CELL, UNKNOWN_CODE_FLOWS } from './planted';
import { presenceId } from './presence';
import { countOf, rejection, valueOf } from './testing';

const DATES = ['2024-01-01', '2024-02-29', '2025-05-03', '2025-08-13', '2025-10-08', '2026-02-17'];

describe('determinism', () => {
  it.each(DATES)('%s: the same date gives byte-identical entities', (date) => {
    expect(JSON.stringify(presenceOfDay(date))).toBe(JSON.stringify(presenceOfDay(date)));
    expect(JSON.stringify(flowsOfDay(date))).toBe(JSON.stringify(flowsOfDay(date)));
  });

  it('does not depend on which dates were generated before', () => {
    const forward = DATES.map((d) => JSON.stringify([presenceOfDay(d), flowsOfDay(d)]));
    const backward = [...DATES]
      .reverse()
      .map((d) => JSON.stringify([presenceOfDay(d), flowsOfDay(d)]))
      .reverse();
    expect(backward).toEqual(forward);
  });

  it('does not depend on the time zone of the machine', () => {
    const saved = process.env.TZ;
    const utc = JSON.stringify([presenceOfDay('2025-03-30'), flowsOfDay('2025-03-30')]);
    try {
      for (const tz of ['Pacific/Honolulu', 'Asia/Tokyo', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        expect(JSON.stringify([presenceOfDay('2025-03-30'), flowsOfDay('2025-03-30')])).toBe(utc);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('depends on the seed', () => {
    expect(JSON.stringify(presenceOfDay('2025-06-01', 1))).not.toBe(
      JSON.stringify(presenceOfDay('2025-06-01', 2)),
    );
  });

  it.each([
    [1, 0],
    [0xdeadbeef, 17],
    [42, 6_047],
  ])('unitAt(%i, %i) is uniformAt without the closure', (key, n) => {
    expect(unitAt(key, n)).toBe(uniformAt(key, n));
  });
});

describe('every entity passes the app parsers, except the planted ones', () => {
  it.each(DATES)('%s', (date) => {
    const presence = presenceOfDay(date);
    const flows = flowsOfDay(date);
    const rejected = [...presence, ...flows].filter((e) => rejection(e) !== undefined);
    expect(rejected.map((e) => e.id).sort()).toEqual(
      [
        presenceId(NEGATIVE_CELL.code, date, NEGATIVE_CELL.hour, NEGATIVE_CELL.origin),
        ...UNKNOWN_CODE_FLOWS.map(
          (f) =>
            `urn:ngsi-ld:TouristFlowObserved:${f.origin}:${f.destination}:${date}:domestic:dayTrip:road`,
        ),
      ].sort(),
    );
    expect(rejection(rejected.find((e) => e.type === 'TourismPresenceObserved'))).toMatch(
      /negative/,
    );
    expect(new Set(presence.map((e) => e.id)).size).toBe(presence.length);
    expect(new Set(flows.map((e) => e.id)).size).toBe(flows.length);
  });
});

describe('shape of a day', () => {
  it.each(DATES)('%s: at most 21 × 24 × 12 cells, and a few hundred to 2,000 flows', (date) => {
    const presence = presenceOfDay(date);
    expect(presence.length).toBeGreaterThan(3_000);
    expect(presence.length).toBeLessThanOrEqual(6_048 + 1);
    const flows = flowsOfDay(date);
    expect(flows.length).toBeGreaterThan(300);
    expect(flows.length).toBeLessThan(2_000);
  });

  it.each(DATES)('%s: no published count under 10 (null or left out)', (date) => {
    const counts = [...presenceOfDay(date), ...flowsOfDay(date)]
      .filter((e) => rejection(e) === undefined)
      .map(countOf);
    expect(counts.filter((c) => c !== null && c < 10)).toEqual([]);
    expect(counts.filter((c) => c === null).length).toBeGreaterThan(0);
  });

  it.each(DATES)('%s: normalized attributes, the contract names and dataProvider', (date) => {
    for (const e of presenceOfDay(date).slice(0, 200)) {
      expect(e.aggregationType).toEqual({ type: 'Property', value: 'hourly_sum' });
      expect(valueOf(e, 'dataProvider')).toBe('synthetic-mock');
      expect(valueOf(e, 'dateObserved')).toBe(date);
    }
    for (const e of flowsOfDay(date).slice(0, 200)) {
      expect(valueOf(e, 'dateObservedFrom')).toBe(`${date}T00:00:00+09:00`);
      expect(Object.keys(e).sort()).toEqual(
        [
          'dataProvider',
          'dateObservedFrom',
          'dateObservedTo',
          'destinationCode',
          'id',
          'originCode',
          'stayType',
          'transportMode',
          'type',
          'visitorCategory',
          'visitorCount',
        ].sort(),
      );
    }
  });
});

describe('planted bad data', () => {
  it('reports one presence cell twice, under a 6-digit code and another count', () => {
    const date = '2025-06-04';
    const cell = presenceOfDay(date).filter(
      (e) =>
        String(valueOf(e, 'locationCode')).startsWith(DUPLICATED_CELL.code) &&
        valueOf(e, 'hour') === DUPLICATED_CELL.hour &&
        valueOf(e, 'originPrefectureCode') === '40',
    );
    expect(cell.map((e) => valueOf(e, 'locationCode'))).toEqual(['42201', '422011']);
    expect(countOf(cell[1]!)).not.toBe(countOf(cell[0]!));
  });

  it.each([
    ['2025-06-07', 'Saturday', true],
    ['2025-06-08', 'Sunday', false],
    ['2025-06-04', 'Wednesday', false],
  ])('%s (%s): hourly flows overlapping the daily one: %s', (date, _day, expected) => {
    const pair = flowsOfDay(date).filter(
      (e) =>
        valueOf(e, 'originCode') === HOURLY_PAIR.origin &&
        valueOf(e, 'destinationCode') === HOURLY_PAIR.destination &&
        valueOf(e, 'stayType') === HOURLY_PAIR.stay &&
        valueOf(e, 'transportMode') === HOURLY_PAIR.mode &&
        valueOf(e, 'visitorCategory') === HOURLY_PAIR.category,
    );
    const hourly = pair.filter((e) => !String(valueOf(e, 'dateObservedFrom')).includes('T00:'));
    expect(hourly.length > 0).toBe(expected);
    const daily = pair.find((e) => e.id.includes(`:${date}:`));
    const hourlySum = hourly.reduce((s, e) => s + (countOf(e) ?? 0), 0);
    expect(hourlySum).toBeLessThanOrEqual(countOf(daily!) ?? 0);
    for (const e of hourly)
      expect(
        Date.parse(String(valueOf(e, 'dateObservedTo'))) -
          Date.parse(String(valueOf(e, 'dateObservedFrom'))),
      ).toBe(3_600_000);
  });
});
