import { describe, expect, it } from 'vitest';
import { parseFlow, parsePresence } from './tourism';
import type { FlatEntityLike } from './flat';

const flat = (type: string, values: Record<string, unknown>): FlatEntityLike => ({
  id: 'urn:x',
  type,
  attrs: Object.fromEntries(Object.entries(values).map(([k, value]) => [k, { value }])),
});

const presence = {
  locationCode: '422011',
  dateObserved: '2026-10-07',
  hour: 9,
  nationality: 'JP',
  originPrefectureCode: '40',
  visitorCount: 1234,
};

describe('parsePresence', () => {
  it('normalises a good observation; the hour starts in JST', () => {
    const r = parsePresence(flat('TourismPresenceObserved', presence));
    expect(r.ok && r.value).toEqual({
      id: 'urn:x',
      municipalityCode: '42201',
      date: '2026-10-07',
      hour: 9,
      startMs: Date.parse('2026-10-07T00:00:00Z'), // 09:00 JST
      nationality: 'JP',
      originPrefecture: '40',
      count: 1234,
    });
  });

  it.each<[string, Record<string, unknown>, number | null]>([
    ['a suppressed count sent as null', { visitorCount: null }, null],
    ['a suppressed count left out', { visitorCount: undefined }, null],
    ['zero is a real zero', { visitorCount: 0 }, 0],
  ])('%s', (_label, patch, expected) => {
    const r = parsePresence(flat('TourismPresenceObserved', { ...presence, ...patch }));
    expect(r.ok && r.value.count).toBe(expected);
  });

  it.each<[string, unknown, string | undefined]>([
    ['a provider', 'Example Analytics', 'Example Analytics'],
    ['an empty provider, kept as given', '', ''],
    ['no provider', undefined, undefined],
  ])('keeps %s', (_label, dataProvider, expected) => {
    const r = parsePresence(flat('TourismPresenceObserved', { ...presence, dataProvider }));
    expect(r.ok && r.value.provider).toBe(expected);
  });

  it('skips a provider name longer than 200 characters', () => {
    const r = parsePresence(
      flat('TourismPresenceObserved', { ...presence, dataProvider: 'x'.repeat(201) }),
    );
    expect(!r.ok && r.reason).toBe('dataProvider: longer than 200 characters');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown municipality', { locationCode: '13101' }, 'locationCode'],
    ['hour 24', { hour: 24 }, 'hour'],
    ['a fractional hour', { hour: 9.5 }, 'hour'],
    [
      'a date that does not exist',
      { dateObserved: '2026-02-30' },
      'dateObserved: not a calendar date',
    ],
    [
      'a month that does not exist',
      { dateObserved: '2026-13-01' },
      'dateObserved: not a calendar date',
    ],
    ['a time instead of a date', { dateObserved: '2026-10-07T09:00:00Z' }, 'dateObserved'],
    ['a lower-case country', { nationality: 'kr' }, 'nationality'],
    ['a negative count', { visitorCount: -3 }, 'visitorCount: negative'],
    ['a count as text', { visitorCount: '12' }, 'visitorCount'],
    ['prefecture 48', { originPrefectureCode: '48' }, 'originPrefectureCode'],
  ])('skips %s', (_label, patch, reason) => {
    const r = parsePresence(flat('TourismPresenceObserved', { ...presence, ...patch }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.startsWith(reason)).toBe(true);
  });
});

const flow = {
  originCode: '40',
  destinationCode: '42209',
  dateObservedFrom: '2026-10-07T00:00:00+09:00',
  dateObservedTo: '2026-10-08T00:00:00+09:00',
  visitorCount: 250,
  visitorCategory: 'domestic',
  stayType: 'overnight',
  transportMode: 'ferry',
};

describe('parseFlow', () => {
  it.each<[string, Record<string, unknown>, unknown]>([
    ['from another prefecture', {}, { kind: 'prefecture', code: '40' }],
    [
      'between municipalities (6-digit code)',
      { originCode: '422011' },
      { kind: 'municipality', code: '42201' },
    ],
  ])('reads the origin %s', (_label, patch, origin) => {
    const r = parseFlow(flat('TouristFlowObserved', { ...flow, ...patch }));
    expect(r.ok && r.value.origin).toEqual(origin);
  });

  it('keeps a suppressed count as null', () => {
    const r = parseFlow(flat('TouristFlowObserved', { ...flow, visitorCount: null }));
    expect(r.ok && r.value.count).toBeNull();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an unknown origin code', { originCode: '99999' }, 'originCode: unknown code 99999'],
    ['an unknown destination', { destinationCode: '13101' }, 'destinationCode: unknown code 13101'],
    [
      'a period that ends first',
      { dateObservedTo: '2026-10-06T00:00:00+09:00' },
      'dateObservedTo: period ends before it starts',
    ],
    ['a time without a zone', { dateObservedFrom: '2026-10-07T00:00:00' }, 'dateObservedFrom'],
    ['an unknown category', { visitorCategory: 'business' }, 'visitorCategory'],
    ['an unknown stay type', { stayType: 'camping' }, 'stayType'],
    ['an unknown mode', { transportMode: 'teleport' }, 'transportMode'],
  ])('skips %s', (_label, patch, reason) => {
    const r = parseFlow(flat('TouristFlowObserved', { ...flow, ...patch }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.startsWith(reason)).toBe(true);
  });
});
