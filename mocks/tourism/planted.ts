/**
 * Bad data planted on every day, so the UI can show how it copes (README.md lists it):
 *  - presence: one negative count; one second report of a cell under another id;
 *  - flows: one unknown origin code, one destination outside the prefecture, and on
 *    Saturdays hourly flows for a busy pair that overlap that pair's daily flow.
 */
import type { NgsiEntity } from '../broker';
import { property, sharedProperty } from './attrs';
import { weekdayOf } from './calendar';
import { dayPeriod, flowEntity, flowId, type FlowFields } from './flows';
import { PRESENCE_ORIGINS } from './origins';
import { presenceEntity, presenceId } from './presence';

const originIndex = (key: string): number => PRESENCE_ORIGINS.findIndex((o) => o.key === key);

/** Ojika, 03:00, US visitors: count -3 (replaces the cell if it was sent). */
export const NEGATIVE_CELL = { code: '42383', hour: 3, origin: 'US', count: -3 } as const;
/** Nagasaki, 12:00, Fukuoka visitors: sent again with the 6-digit code and a larger count. */
export const DUPLICATED_CELL = {
  code: '42201',
  code6: '422011',
  hour: 12,
  origin: 'JP-40',
} as const;

export const UNKNOWN_CODE_FLOWS = [
  { origin: '42999', destination: '42201', count: 42 },
  { origin: '42201', destination: '43201', count: 57 },
] as const;

/** Saturdays: hourly arrivals of Fukuoka day-trippers by road in Nagasaki, 07–19 h. */
export const HOURLY_PAIR = {
  origin: '40',
  destination: '42201',
  category: 'domestic',
  stay: 'dayTrip',
  mode: 'road',
} as const;
// prettier-ignore
const ARRIVAL_HOURS: ReadonlyArray<[number, number]> = [
  [7, 0.04], [8, 0.09], [9, 0.14], [10, 0.16], [11, 0.14], [12, 0.1], [13, 0.09],
  [14, 0.08], [15, 0.06], [16, 0.04], [17, 0.03], [18, 0.02], [19, 0.01],
];

/** Adds the planted presence entities to a day's list (in place) and returns it. */
export function plantPresence(date: string, list: NgsiEntity[]): NgsiEntity[] {
  const dateAttr = sharedProperty(date);
  const negative = presenceEntity(NEGATIVE_CELL.code, {
    locationCode: NEGATIVE_CELL.code,
    date,
    dateAttr,
    hour: NEGATIVE_CELL.hour,
    origin: originIndex(NEGATIVE_CELL.origin),
    count: NEGATIVE_CELL.count,
  });
  const at = list.findIndex((e) => e.id === negative.id);
  if (at >= 0) list[at] = negative;
  else list.push(negative);

  const d = DUPLICATED_CELL;
  const original = list.find((e) => e.id === presenceId(d.code, date, d.hour, d.origin));
  const value = original?.visitorCount;
  const count =
    value && typeof value === 'object' && !Array.isArray(value) && typeof value.value === 'number'
      ? Math.round(value.value * 1.08) + 3
      : 25;
  list.push(
    presenceEntity(d.code6, {
      locationCode: d.code6,
      date,
      dateAttr,
      hour: d.hour,
      origin: originIndex(d.origin),
      count,
    }),
  );
  return list;
}

/** Adds the planted flows to a day's list (in place) and returns it. */
export function plantFlows(date: string, list: NgsiEntity[]): NgsiEntity[] {
  const { from, to } = dayPeriod(date);
  for (const bad of UNKNOWN_CODE_FLOWS)
    list.push(
      flowEntity({
        ...bad,
        period: date,
        from,
        to,
        category: 'domestic',
        stay: 'dayTrip',
        mode: 'road',
      }),
    );
  if (weekdayOf(date) !== 6) return list;
  const daily = list.find((e) => e.id === flowId({ ...HOURLY_PAIR, period: date }));
  const total = daily?.visitorCount;
  const dailyCount =
    total && typeof total === 'object' && !Array.isArray(total) && typeof total.value === 'number'
      ? total.value
      : 0;
  for (const [hour, share] of ARRIVAL_HOURS) {
    const count = Math.round(dailyCount * share);
    if (count < 10) continue;
    const fields: FlowFields = {
      ...HOURLY_PAIR,
      period: `${date}T${String(hour).padStart(2, '0')}`,
      from: property(`${date}T${String(hour).padStart(2, '0')}:00:00+09:00`),
      to: property(`${date}T${String(hour + 1).padStart(2, '0')}:00:00+09:00`),
      count,
    };
    list.push(flowEntity(fields));
  }
  return list;
}
