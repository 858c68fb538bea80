import { describe, expect, it } from 'vitest';
import {
  csvValue,
  custom,
  exportCsv,
  flag,
  shownColumns,
  total,
  type ExportTable,
  type ExportValue,
} from './export-table';

describe('csvValue', () => {
  it.each<[string, ExportValue, string | number | null | undefined]>([
    ['text', 'a', 'a'],
    ['number', 3, 3],
    ['nothing', null, null],
    ['total', total({ value: 5, suppressed: 1 }), 5],
    ['suppressed only', total({ value: null, suppressed: 1 }), 'suppressed'],
    ['no data', total({ value: null, suppressed: 0 }), null],
    ['yes', flag(true), 'yes'],
    ['no', flag(false), 'no'],
    ['custom', custom('Lv 4', 4), 4],
  ])('%s', (_label, value, expected) => {
    expect(csvValue(value)).toEqual(expected);
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

  it('shows a screen-only column and leaves it out of the file', () => {
    const joined: ExportTable = {
      columns: [
        { id: 'route', label: '経路', screenOnly: true },
        { id: 'origin' },
        { id: 'destination' },
      ],
      rows: [{ key: 'x', cells: ['福岡 → 長崎市', '福岡', '長崎市'] }],
    };
    expect(shownColumns(joined).map((c) => c.id)).toEqual(['route']);
    expect(exportCsv(joined).split('\r\n')).toEqual([
      '\uFEFForigin,destination',
      '福岡,長崎市',
      '',
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
