import { describe, expect, it } from 'vitest';
import type { FlowObservation } from '../../../domain/tourism';
import { flowMatches, flowOriginIsApproximate, originMatches } from './filter';
import { flow } from './test-data';
import { ALL_FILTER, type TourismFilter } from '../../../domain/tourism-days';

const f = (patch: Partial<TourismFilter>): TourismFilter => ({ ...ALL_FILTER, ...patch });

describe('originMatches', () => {
  it.each<[string, string, Partial<TourismFilter>, boolean]>([
    ['all keeps a prefecture', 'JP-40', {}, true],
    ['all keeps a country', 'KR', {}, true],
    ['domestic keeps JP-xx', 'JP-40', { category: 'domestic' }, true],
    ['domestic keeps JP', 'JP', { category: 'domestic' }, true],
    ['domestic drops a country', 'KR', { category: 'domestic' }, false],
    ['inbound keeps a country', 'KR', { category: 'inbound' }, true],
    ['inbound drops JP', 'JP', { category: 'inbound' }, false],
    ['inbound drops JP-xx', 'JP-42', { category: 'inbound' }, false],
    ['exact key', 'JP-40', { origin: 'JP-40' }, true],
    ['other prefecture', 'JP-41', { origin: 'JP-40' }, false],
    ['flow-style prefecture 40 reads as JP-40', 'JP-40', { origin: '40' }, true],
    ['JP keeps the no-prefecture key', 'JP', { origin: 'JP' }, true],
    ['JP does not keep JP-40', 'JP-40', { origin: 'JP' }, false],
    ['country', 'KR', { origin: 'KR' }, true],
    ['other country', 'CN', { origin: 'KR' }, false],
    ['municipality value matches no presence origin', 'JP-42', { origin: '42202' }, false],
    ['origin and category must both hold', 'KR', { origin: 'KR', category: 'domestic' }, false],
  ])('%s', (_label, origin, patch, expected) => {
    expect(originMatches(origin, f(patch))).toBe(expected);
  });
});

describe('flowMatches', () => {
  const pref40 = flow('2026-08-01', 0, 10, { mode: 'ferry' });
  const muni = flow('2026-08-01', 0, 10, {
    origin: { kind: 'municipality', code: '42202' },
    stay: 'overnight',
  });
  const inbound = flow('2026-08-01', 0, 10, {
    category: 'inbound',
    origin: { kind: 'prefecture', code: '40' },
    mode: 'air',
  });
  it.each<[string, FlowObservation, Partial<TourismFilter>, boolean]>([
    ['all', pref40, {}, true],
    ['category', pref40, { category: 'domestic' }, true],
    ['other category', pref40, { category: 'inbound' }, false],
    ['stay', muni, { stay: 'overnight' }, true],
    ['other stay', muni, { stay: 'dayTrip' }, false],
    ['mode', pref40, { mode: 'ferry' }, true],
    ['other mode', pref40, { mode: 'air' }, false],
    ['a mode filter drops flows without a mode', muni, { mode: 'road' }, false],
    ['prefecture 40 as JP-40', pref40, { origin: 'JP-40' }, true],
    ['prefecture 40 as 40', pref40, { origin: '40' }, true],
    ['other prefecture', pref40, { origin: '41' }, false],
    ['JP-42 keeps a flow from a Nagasaki municipality', muni, { origin: 'JP-42' }, true],
    ['municipality code', muni, { origin: '42202' }, true],
    ['other municipality code', muni, { origin: '42201' }, false],
    ['a municipality code never matches a prefecture origin', pref40, { origin: '40130' }, false],
    ['a country keeps inbound flows (no nationality on flows)', inbound, { origin: 'KR' }, true],
    ['a country drops domestic flows', pref40, { origin: 'KR' }, false],
    ['JP keeps domestic flows', pref40, { origin: 'JP' }, true],
    ['JP drops inbound flows', inbound, { origin: 'JP' }, false],
    ['inbound from prefecture 40 (airport)', inbound, { origin: 'JP-40' }, true],
  ])('%s', (_label, fl, patch, expected) => {
    expect(flowMatches(fl, f(patch))).toBe(expected);
  });
});

describe('flowOriginIsApproximate', () => {
  it.each<[string, boolean]>([
    ['all', false],
    ['JP-40', false],
    ['40', false],
    ['42202', false],
    ['JP', true],
    ['KR', true],
  ])('%s', (origin, expected) => {
    expect(flowOriginIsApproximate({ origin })).toBe(expected);
  });
});
