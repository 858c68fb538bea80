import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../domain/export-table';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { Designation, LngLat } from '../../../domain/types';
import { designationRows, designationTable, type DesignationRow } from './designation-table';
import { countDesignations } from './facilities';

const LOCATION: LngLat = [129.9, 32.8];
const base = (id: string, code: string) => ({
  nationalShelterId: id,
  name: id,
  address: '長崎県',
  municipalityCode: code,
  location: LOCATION,
});
const site = (id: string, code = id.slice(1, 6)): Designation => ({
  ...base(id, code),
  kind: 'site',
  hazardTypes: ['flood'],
});
const shelter = (id: string, welfare = false, code = id.slice(1, 6)): Designation => ({
  ...base(id, code),
  kind: 'shelter',
  shelterType: welfare ? 'welfare' : 'general',
});

/** [code, sites, shelters, welfare, facilities, doubtful] of the rows that are not all zero. */
const brief = (rows: DesignationRow[]) =>
  rows
    .filter((r) => r.sites + r.shelters + r.facilities > 0 || r.code === 'total')
    .map((r) => [r.code, r.sites, r.shelters, r.welfare, r.facilities, r.doubtful]);

describe('designationRows', () => {
  it.each<[string, Designation[], string[], Array<Array<string | number>>]>([
    [
      'one facility in both masters is one facility, two designations',
      [site('E422010000101'), shelter('E422010000102')],
      [],
      [
        ['42201', 1, 1, 0, 1, 0],
        ['total', 1, 1, 0, 1, 0],
      ],
    ],
    [
      'welfare shelters are shelters too; doubtful ones still count as designations',
      [shelter('E422020000101', true), shelter('E422020000201'), site('E422090000101')],
      ['E422020000201'],
      [
        ['42202', 0, 2, 1, 2, 1],
        ['42209', 1, 0, 0, 1, 0],
        ['total', 1, 2, 1, 3, 1],
      ],
    ],
    [
      'a code outside the 21 gets its own row after them, so nothing is lost',
      [site('E999990000101')],
      [],
      [
        ['99999', 1, 0, 0, 1, 0],
        ['total', 1, 0, 0, 1, 0],
      ],
    ],
    ['nothing', [], [], [['total', 0, 0, 0, 0, 0]]],
  ])('%s', (_label, designations, doubtful, expected) => {
    const doubtfulOnes = designations.filter((d) => doubtful.includes(d.nationalShelterId));
    const rows = designationRows(designations, new Set(doubtfulOnes));
    expect(brief(rows)).toEqual(expected);
    // Every municipality is listed, in official order, before any other code and the total.
    expect(rows.slice(0, 21).map((r) => r.code)).toEqual(MUNICIPALITIES.map((m) => m.code));
    expect(rows.at(-1)!.code).toBe('total');
    // The totals are the counts the panel shows.
    const counts = countDesignations(designations);
    const total = rows.at(-1)!;
    expect([total.sites, total.shelters, total.welfare, total.facilities]).toEqual([
      counts.sites,
      counts.shelters,
      counts.welfare,
      counts.facilities,
    ]);
  });
});

describe('designationTable', () => {
  it('codes and counts unformatted in the CSV; the total row has no code', () => {
    const rows = designationRows(
      [site('E422010000101'), shelter('E422010000201', true)],
      new Set(),
    );
    const table = designationTable(rows, {
      municipality: '市町',
      sites: '場所',
      shelters: '避難所',
      welfare: '福祉',
      facilities: '施設',
      doubtful: '要確認',
      name: (code) => (code === 'total' ? '県全体' : `M${code}`),
    });
    const lines = exportCsv(table).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'municipality,municipality_code,evacuation_sites,shelters,welfare_shelters,facilities,doubtful_locations',
    );
    expect(lines[1]).toBe('M42201,42201,1,1,1,2,0');
    expect(lines.at(-2)).toBe('県全体,,1,1,1,2,0');
    expect(lines).toHaveLength(1 + 21 + 1 + 1);
  });
});
