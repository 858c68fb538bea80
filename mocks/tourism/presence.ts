/**
 * TourismPresenceObserved for one JST day: one entity per (municipality, hour, origin), 21 ×
 * 24 × 12 cells, normalized. Counts under 10 are suppressed: the cell is left out, or (about a
 * third of them) sent with `visitorCount: null`. The planted bad data is added by planted.ts.
 */
import type { JsonObject, NgsiEntity } from '../broker';
import { SIX_DIGIT_AREAS } from './areas';
import { PROVIDER_ATTR, property, sharedProperty, sharedStrings } from './attrs';
import { areaDays } from './daily';
import { hashKey, jitterAt, unitAt } from './noise';
import { PRESENCE_ORIGINS } from './origins';

export const PRESENCE_TYPE = 'TourismPresenceObserved';
export const SUPPRESSION_THRESHOLD = 10;
/** Share of suppressed cells sent with a null count; the others are left out. */
const NULL_SHARE = 0.3;
const CELL_NOISE = 0.1;

// Share of the day's day-trippers, and of its overnight guests, present in each JST hour.
// prettier-ignore
const DAY_TRIP_HOURS = [
  0, 0, 0, 0, 0, 0, 0.03, 0.1, 0.25, 0.5, 0.75, 0.9,
  1, 1, 0.95, 0.85, 0.7, 0.5, 0.3, 0.18, 0.1, 0.05, 0.02, 0,
];
// prettier-ignore
const OVERNIGHT_HOURS = [
  0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.9, 0.8, 0.7, 0.65, 0.6,
  0.6, 0.6, 0.6, 0.65, 0.75, 0.85, 0.9, 0.95, 0.95, 0.95, 0.95, 0.95,
];

const hh = (hour: number): string => String(hour).padStart(2, '0');

export const presenceId = (code5: string, date: string, hour: number, origin: string): string =>
  `urn:ngsi-ld:${PRESENCE_TYPE}:${code5}:${date}:${hh(hour)}:${origin}`;

const HOURS = DAY_TRIP_HOURS.map((_, h) => sharedProperty(h));
const NATIONALITIES = PRESENCE_ORIGINS.map((o) => sharedProperty(o.nationality));
const PREFECTURES = PRESENCE_ORIGINS.map((o) =>
  o.prefecture === undefined ? undefined : sharedProperty(o.prefecture),
);
const AGGREGATION = sharedProperty('hourly_sum');
const LOCATIONS = sharedStrings();

export interface PresenceCell {
  /** The code as sent: 5 digits, or 6 with check digit for a few municipalities. */
  locationCode: string;
  date: string;
  dateAttr: JsonObject;
  hour: number;
  origin: number;
  count: number | null;
}

/** A presence entity; `code5` names the id, `cell.locationCode` the attribute. */
export function presenceEntity(code5: string, cell: PresenceCell, idOverride?: string): NgsiEntity {
  const origin = PRESENCE_ORIGINS[cell.origin]!;
  const entity: NgsiEntity = {
    id: idOverride ?? presenceId(code5, cell.date, cell.hour, origin.key),
    type: PRESENCE_TYPE,
    locationCode: LOCATIONS(cell.locationCode),
    dateObserved: cell.dateAttr,
    hour: HOURS[cell.hour]!,
    nationality: NATIONALITIES[cell.origin]!,
  };
  const prefecture = PREFECTURES[cell.origin];
  if (prefecture) entity.originPrefectureCode = prefecture;
  entity.visitorCount = property(cell.count);
  entity.aggregationType = AGGREGATION;
  entity.dataProvider = PROVIDER_ATTR;
  return entity;
}

/** The day's presence entities, in municipality, hour, origin order (no planted data). */
export function normalPresence(date: string, seed: number): NgsiEntity[] {
  const out: NgsiEntity[] = [];
  const dateAttr = sharedProperty(date);
  const origins = PRESENCE_ORIGINS.length;
  for (const day of areaDays(date, seed)) {
    const { area, dayShares, nightShares } = day;
    const locationCode = SIX_DIGIT_AREAS.has(area.code) ? area.code6 : area.code;
    const key = hashKey(seed, `${area.code}:${date}:presence`);
    for (let hour = 0; hour < 24; hour++) {
      const dayTrip = day.dayTrip * DAY_TRIP_HOURS[hour]!;
      const overnight = day.overnight * OVERNIGHT_HOURS[hour]!;
      for (let origin = 0; origin < origins; origin++) {
        const n = hour * origins + origin;
        const expected = dayTrip * dayShares[origin]! + overnight * nightShares[origin]!;
        let count: number | null = Math.round(expected * jitterAt(key, n, CELL_NOISE));
        if (count < SUPPRESSION_THRESHOLD) {
          if (unitAt(key, n + 100_000) >= NULL_SHARE) continue;
          count = null;
        }
        out.push(presenceEntity(area.code, { locationCode, date, dateAttr, hour, origin, count }));
      }
    }
  }
  return out;
}
