import { describe, expect, it } from 'vitest';
import { emptyTotals } from './aggregates';
import { sortRows, type MunicipalityRow, type SortColumn } from './sort';

const row = (code: string, name: string, evacuees: number, level?: 3 | 4 | 5): MunicipalityRow => ({
  code,
  name,
  level: level ? { level, label: '', issuedAt: 0, infoId: '' } : undefined,
  totals: { ...emptyTotals(), evacuees },
});
const rows = [
  row('42201', '長崎市', 300, 4),
  row('42202', '佐世保市', 300),
  row('42209', '対馬市', 50, 5),
];

describe('sortRows', () => {
  it.each<[SortColumn, boolean, string[]]>([
    ['evacuees', true, ['42201', '42202', '42209']], // tie broken by code
    ['evacuees', false, ['42209', '42201', '42202']],
    ['level', true, ['42209', '42201', '42202']], // none in force sorts as 0
    ['name', false, ['42201', '42202', '42209']], // official code order
    ['name', true, ['42209', '42202', '42201']],
  ])('%s, descending %s', (column, desc, expected) => {
    expect(sortRows(rows, column, desc).map((r) => r.code)).toEqual(expected);
  });
});
