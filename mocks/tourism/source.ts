/**
 * The synthetic tourism feed as a virtual entity source of the mock broker: the days a query
 * names are generated on demand (and the last few kept), within the data window from
 * 2024-01-01 to today (JST) — today as far as it is over (today.ts). Queries must bound the
 * date, over at most 92 days.
 */
import { NgsiError, type EntitySource, type NgsiEntity, type Selection } from '../broker';
import { dateOfDay, dayNumber, jstDateOf } from './calendar';
import { daysIn, daysOfQuery, type DateAttribute } from './date-bounds';
import { flowsOfDay, presenceOfDay, TOURISM_SEED } from './day';
import { FLOW_TYPE } from './flows';
import { Lru } from './lru';
import { PRESENCE_TYPE } from './presence';
import { flowsSoFar, presenceSoFar } from './today';

export const FIRST_DATE = '2024-01-01';
export const MAX_QUERY_DAYS = 92;

export interface TourismSourceOptions {
  /** Seed of the generator (default TOURISM_SEED). */
  seed?: number;
  /** The clock that decides "today" and how much of it is over, epoch ms (default Date.now). */
  now?: () => number;
  /** Days kept per entity type (default 16). */
  cacheDays?: number;
  /** Called whenever a day is generated rather than taken from the cache (tests, cost logs). */
  onGenerate?: (type: string, date: string) => void;
}

interface TypeSpec {
  dates: readonly DateAttribute[];
  generate: (date: string, seed: number) => NgsiEntity[];
  /** Today's entities as published by `now`, from the whole generated day. */
  soFar: (day: readonly NgsiEntity[], now: number) => NgsiEntity[];
  example: string;
}

const TYPES: Readonly<Record<string, TypeSpec>> = {
  [PRESENCE_TYPE]: {
    dates: [{ name: 'dateObserved', widen: [0, 0] }],
    generate: presenceOfDay,
    soFar: presenceSoFar,
    example: 'q=dateObserved=="2025-08-01"',
  },
  [FLOW_TYPE]: {
    dates: [
      { name: 'dateObservedFrom', widen: [0, 0] },
      { name: 'dateObservedTo', widen: [-1, 0] },
    ],
    generate: flowsOfDay,
    soFar: flowsSoFar,
    example:
      'q=dateObservedFrom>="2025-08-01T00:00:00+09:00";dateObservedFrom<"2025-08-02T00:00:00+09:00"',
  },
};

export const TOURISM_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  [PRESENCE_TYPE]: [
    'aggregationType',
    'dataProvider',
    'dateObserved',
    'hour',
    'locationCode',
    'nationality',
    'originPrefectureCode',
    'visitorCount',
  ],
  [FLOW_TYPE]: [
    'dataProvider',
    'dateObservedFrom',
    'dateObservedTo',
    'destinationCode',
    'originCode',
    'stayType',
    'transportMode',
    'visitorCategory',
    'visitorCount',
  ],
};

const tooMany = (detail: string) => new NgsiError('TooManyResults', 'Too many results', detail);

export function createTourismSource(options: TourismSourceOptions = {}): EntitySource {
  const seed = options.seed ?? TOURISM_SEED;
  const now = options.now ?? Date.now;
  const caches = new Map(
    Object.keys(TYPES).map((type) => [
      type,
      new Lru<string, NgsiEntity[]>(options.cacheDays ?? 16),
    ]),
  );
  const first = dayNumber(FIRST_DATE);

  return {
    types: Object.keys(TYPES),
    attributeNames: TOURISM_ATTRIBUTES,
    entities(type: string, selection: Selection): readonly NgsiEntity[] {
      const spec = TYPES[type];
      const cache = caches.get(type);
      if (!spec || !cache) return [];
      const days = daysOfQuery(selection.q, spec.dates);
      const span = daysIn(days);
      if (!Number.isFinite(span))
        throw tooMany(
          `${type} holds one entity set per day; bound the date in q (e.g. ${spec.example}), ` +
            `at most ${MAX_QUERY_DAYS} days per query`,
        );
      if (span > MAX_QUERY_DAYS)
        throw tooMany(
          `the query spans ${span} days of ${type}; at most ${MAX_QUERY_DAYS} per query`,
        );
      // The window: up to today in JST, of which only what is over by now.
      const at = now();
      const today = dayNumber(jstDateOf(at));
      const out: NgsiEntity[] = [];
      for (const [lo, hi] of days)
        for (let day = Math.max(lo, first); day <= Math.min(hi, today); day++) {
          const date = dateOfDay(day);
          const whole = cache.getOrCreate(date, () => {
            options.onGenerate?.(type, date);
            return spec.generate(date, seed);
          });
          const entities = day === today ? spec.soFar(whole, at) : whole;
          for (const entity of entities) out.push(entity);
        }
      return out;
    },
  };
}
