import { describe, expect, it } from 'vitest';
import { exportCsv, type ExportTable } from '../../../domain/export-table';
import { emptyTotals, type AreaTotals, type OperationsTotals } from './aggregates';
import type { Alert } from './alerts';
import type { MunicipalityRow } from './sort';
import {
  alertTable,
  islandGroupTable,
  jstMinute,
  jstSecond,
  municipalityTable,
  trendsTable,
} from './tables';

const lines = (table: ExportTable) => exportCsv(table).slice(1).split('\r\n').slice(0, -1);
const area = (patch: Partial<AreaTotals>): AreaTotals => ({ ...emptyTotals(), ...patch });
const AREA_WORDS = {
  openShelters: '開設',
  evacuees: '避難者',
  households: '世帯',
  capacity: '収容',
  spare: '空き',
  reportedFull: '満員報告',
  fullBand: '80%以上',
};

describe('JST times', () => {
  it.each([
    ['2026-08-10T04:05:09Z', '2026-08-10 13:05:09', '2026-08-10 13:05'],
    ['2026-08-10T15:00:00Z', '2026-08-11 00:00:00', '2026-08-11 00:00'],
  ])('%s', (iso, second, minute) => {
    expect(jstSecond(Date.parse(iso))).toBe(second);
    expect(jstMinute(Date.parse(iso))).toBe(minute);
  });
});

describe('municipalityTable', () => {
  const words = {
    ...AREA_WORDS,
    municipality: '市町',
    level: '避難情報',
    levelText: (n: number) => `Lv${n}`,
    none: '—',
  };
  it.each<[string, MunicipalityRow[], string[]]>([
    [
      'rows in the order given (the screen sort), the level as a number, counts unformatted',
      [
        {
          code: '42209',
          name: '対馬市',
          level: { level: 4, label: '避難指示', issuedAt: 0, infoId: 'i' },
          totals: area({
            openShelters: 3,
            evacuees: 1234,
            households: 500,
            openCapacity: 2000,
            spareCapacity: 766,
            reportedFull: 1,
            fullBand: 2,
          }),
        },
        { code: '42201', name: '長崎市', level: undefined, totals: area({}) },
      ],
      ['対馬市,42209,4,3,1234,500,2000,766,1,2', '長崎市,42201,,0,0,0,0,0,0,0'],
    ],
    ['no rows', [], []],
  ])('%s', (_label, rows, body) => {
    const table = municipalityTable(rows, words);
    expect(lines(table)).toEqual([
      'municipality,municipality_code,evacuation_level,open_shelters,evacuees,households,open_capacity,spare_capacity,reported_full,full_band',
      ...body,
    ]);
    // The level as the screen words it.
    expect(
      table.rows.map((r) => {
        const v = r.cells[2];
        return v && typeof v === 'object' && v.kind === 'custom' ? v.text : undefined;
      }),
    ).toEqual(rows.map((r) => (r.level ? `Lv${r.level.level}` : '—')));
  });
});

describe('islandGroupTable', () => {
  const group = (i: number, spareLow = false) => ({
    ...area({
      openShelters: i,
      evacuees: 10 * i,
      openCapacity: 100,
      spareCapacity: 5,
      reportedFull: i % 2,
      fullBand: i,
    }),
    spareLow,
  });
  const totals = (unplaced: AreaTotals): OperationsTotals => ({
    byMunicipality: {},
    byIslandGroup: {
      tsushima: group(0),
      iki: group(1),
      goto: group(2, true),
      hiradoSasebo: group(3),
      mainland: group(4),
    },
    unplaced,
    prefecture: area({}),
  });
  const words = {
    ...AREA_WORDS,
    group: '地域',
    name: (g: string) => g.toUpperCase(),
    lowSpare: '空き不足',
  };
  const groups = [
    'TSUSHIMA,tsushima,0,0,100,5,0,0,no',
    'IKI,iki,1,10,100,5,1,1,no',
    'GOTO,goto,2,20,100,5,0,2,yes',
    'HIRADOSASEBO,hiradoSasebo,3,30,100,5,1,3,no',
    'MAINLAND,mainland,4,40,100,5,0,4,no',
  ];
  it.each<[string, AreaTotals, string[]]>([
    ['the five groups; nothing unplaced, no such row', area({}), groups],
    [
      'shelters on an unknown side of the sea get their own row, without a flag',
      area({ openShelters: 1, evacuees: 7, openCapacity: 20, spareCapacity: 13, reportedFull: 1 }),
      [...groups, 'UNPLACED,unplaced,1,7,20,13,1,0,'],
    ],
  ])('%s', (_label, unplaced, body) => {
    expect(lines(islandGroupTable(totals(unplaced), words))).toEqual([
      'island_group,island_group_key,open_shelters,evacuees,open_capacity,spare_capacity,reported_full,full_band,spare_low',
      ...body,
    ]);
  });
});

describe('trendsTable', () => {
  const h0 = Date.parse('2026-08-10T10:00:00+09:00');
  const H = 3_600_000;
  it.each<[string, string[], string[]]>([
    [
      'oldest hour first, one column per municipality drawn, gaps empty (never 0)',
      ['42201', '42209'],
      ['time_jst,長崎市,対馬市', '2026-08-10 10:00,0,', '2026-08-10 11:00,12,3'],
    ],
    ['nothing drawn: the hours only', [], ['time_jst', '2026-08-10 10:00', '2026-08-10 11:00']],
  ])('%s', (_label, codes, expected) => {
    const series = {
      hours: [h0, h0 + H],
      byMunicipality: { '42201': [0, 12], '42209': [null, 3] },
    };
    const names: Record<string, string> = { '42201': '長崎市', '42209': '対馬市' };
    expect(lines(trendsTable(series, codes, { time: '時刻', name: (c) => names[c]! }))).toEqual(
      expected,
    );
  });
});

describe('alertTable', () => {
  const at = Date.parse('2026-08-10T13:05:09+09:00');
  const alerts: Alert[] = [
    {
      id: 'a1',
      kind: 'shelterFull',
      at,
      detectedAt: at,
      municipalityCode: '42201',
      shelterKey: 'E4220100001',
      shelterName: '市民会館',
    },
    {
      id: 'a2',
      kind: 'levelRaised',
      at: at - 60_000,
      detectedAt: at,
      municipalityCode: '42209',
      level: 4,
      from: 3,
      to: 4,
    },
  ];
  it('newest first as given: JST time, kind, municipality, sentence', () => {
    const table = alertTable(alerts, {
      time: '時刻',
      kind: '種類',
      municipality: '市町',
      text: '内容',
      kindName: (k) => k.toUpperCase(),
      name: (c) => `M${c}`,
      sentence: (a) => `${a.kind}, in ${a.municipalityCode}`,
    });
    expect(lines(table)).toEqual([
      'time_jst,kind,municipality,municipality_code,text,shelter_key',
      '2026-08-10 13:05:09,shelterFull,M42201,42201,"shelterFull, in 42201",E4220100001',
      '2026-08-10 13:04:09,levelRaised,M42209,42209,"levelRaised, in 42209",',
    ]);
  });
});
