import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { cadenceTable } from './cadence';
import { buildMatrix, columnOrder } from './matrix';
import { AT, cells, failed, ok, scan, snapshot, type } from './test-data';
import type { Measure } from './types';

const DAY = 86_400_000;
const refused: Measure = { state: 'unsupported', status: 403, detail: 'TooManyResults' };
const kept: Measure = { state: 'stale', value: 4, at: AT - DAY, error: 'HTTP 503', failedAt: AT };

describe('columnOrder', () => {
  it('puts contract types first in contract order, then others by name', () => {
    const names = ['Zeta', 'EvacuationShelter', 'Alpha', 'EvacuationSite', 'DesignatedShelter'];
    expect(names.sort(columnOrder)).toEqual([
      'EvacuationSite',
      'DesignatedShelter',
      'EvacuationShelter',
      'Alpha',
      'Zeta',
    ]);
  });
});

describe('buildMatrix', () => {
  it('has the 21 municipalities by code, one cell per type in column order', () => {
    const m = buildMatrix(
      snapshot([type('EvacuationShelter', cells(ok(0))), type('EvacuationSite', cells(ok(1)))]),
      AT,
    );
    expect(m.rows.map((r) => r.code)).toEqual(MUNICIPALITIES.map((x) => x.code).sort());
    expect(m.rows).toHaveLength(21);
    expect(m.types).toEqual(['EvacuationSite', 'EvacuationShelter']);
    expect(m.rows[0]?.cells.map((c) => c.type)).toEqual(m.types);
  });

  it.each<[string, Parameters<typeof type>[], Partial<ReturnType<typeof buildMatrix>['totals']>]>([
    [
      'nothing published',
      [['EvacuationSite', cells(ok(0))]],
      { municipalitiesPublishing: 0, datasets: 0, records: 0, complete: true, stale: false },
    ],
    [
      'everyone publishes one type',
      [
        ['EvacuationSite', cells(ok(10))],
        ['EvacuationShelter', cells(ok(0))],
      ],
      { municipalitiesPublishing: 21, datasets: 21, records: 210, complete: true },
    ],
    [
      'two municipalities, one with two types',
      [
        ['EvacuationSite', cells(ok(0), { '42201': ok(5), '42202': ok(2) })],
        ['EvacuationShelter', cells(ok(0), { '42201': ok(3) })],
      ],
      { municipalitiesPublishing: 2, datasets: 3, records: 10, complete: true },
    ],
    [
      'a kept count still counts, and says so',
      [['EvacuationSite', cells(ok(0), { '42201': kept })]],
      { municipalitiesPublishing: 1, datasets: 1, records: 4, complete: true, stale: true },
    ],
    [
      'a refused or failed cell makes the totals lower bounds, never 0s',
      [['EvacuationSite', cells(ok(1), { '42201': refused, '42202': failed() })]],
      { municipalitiesPublishing: 19, datasets: 19, records: 19, complete: false },
    ],
    [
      'no readable count header',
      [['EvacuationSite', cells({ state: 'unreported' })]],
      { municipalitiesPublishing: 0, records: 0, complete: false },
    ],
  ])('totals: %s', (_name, types, expected) => {
    const m = buildMatrix(snapshot(types.map((args) => type(...args))), AT);
    expect(m.totals).toMatchObject(expected);
  });

  it('counts prefecture-level datasets apart', () => {
    const m = buildMatrix(
      snapshot(
        [type('EvacuationSite', cells(ok(0)))],
        [
          { name: 'DisasterEvent', attribution: 'attributeNames', total: ok(2) },
          { name: 'TourismPresenceObserved', attribution: 'attributeNames', total: refused },
          { name: 'Empty', attribution: 'probe', total: ok(0) },
        ],
      ),
      AT,
    );
    expect(m.totals).toMatchObject({ prefectureDatasets: 1, datasets: 0 });
  });

  it('gives each cell the newest time of its municipality and a freshness class', () => {
    const t = type('EvacuationSite', cells(ok(0), { '42201': ok(5), '42202': ok(1) }), {
      newest: scan({ '42201': AT - 100 * DAY, '42202': AT - DAY, '42203': AT }),
    });
    const m = buildMatrix(snapshot([t]), AT);
    const cell = (code: string) => m.rows.find((r) => r.code === code)?.cells[0];
    // A yearly master 100 days old is fresh by default…
    expect(cell('42201')).toMatchObject({ newestAt: AT - 100 * DAY, freshness: 'fresh' });
    expect(cell('42202')).toMatchObject({ newestAt: AT - DAY, freshness: 'fresh' });
    // No records: no time, even if the pass saw one (it ran at another moment).
    expect(cell('42203')).toMatchObject({ newestAt: undefined, freshness: 'empty' });
    expect(cell('42201')?.newestSource).toBe('modifiedAt');
    // …and judged by the deployment's own interval when config sets one.
    const monthly = buildMatrix(snapshot([t]), AT, cadenceTable({ EvacuationSite: 30 * DAY }));
    expect(monthly.rows.find((r) => r.code === '42201')?.cells[0]?.freshness).toBe('aging');
  });

  it('says unknown, never a guessed time, when the pass found none or failed', () => {
    const none = type('EvacuationSite', cells(ok(3)), {
      newest: { state: 'ok', source: 'none', newest: {}, truncated: false, at: AT },
    });
    const broken = type('DesignatedShelter', cells(ok(3)), {
      newest: { state: 'failed', error: 'HTTP 500', failedAt: AT },
    });
    const m = buildMatrix(snapshot([none, broken]), AT);
    for (const c of m.rows[0]?.cells ?? [])
      expect(c).toMatchObject({ newestAt: undefined, freshness: 'unknown' });
  });

  it('sums each column, a lower bound when a cell is unknown', () => {
    const m = buildMatrix(
      snapshot([
        type('EvacuationSite', cells(ok(2))),
        type('DesignatedShelter', cells(ok(1), { '42201': refused })),
      ]),
      AT,
    );
    expect(m.columnSums).toEqual({
      EvacuationSite: { records: 42, complete: true },
      DesignatedShelter: { records: 20, complete: false },
    });
  });

  it.each<[string, Measure, Record<string, Measure>, number | undefined]>([
    ['total minus the cells', ok(30), cells(ok(1)), 9],
    ['all attributed', ok(21), cells(ok(1)), 0],
    ['total unknown', refused, cells(ok(1)), undefined],
    ['a cell unknown', ok(30), cells(ok(1), { '42201': failed() }), undefined],
    ['total older than the cells, smaller: not negative', ok(20), cells(ok(1)), 0],
  ])('unattributed records: %s', (_name, total, cellMap, expected) => {
    const m = buildMatrix(snapshot([type('EvacuationShelter', cellMap, { total })]), AT);
    expect(m.unattributed.EvacuationShelter).toBe(expected);
  });
});
