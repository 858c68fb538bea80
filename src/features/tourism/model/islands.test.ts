import { describe, expect, it } from 'vitest';
import type { FlowOrigin } from '../../../domain/tourism';
import { isIslandCrossing, islandShare, tourismIslandOf, type TourismIsland } from './islands';
import { at, byDate, presenceDay, total } from './test-data';
import { ALL_FILTER } from '../../../domain/tourism-days';

describe('tourismIslandOf', () => {
  it.each<[string, TourismIsland | undefined]>([
    ['42209', 'tsushima'],
    ['42210', 'iki'],
    ['42211', 'goto'],
    ['42411', 'kamigoto'],
    ['42383', 'ojika'],
    ['42201', undefined],
    ['42207', undefined], // Hirado: bridged to Kyushu
    ['42202', undefined], // Sasebo: Uku cannot be told apart
  ])('%s → %s', (code, expected) => {
    expect(tourismIslandOf(code)).toBe(expected);
  });
});

describe('isIslandCrossing', () => {
  const muni = (code: string): FlowOrigin => ({ kind: 'municipality', code });
  const pref = (code: string): FlowOrigin => ({ kind: 'prefecture', code });
  it.each<[string, FlowOrigin, string, boolean]>([
    ['mainland to mainland', muni('42201'), '42202', false],
    ['Fukuoka to mainland', pref('40'), '42201', false],
    ['mainland to an island', muni('42201'), '42211', true],
    ['an island to the mainland', muni('42209'), '42201', true],
    ['Fukuoka to Iki', pref('40'), '42210', true],
    ['Goto City to Shin-Kamigoto', muni('42211'), '42411', true],
    ['Shin-Kamigoto to Ojika', muni('42411'), '42383', true],
    ['within Tsushima', muni('42209'), '42209', false],
    ['somewhere in Nagasaki to Tsushima: cannot tell', pref('42'), '42209', false],
  ])('%s', (_label, origin, destination, expected) => {
    expect(isIslandCrossing(origin, destination)).toBe(expected);
  });
});

describe('islandShare', () => {
  const D = '2026-08-01';
  const days = byDate(
    presenceDay(D, [
      ['42201', 10, 'JP-40', 300],
      ['42209', 10, 'JP-40', 60],
      ['42211', 10, 'JP-40', 40],
      ['42211', 11, 'KR', null],
      ['42411', 11, 'KR', null],
    ]),
  );
  const r = { fromMs: at(D), toMs: at(D, 24) };

  it('person-hours on the islands against all 21', () => {
    const s = islandShare(days, r, ALL_FILTER);
    expect(s.all).toEqual(total(400, 2));
    expect(s.islands).toEqual(total(100, 2));
    expect(s.share).toBe(0.25);
    expect(s.byIsland).toEqual({
      tsushima: total(60),
      iki: total(null),
      goto: total(40, 1),
      kamigoto: total(null, 1),
      ojika: total(null),
    });
  });

  it.each<[string, { fromMs: number; toMs: number }, number | null]>([
    ['only suppressed on the islands: no share', { fromMs: at(D, 11), toMs: at(D, 12) }, null],
    ['no data at all', { fromMs: at(D, 0), toMs: at(D, 5) }, null],
    ['a day not loaded', { fromMs: at(D, 24), toMs: at(D, 48) }, null],
  ])('%s', (_label, rng, share) => {
    expect(islandShare(days, rng, ALL_FILTER).share).toBe(share);
  });
});
