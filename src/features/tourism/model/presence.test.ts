import { describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/jst';
import { TOURISM_MUNICIPALITIES } from '../../../domain/tourism-index';
import {
  averagePresence,
  peakPresence,
  presenceAt,
  presenceSeries,
  seriesPoints,
  type SeriesPoint,
} from './presence';
import { H, at, byDate, presenceDay, range, total, type CellSpec } from './test-data';
import { ALL_FILTER, type TourismFilter, type Total } from '../../../domain/tourism-days';

const D = '2026-08-01';
const cells: CellSpec[] = [
  ['42201', 13, 'JP-40', 120],
  ['42201', 13, 'JP', 30],
  ['42201', 13, 'KR', null],
  ['42202', 13, 'KR', null],
  ['42203', 13, 'JP-40', 0],
  ['42201', 14, 'JP-40', 100],
];
const days = byDate(presenceDay(D, cells, ['CN']));
const f = (patch: Partial<TourismFilter>): TourismFilter => ({ ...ALL_FILTER, ...patch });

describe('presenceAt', () => {
  it.each<[string, number, Partial<TourismFilter>, Record<string, Total>]>([
    [
      'sums published counts, counts suppressed cells',
      at(D, 13),
      {},
      { 42201: total(150, 1), 42202: total(null, 1), 42203: total(0), 42204: total(null) },
    ],
    ['any ms inside the hour', at(D, 13) + 59 * 60_000, {}, { 42201: total(150, 1) }],
    ['domestic', at(D, 13), { category: 'domestic' }, { 42201: total(150), 42202: total(null) }],
    ['inbound: nothing published', at(D, 13), { category: 'inbound' }, { 42201: total(null, 1) }],
    ['JP only', at(D, 13), { origin: 'JP' }, { 42201: total(30) }],
    ['origin with no cell this hour', at(D, 13), { origin: 'CN' }, { 42201: total(null) }],
    ['an hour without records', at(D, 3), {}, { 42201: total(null), 42203: total(null) }],
    ['a day not loaded', at(D, 13) + 86_400_000, {}, { 42201: total(null) }],
  ])('%s', (_label, ms, patch, expected) => {
    const out = presenceAt(days, ms, f(patch));
    expect([...out.keys()]).toEqual(TOURISM_MUNICIPALITIES);
    for (const [code, t] of Object.entries(expected)) expect(out.get(code)).toEqual(t);
  });
});

describe('presenceSeries', () => {
  const r = { fromMs: at(D, 12), toMs: at(D, 15) };
  it.each<[string, Parameters<typeof presenceSeries>[2], Partial<TourismFilter>, Total[]]>([
    ['one municipality', ['42201'], {}, [total(null), total(150, 1), total(100)]],
    ['two summed', ['42201', '42202'], {}, [total(null), total(150, 2), total(100)]],
    ['prefecture', 'prefecture', {}, [total(null), total(150, 2), total(100)]],
    ['only suppressed', ['42202'], {}, [total(null), total(null, 1), total(null)]],
    ['a published zero is zero', ['42203'], {}, [total(null), total(0), total(null)]],
    ['unknown code: no data', ['40130'], {}, [total(null), total(null), total(null)]],
    ['filtered', 'prefecture', { origin: 'JP-40' }, [total(null), total(120), total(100)]],
  ])('%s', (_label, codes, patch, expected) => {
    const s = presenceSeries(days, r, codes, f(patch));
    expect(s.map((p) => p.t)).toEqual([at(D, 12), at(D, 13), at(D, 14)]);
    expect(s.map((p) => p.total)).toEqual(expected);
  });

  it.each<[string, number, number, number[]]>([
    ['mid-hour start includes that hour', at(D, 12) + 1, at(D, 14), [at(D, 12), at(D, 13)]],
    ['mid-hour end includes that hour', at(D, 12), at(D, 13) + 1, [at(D, 12), at(D, 13)]],
    ['empty range', at(D, 12), at(D, 12), []],
    ['across midnight', at(D, 23), at(D, 25), [at(D, 23), at(D, 24)]],
  ])('%s', (_label, fromMs, toMs, ts) => {
    expect(
      presenceSeries(days, { fromMs, toMs }, 'prefecture', ALL_FILTER).map((p) => p.t),
    ).toEqual(ts);
  });

  it('90 days × 24 hours, prefecture and one municipality', () => {
    const dates = Array.from({ length: 90 }, (_, i) => addDays('2026-05-01', i));
    // Day i, hour h: Nagasaki publishes 100·i + h from JP-40; Sasebo is suppressed at noon;
    // every 10th day is missing.
    const loaded = byDate(
      ...dates
        .filter((_, i) => i % 10 !== 9)
        .map((date) => {
          const i = dates.indexOf(date);
          const c: CellSpec[] = [];
          for (let h = 0; h < 24; h++) c.push(['42201', h, 'JP-40', 100 * i + h]);
          c.push(['42202', 12, 'KR', null]);
          return presenceDay(date, c);
        }),
    );
    const rng = range('2026-05-01', addDays('2026-05-01', 90));
    const pref = presenceSeries(loaded, rng, 'prefecture', ALL_FILTER);
    const nagasaki = presenceSeries(loaded, rng, ['42201'], ALL_FILTER);
    expect(pref).toHaveLength(90 * 24);
    pref.forEach((p, k) => {
      const i = Math.floor(k / 24);
      const h = k % 24;
      expect(p.t).toBe(rng.fromMs + k * H);
      const expected = i % 10 === 9 ? total(null) : total(100 * i + h, h === 12 ? 1 : 0);
      expect(p.total).toEqual(expected);
      expect(nagasaki[k]!.total).toEqual({ ...expected, suppressed: 0 });
    });
  });
});

describe('averagePresence / peakPresence / seriesPoints', () => {
  const s = (values: Array<number | null>): SeriesPoint[] =>
    values.map((v, i) => ({ t: i * H, total: total(v, v === null ? 1 : 0) }));
  it.each<[string, Array<number | null>, number | null, { value: number; t: number } | null]>([
    ['no points', [], null, null],
    ['nothing published', [null, null], null, null],
    ['mean over published hours only', [10, null, 20], 15, { value: 20, t: 2 * H }],
    ['zero counts', [0, 0], 0, { value: 0, t: 0 }],
    ['earliest peak on a tie', [5, 7, 7], 19 / 3, { value: 7, t: H }],
  ])('%s', (_label, values, avg, peak) => {
    expect(averagePresence(s(values))).toBe(avg);
    expect(peakPresence(s(values))).toEqual(peak);
    expect(seriesPoints(s(values)).map((p) => p.y)).toEqual(values);
  });
});
