import { describe, expect, it } from 'vitest';
import {
  byDate,
  flow,
  flowDay,
  presenceDay,
  range,
  total,
} from '../../../../features/tourism/model/test-data';
import { tourismBriefing, type TourismWeek } from './tourism-briefing';

// This week: 2026-08-24..30; compared: 52 weeks earlier, 2025-08-25..31.
const week: TourismWeek = {
  presence: byDate(
    presenceDay('2026-08-24', [
      ['42201', 10, 'JP-40', 300],
      ['42201', 10, 'KR', 100],
      ['42201', 11, 'JP-40', 200],
      ['42209', 10, 'KR', 500],
      ['42209', 11, 'KR', null],
    ]),
  ),
  flows: byDate(
    flowDay('2026-08-24', [
      flow('2026-08-24', 0, 120, { destinationCode: '42201' }),
      flow('2026-08-24', 0, null, { destinationCode: '42201' }),
      flow('2026-08-24', 0, 80, {
        origin: { kind: 'municipality', code: '42201' },
        destinationCode: '42209',
        mode: 'ferry',
      }),
      flow('2026-08-24', 0, 30, {
        origin: { kind: 'municipality', code: '42209' },
        destinationCode: '42201',
      }),
    ]),
  ),
  range: range('2026-08-24', '2026-08-31'),
};
const before: TourismWeek = {
  presence: byDate(presenceDay('2025-08-25', [['42201', 10, 'JP-40', 250]])),
  flows: byDate(flowDay('2025-08-25', [flow('2025-08-25', 0, 100, { destinationCode: '42201' })])),
  range: range('2025-08-25', '2025-09-01'),
};

describe('tourismBriefing', () => {
  it('a municipality: average presence, arrivals from anywhere, with the change', () => {
    const b = tourismBriefing('42201', week, before);
    // Hours 10 (400) and 11 (200) published: mean 300; a year earlier 250.
    expect([b.average, b.compareAverage, b.averageChange]).toEqual([300, 250, 0.2]);
    // 120 + suppressed from Fukuoka, 30 from Tsushima.
    expect(b.arrivals).toEqual(total(150, 1));
    expect(b.compareArrivals).toEqual(total(100));
    expect(b.arrivalsChange).toBeCloseTo(0.5);
  });

  it('the prefecture: arrivals only from other prefectures', () => {
    const b = tourismBriefing(null, week, null);
    expect(b.arrivals).toEqual(total(120, 1));
    expect([b.compareArrivals, b.arrivalsChange, b.averageChange]).toEqual([null, null, null]);
  });

  it('lists origins, flows in and flows out of the area, biggest first', () => {
    const b = tourismBriefing('42201', week, null);
    // Visitors present per hour, not visitor-hours: Nagasaki published hours 10 and 11, so
    // Fukuoka's 300 + 200 present is 250 an hour and Korea's 100 is 50; together the mean, 300.
    expect(b.topOrigins.map((o) => [o.origin, o.perHour.value, o.share])).toEqual([
      ['JP-40', 250, 500 / 600],
      ['KR', 50, 100 / 600],
    ]);
    expect(b.topOrigins.reduce((s, o) => s + o.perHour.value!, 0)).toBe(b.average);
    expect(b.flowsIn.map((f) => [f.origin.code, f.count, f.suppressed])).toEqual([
      ['40', 120, 1],
      ['42209', 30, 0],
    ]);
    expect(b.flowsOut.map((f) => [f.destination, f.count, f.seaCrossing])).toEqual([
      ['42209', 80, true],
    ]);
  });

  it('a suppressed origin hour keeps "at least" in the per-hour figure', () => {
    // Tsushima: hour 10 Korea 500, hour 11 Korea suppressed: one published hour.
    const b = tourismBriefing('42209', week, null);
    expect(b.topOrigins).toEqual([{ origin: 'KR', perHour: total(500, 1), share: 1 }]);
  });

  it('the prefecture: flows in from other prefectures, flows out between its municipalities', () => {
    const b = tourismBriefing(null, week, null);
    expect(b.flowsIn.map((f) => f.origin.code)).toEqual(['40']);
    expect(b.flowsOut.map((f) => `${f.origin.code}>${f.destination}`)).toEqual([
      '42201>42209',
      '42209>42201',
    ]);
  });

  it('suppressed-only presence is no data, never zero', () => {
    const b = tourismBriefing('42209', week, null, 5);
    // Hour 10 published 500; hour 11 only suppressed: the mean is over published hours.
    expect(b.average).toBe(500);
    expect(tourismBriefing('42202', week, null).average).toBeNull();
  });

  it('keeps at most `limit` rows', () => {
    expect(tourismBriefing(null, week, null, 1).flowsOut).toHaveLength(1);
  });
});
