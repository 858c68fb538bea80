import { describe, expect, it } from 'vitest';
import { rankMunicipalities } from './ranking';
import { at, byDate, flow, flowDay, presenceDay, range, total } from './test-data';
import { ALL_FILTER } from '../../../domain/tourism-days';

const D = '2026-05-03';
const LAST = '2025-05-03';
const presence = byDate(
  presenceDay(D, [
    ['42201', 10, 'JP-40', 100],
    ['42201', 11, 'JP-40', 300],
    ['42201', 12, 'KR', null],
    ['42202', 10, 'JP-40', 500],
    ['42203', 10, 'KR', null],
    ['42209', 10, 'JP-40', 0],
  ]),
);
const flows = byDate(flowDay(D, [flow(D, 0, 80), flow(D, 0, null)]));
const before = byDate(
  presenceDay(LAST, [
    ['42201', 10, 'JP-40', 160],
    ['42202', 10, 'JP-40', 0],
    ['42209', 10, 'JP-40', 50],
  ]),
);
const r = range(D, '2026-05-04');

describe('rankMunicipalities', () => {
  const rows = rankMunicipalities(presence, flows, r, ALL_FILTER, {
    presence: before,
    flows: new Map(),
    range: range(LAST, '2025-05-04'),
  });
  const row = (code: string) => rows.find((x) => x.code === code)!;

  it('sorts by average, no data last in MUNICIPALITIES order', () => {
    expect(rows).toHaveLength(21);
    expect(rows.slice(0, 4).map((x) => x.code)).toEqual(['42202', '42201', '42209', '42203']);
    expect(rows.slice(3).every((x) => x.average === null)).toBe(true);
  });

  it.each<[string, string, object]>([
    [
      'average over published hours; suppressed hour counted apart',
      '42201',
      {
        average: 200,
        peak: { value: 300, t: at(D, 11) },
        arrivals: total(80, 1),
        suppressed: 1,
        compareAverage: 160,
        change: 0.25,
      },
    ],
    ['compared with zero: no change', '42202', { average: 500, compareAverage: 0, change: null }],
    ['a published zero', '42209', { average: 0, peak: { value: 0, t: at(D, 10) }, change: -1 }],
    [
      'suppressed only: no average, never zero',
      '42203',
      { average: null, peak: null, suppressed: 1, compareAverage: null, change: null },
    ],
  ])('%s', (_label, code, expected) => {
    expect(row(code)).toMatchObject(expected);
  });

  it('without a comparison the compare fields are absent', () => {
    const plain = rankMunicipalities(presence, flows, r, ALL_FILTER);
    expect(plain[0]).not.toHaveProperty('compareAverage');
    expect(plain[0]).not.toHaveProperty('change');
  });
});
