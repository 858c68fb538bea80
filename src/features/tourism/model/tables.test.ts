import { describe, expect, it } from 'vitest';
import { exportCsv, shownColumns, type ExportTable } from '../../../domain/export-table';
import type { IslandShare } from './islands';
import type { OriginShare } from './origins';
import { islandTable, originTable, percent, stayTable } from './tables';
import { total } from './test-data';

/** The CSV without its BOM, line by line. */
const lines = (table: ExportTable) => exportCsv(table).slice(1).split('\r\n').slice(0, -1);

describe('percent', () => {
  it.each<[number | null, number | null]>([
    [0.1234, 12.3],
    [0.12351, 12.4],
    [1, 100],
    [0, 0],
    [null, null],
  ])('%s → %s', (share, expected) => {
    expect(percent(share)).toBe(expected);
  });
});

describe('stayTable', () => {
  const labels = { date: '日付', dayTrip: '日帰り', overnight: '宿泊' };
  it.each<[string, Parameters<typeof stayTable>[0], string[]]>([
    [
      'published, lower bound, suppressed only, no data',
      [
        { date: '2026-08-01', dayTrip: total(150, 0), overnight: total(50, 2) },
        { date: '2026-08-02', dayTrip: total(null, 1), overnight: total(null, 0) },
      ],
      ['2026-08-01,150,0,50,2', '2026-08-02,suppressed,1,,0'],
    ],
    ['no days', [], []],
  ])('%s', (_label, days, rows) => {
    const table = stayTable(days, labels);
    expect(lines(table)).toEqual([
      'date_jst,day_trip,day_trip_suppressed_records,overnight,overnight_suppressed_records',
      ...rows,
    ]);
    expect(shownColumns(table).map((c) => c.label)).toEqual(['日付', '日帰り', '宿泊']);
  });
});

describe('originTable', () => {
  const labels = {
    origin: '居住地',
    group: '区分',
    domestic: '国内',
    inbound: '訪日',
    personHours: '人・時間',
    share: '割合',
  };
  const names: Record<string, string> = { 'JP-40': '福岡県', KR: '韓国', JP: 'その他', TW: '台湾' };
  it.each<[string, OriginShare[], string[]]>([
    [
      'in the breakdown order, domestic and inbound told apart',
      [
        { origin: 'JP-40', total: total(900, 0), share: 0.6 },
        { origin: 'KR', total: total(600, 3), share: 0.4 },
        { origin: 'TW', total: total(null, 4), share: null },
      ],
      [
        '福岡県,JP-40,domestic,900,0,60',
        '韓国,KR,inbound,600,3,40',
        '台湾,TW,inbound,suppressed,4,',
      ],
    ],
    [
      'JP without a prefecture is domestic',
      [{ origin: 'JP', total: total(5, 0), share: 1 }],
      ['その他,JP,domestic,5,0,100'],
    ],
  ])('%s', (_label, shares, rows) => {
    const table = originTable(shares, (o) => names[o] ?? o, labels);
    expect(lines(table)).toEqual([
      'origin,origin_key,group,person_hours,person_hours_suppressed_cells,share_percent',
      ...rows,
    ]);
  });
});

describe('islandTable', () => {
  const share = (over: Partial<IslandShare['byIsland']>, all = total(10_000)): IslandShare => {
    const byIsland = {
      tsushima: total(1000),
      iki: total(500),
      goto: total(null, 0),
      kamigoto: total(250, 1),
      ojika: total(null, 3),
      ...over,
    };
    const islands = { value: 1750, suppressed: 4 };
    return { byIsland, islands, all, share: 0.175 };
  };
  const labels = {
    island: '離島',
    personHours: '人・時間',
    share: '割合',
    all: '離島の合計',
    name: (i: string) => i.toUpperCase(),
  };
  it.each<[string, IslandShare, string[]]>([
    [
      'each island, then all five; no data and suppressed have no share',
      share({}),
      [
        'TSUSHIMA,tsushima,1000,0,10',
        'IKI,iki,500,0,5',
        'GOTO,goto,,0,',
        'KAMIGOTO,kamigoto,250,1,2.5',
        'OJIKA,ojika,suppressed,3,',
        '離島の合計,all,1750,4,17.5',
      ],
    ],
    [
      'no prefecture total: no shares at all, never 0',
      share({}, total(null)),
      [
        'TSUSHIMA,tsushima,1000,0,',
        'IKI,iki,500,0,',
        'GOTO,goto,,0,',
        'KAMIGOTO,kamigoto,250,1,',
        'OJIKA,ojika,suppressed,3,',
        '離島の合計,all,1750,4,',
      ],
    ],
  ])('%s', (_label, s, rows) => {
    expect(lines(islandTable(s, labels))).toEqual([
      'island,island_key,person_hours,person_hours_suppressed_cells,share_of_prefecture_percent',
      ...rows,
    ]);
  });
});
