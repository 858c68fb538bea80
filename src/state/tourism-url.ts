import { normalizeMunicipalityCode } from '../domain/municipalities';
import { DAY_MS, HOUR_MS, formatJstDateTime, isJstDate, jstDayStartMs } from '../domain/jst';
import { ALL_FILTER, type TourismFilter } from '../domain/tourism-days';

export const COMPARE_MODES = ['none', 'year', 'weeks52'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** Playback speeds, in data hours per real second. */
export const SPEEDS = [1, 2, 4, 8, 24] as const;

/** The longest range the view loads at once (about a quarter: 90 days plus a weekend). */
export const MAX_RANGE_DAYS = 92;

/** The tourism view's part of the URL. */
export interface TourismUrlState {
  /** JST dates, both included; null follows the default (the last 7 published days). */
  range: { from: string; to: string } | null;
  /** Start of the JST hour under the time cursor; null follows the default. */
  cursor: number | null;
  /** The second period to compare with, if any. */
  vs: CompareMode;
  filter: TourismFilter;
  /** Municipalities charted side by side; empty charts the prefecture. */
  codes: string[];
  speed: number;
}

export const DEFAULT_TOURISM_URL: TourismUrlState = {
  range: null,
  cursor: null,
  vs: 'none',
  filter: ALL_FILTER,
  codes: [],
  speed: 4,
};

const HOUR = /^(\d{4}-\d{2}-\d{2})T(\d{2})$/;

function parseRange(raw: string | null): TourismUrlState['range'] {
  const [from = '', to = '', extra] = (raw ?? '').split('..');
  if (extra !== undefined || !isJstDate(from) || !isJstDate(to)) return null;
  const days = (jstDayStartMs(to) - jstDayStartMs(from)) / DAY_MS + 1;
  return days >= 1 && days <= MAX_RANGE_DAYS ? { from, to } : null;
}

/** `2026-08-03T13` is 13:00 JST on 3 August 2026. */
export function parseJstHour(raw: string | null): number | null {
  const m = HOUR.exec(raw ?? '');
  if (!m || !isJstDate(m[1]!) || Number(m[2]) > 23) return null;
  return jstDayStartMs(m[1]!) + Number(m[2]) * HOUR_MS;
}

export function formatJstHour(ms: number): string {
  const text = formatJstDateTime(ms); // YYYY-MM-DD HH:mm, JST
  return `${text.slice(0, 10)}T${text.slice(11, 13)}`;
}

const pick = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
  (values as readonly string[]).includes(raw ?? '') ? (raw as T) : fallback;

export function parseTourismUrl(p: URLSearchParams): TourismUrlState {
  const origin = p.get('origin') ?? '';
  const speed = Number(p.get('speed'));
  return {
    range: parseRange(p.get('range')),
    cursor: parseJstHour(p.get('t')),
    vs: pick(COMPARE_MODES, p.get('vs'), 'none'),
    filter: {
      category: pick(['all', 'domestic', 'inbound'], p.get('cat'), 'all'),
      origin: /^(JP(-\d{2})?|[A-Z]{2}|\d{2}|\d{5})$/.test(origin) ? origin : 'all',
      stay: pick(['all', 'dayTrip', 'overnight'], p.get('stay'), 'all'),
      mode: pick(['all', 'ferry', 'air', 'road', 'rail'], p.get('mode'), 'all'),
    },
    codes: [
      ...new Set(
        (p.get('tm') ?? '')
          .split(',')
          .filter(Boolean)
          .flatMap((c) => normalizeMunicipalityCode(c) ?? []),
      ),
    ].slice(0, 4),
    speed: (SPEEDS as readonly number[]).includes(speed) ? speed : DEFAULT_TOURISM_URL.speed,
  };
}

/** The URL parameters the tourism view owns (written by `writeTourismUrl`). */
export const TOURISM_URL_KEYS = [
  'range',
  't',
  'vs',
  'cat',
  'origin',
  'stay',
  'mode',
  'tm',
  'speed',
] as const;

export function writeTourismUrl(s: TourismUrlState, p: URLSearchParams): void {
  const set = (key: string, value: string | null) =>
    value === null ? p.delete(key) : p.set(key, value);
  const f = s.filter;
  set('range', s.range ? `${s.range.from}..${s.range.to}` : null);
  set('t', s.cursor === null ? null : formatJstHour(s.cursor));
  set('vs', s.vs === 'none' ? null : s.vs);
  set('cat', f.category === 'all' ? null : f.category);
  set('origin', f.origin === 'all' ? null : f.origin);
  set('stay', f.stay === 'all' ? null : f.stay);
  set('mode', f.mode === 'all' ? null : f.mode);
  set('tm', s.codes.length ? s.codes.join(',') : null);
  set('speed', s.speed === DEFAULT_TOURISM_URL.speed ? null : String(s.speed));
}
