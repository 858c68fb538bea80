import { describe, expect, it } from 'vitest';
import { originBreakdown } from './origins';
import { at, byDate, presenceDay, range, total } from './test-data';
import { ALL_FILTER, type TourismFilter } from '../../../domain/tourism-days';

const D1 = '2026-08-01';
const D2 = '2026-08-02';
const days = byDate(
  presenceDay(
    D1,
    [
      ['42201', 10, 'JP-40', 300],
      ['42201', 11, 'JP-40', 100],
      ['42201', 10, 'KR', 100],
      ['42202', 10, 'KR', null],
      ['42202', 10, 'TW', null],
      ['42209', 10, 'JP', 0],
    ],
    ['CN'], // in the day's origin list, no record in the range
  ),
  // Origins are indexed per day: KR comes first here.
  presenceDay(D2, [
    ['42201', 10, 'KR', 100],
    ['42201', 10, 'US', 50],
  ]),
);
const f = (patch: Partial<TourismFilter>): TourismFilter => ({ ...ALL_FILTER, ...patch });
type Row = [string, number | null, number, number | null];

describe('originBreakdown', () => {
  it.each<[string, ReturnType<typeof range>, Partial<TourismFilter>, string[] | undefined, Row[]]>([
    [
      'all, one day: by value, suppressed-only last',
      range(D1, D2),
      {},
      undefined,
      [
        ['JP-40', 400, 0, 0.8],
        ['KR', 100, 1, 0.2],
        ['JP', 0, 0, 0],
        ['TW', null, 1, null],
      ],
    ],
    [
      'two days summed across different origin lists',
      range(D1, '2026-08-03'),
      { category: 'inbound' },
      undefined,
      [
        ['KR', 200, 1, 0.8],
        ['US', 50, 0, 0.2],
        ['TW', null, 1, null],
      ],
    ],
    [
      'in some municipalities only',
      range(D1, D2),
      {},
      ['42202', '42209'],
      [
        ['JP', 0, 0, null],
        ['KR', null, 1, null],
        ['TW', null, 1, null],
      ],
    ],
    ['no data', { fromMs: at(D1, 0), toMs: at(D1, 5) }, {}, undefined, []],
  ])('%s', (_label, rng, patch, codes, expected) => {
    const out = originBreakdown(days, rng, f(patch), codes);
    expect(out.map((r): Row => [r.origin, r.total.value, r.total.suppressed, r.share])).toEqual(
      expected,
    );
  });

  it('keeps Total objects separate per origin', () => {
    const out = originBreakdown(days, range(D1, D2), ALL_FILTER);
    expect(out[0]!.total).toEqual(total(400));
  });
});
