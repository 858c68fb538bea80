import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../i18n';
import type { TFunction } from '../../app/context';
import {
  cellText,
  csvValue,
  custom,
  exportCsv,
  flag,
  isNumeric,
  shownColumns,
  total,
  type ExportTable,
  type ExportValue,
} from './table-model';

const tOf =
  (lang: Lang): TFunction =>
  (key, params) =>
    translate(lang, key, params);

describe('one value, on screen and in the file', () => {
  it.each<[string, ExportValue, string, string, string | number | null | undefined]>([
    ['text', '長崎市', '長崎市', '長崎市', '長崎市'],
    ['number', 12345, '12,345', '12,345', 12345],
    ['zero is a number, not nothing', 0, '0', '0', 0],
    ['nothing', null, '—', '—', null],
    ['not a number', Number.NaN, '—', '—', Number.NaN],
    ['published total', total({ value: 1200, suppressed: 0 }), '1,200', '1,200', 1200],
    [
      'total leaving suppressed records out',
      total({ value: 1200, suppressed: 3 }),
      '1,200以上',
      'at least 1,200',
      1200,
    ],
    [
      'only suppressed records',
      total({ value: null, suppressed: 2 }),
      '秘匿',
      'Suppressed',
      'suppressed',
    ],
    ['no record at all', total({ value: null, suppressed: 0 }), '—', '—', null],
    ['a zero total is zero', total({ value: 0, suppressed: 0 }), '0', '0', 0],
    ['yes', flag(true), 'はい', 'Yes', 'yes'],
    ['no', flag(false), 'いいえ', 'No', 'no'],
    ['custom', custom('Lv4', 4), 'Lv4', 'Lv4', 4],
  ])('%s', (_label, value, ja, en, csv) => {
    expect(cellText(value, 'ja', tOf('ja'))).toBe(ja);
    expect(cellText(value, 'en', tOf('en'))).toBe(en);
    expect(csvValue(value)).toEqual(csv);
  });

  it.each<[ExportValue, boolean]>([
    [1, true],
    [total({ value: null, suppressed: 1 }), true],
    ['1', false],
    [null, false],
    [flag(true), false],
  ])('numeric alignment for %j: %s', (value, expected) => {
    expect(isNumeric(value)).toBe(expected);
  });
});

describe('exportCsv', () => {
  const table: ExportTable = {
    columns: [
      { id: 'code' },
      { id: 'municipality', label: '市町' },
      { id: 'visitors', label: '人数', numeric: true },
      { id: 'visitors_suppressed_records' },
      { id: 'sea_crossing', label: '海' },
    ],
    rows: [
      { key: 'a', cells: ['42201', '長崎市', total({ value: 30, suppressed: 1 }), 1, flag(false)] },
      {
        key: 'b',
        cells: ['42209', '=対馬市', total({ value: null, suppressed: 2 }), 2, flag(true)],
      },
    ],
  };

  it('writes every column, CSV-only ones too, in row order, values unformatted', () => {
    expect(exportCsv(table).split('\r\n')).toEqual([
      '\uFEFFcode,municipality,visitors,visitors_suppressed_records,sea_crossing',
      '42201,長崎市,30,1,no',
      "42209,'=対馬市,suppressed,2,yes",
      '',
    ]);
  });

  it('shows only the labelled columns, each with its index into the cells', () => {
    expect(shownColumns(table).map((c) => [c.id, c.index])).toEqual([
      ['municipality', 1],
      ['visitors', 2],
      ['sea_crossing', 4],
    ]);
  });

  it('refuses a row that does not line up with the columns', () => {
    const bad: ExportTable = {
      columns: [{ id: 'a' }, { id: 'b' }],
      rows: [{ key: 'x', cells: [1] }],
    };
    expect(() => exportCsv(bad)).toThrow('row x has 1 cells for 2 columns');
  });
});
