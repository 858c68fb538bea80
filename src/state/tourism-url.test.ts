import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TOURISM_URL,
  formatJstHour,
  parseJstHour,
  parseTourismUrl,
  writeTourismUrl,
  TOURISM_URL_KEYS,
  type TourismUrlState,
} from './tourism-url';
import { ALL_FILTER } from '../domain/tourism-days';

const parse = (search: string) => parseTourismUrl(new URLSearchParams(search));

describe('tourism URL state', () => {
  it.each<[string, Partial<TourismUrlState>]>([
    ['', {}],
    ['?range=2026-05-01..2026-05-06', { range: { from: '2026-05-01', to: '2026-05-06' } }],
    ['?range=2026-05-06..2026-05-01', {}],
    ['?range=2026-01-01..2026-12-31', {}],
    ['?range=2026-02-30..2026-03-02', {}],
    ['?range=2026-05-01', {}],
    ['?t=2026-05-03T13', { cursor: Date.UTC(2026, 4, 3, 4) }],
    ['?t=2026-05-03T24', {}],
    ['?t=2026-05-03', {}],
    ['?vs=year', { vs: 'year' }],
    ['?vs=decade', {}],
    ['?cat=inbound&origin=KR', { filter: { ...ALL_FILTER, category: 'inbound', origin: 'KR' } }],
    [
      '?origin=JP-40&stay=overnight',
      { filter: { ...ALL_FILTER, origin: 'JP-40', stay: 'overnight' } },
    ],
    ['?origin=<b>&mode=teleport', {}],
    ['?mode=ferry', { filter: { ...ALL_FILTER, mode: 'ferry' } }],
    [
      '?tm=42201,422029,99999,42201,42209,42210,42211',
      { codes: ['42201', '42202', '42209', '42210'] },
    ],
    ['?speed=24', { speed: 24 }],
    ['?speed=6', {}],
  ])('parses %j', (search, expected) => {
    expect(parse(search)).toEqual({ ...DEFAULT_TOURISM_URL, ...expected });
  });

  it.each<Partial<TourismUrlState>>([
    {},
    { range: { from: '2025-05-01', to: '2025-05-06' }, vs: 'weeks52', speed: 1 },
    { cursor: Date.UTC(2025, 9, 7, 15), codes: ['42201', '42209'] },
    { filter: { category: 'domestic', origin: 'JP', stay: 'dayTrip', mode: 'rail' } },
  ])('round-trips %j', (partial) => {
    const state = { ...DEFAULT_TOURISM_URL, ...partial };
    const p = new URLSearchParams();
    writeTourismUrl(state, p);
    expect(parseTourismUrl(p)).toEqual(state);
  });

  it('writes nothing for the defaults', () => {
    const p = new URLSearchParams('?lang=en');
    writeTourismUrl(DEFAULT_TOURISM_URL, p);
    expect(p.toString()).toBe('lang=en');
  });

  it.each([
    ['2026-01-01T00', Date.UTC(2025, 11, 31, 15)],
    ['2026-08-15T23', Date.UTC(2026, 7, 15, 14)],
  ])('JST hour %s is %d', (text, ms) => {
    expect(parseJstHour(text)).toBe(ms);
    expect(formatJstHour(ms)).toBe(text);
  });
});

describe('TOURISM_URL_KEYS', () => {
  it('names every parameter writeTourismUrl can write', () => {
    const p = new URLSearchParams();
    writeTourismUrl(
      {
        ...DEFAULT_TOURISM_URL,
        range: { from: '2026-08-01', to: '2026-08-03' },
        cursor: Date.parse('2026-08-01T13:00:00+09:00'),
        vs: 'year',
        filter: { category: 'inbound', origin: 'KR', stay: 'overnight', mode: 'ferry' },
        codes: ['42201'],
        speed: 24,
      },
      p,
    );
    expect([...p.keys()].sort()).toEqual([...TOURISM_URL_KEYS].sort());
  });
});
