// @vitest-environment jsdom
/**
 * The operations tables and their CSV buttons: the file holds the rows the screen shows, in
 * the order it shows them (the chosen sort too), the numbers unformatted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { parseCsv } from '../../../../tests/e2e/support/tourism-expected';
import {
  captureDownloads,
  fileText,
  pickColumns,
  readTable,
  unformatJa,
} from '../../../ui/export/testing/downloads';
import { emptyTotals, type AreaTotals, type OperationsTotals } from '../model/aggregates';
import type { Alert } from '../model/alerts';
import type { LevelInForce } from '../model/levels';
import { AlertsList } from './AlertsList';
import { IslandTable } from './IslandTable';
import { MunicipalityTable } from './MunicipalityTable';
import { AREA_COUNT_COLUMNS } from '../model/tables';

const t: TFunction = (key, params) => translate('ja', key, params);

const area = (i: number): AreaTotals => ({
  ...emptyTotals(),
  openShelters: i % 4,
  evacuees: (i * 137) % 1000,
  households: (i * 53) % 400,
  openCapacity: 1000 + i * 10,
  spareCapacity: 1000 + i * 10 - ((i * 137) % 1000),
  reportedFull: i % 3,
  fullBand: i % 5,
});

function totals(): OperationsTotals {
  const group = (i: number, spareLow = false) => ({ ...area(i), spareLow });
  return {
    byMunicipality: Object.fromEntries(MUNICIPALITIES.map((m, i) => [m.code, area(i + 1)])),
    byIslandGroup: {
      tsushima: group(1),
      iki: group(2, true),
      goto: group(3),
      hiradoSasebo: group(4),
      mainland: group(50),
    },
    unplaced: { ...emptyTotals(), openShelters: 1, evacuees: 12 },
    prefecture: area(99),
  };
}

const levels = new Map<string, LevelInForce>([
  ['42209', { level: 4, label: '避難指示', issuedAt: 0, infoId: 'a' }],
  ['42201', { level: 3, label: '高齢者等避難', issuedAt: 0, infoId: 'b' }],
]);

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  downloads.restore();
});

async function saved(button: string): Promise<{ name: string; csv: string[][] }> {
  await userEvent.click(screen.getByTestId(button));
  const file = downloads.files.at(-1)!;
  return { name: file.filename, csv: parseCsv(await fileText(file.blob)) };
}

const COUNTS = [...AREA_COUNT_COLUMNS];
/** `Lv4` → 4, as the CSV writes the level. */
const level = (cell: string) => (cell === '—' ? '' : cell.replace(/^Lv/, ''));

describe('MunicipalityTable', () => {
  it('saves the rows in the order on screen, before and after sorting', async () => {
    render(<MunicipalityTable totals={totals()} levels={levels} lang="ja" t={t} />);
    const check = async () => {
      const dom = readTable(screen.getByTestId('municipality-table'));
      const { name, csv } = await saved('municipality-csv');
      expect(name).toMatch(/^nagasaki-municipalities-\d{8}-\d{4}-jst\.csv$/);
      expect(pickColumns(csv, ['municipality', 'evacuation_level', ...COUNTS])).toEqual(
        dom.body.map(([n, lv, ...rest]) => [n!, level(lv!), ...rest.map(unformatJa)]),
      );
      return dom.body.map((r) => r[0]);
    };
    const byEvacuees = await check();
    await userEvent.click(screen.getByRole('button', { name: '市町で並べ替え' }));
    const byName = await check();
    expect(byName).not.toEqual(byEvacuees);
    expect(byName[0]).toBe('長崎市');
    expect(downloads.files).toHaveLength(2);
  });
});

describe('IslandTable', () => {
  it('saves the five groups and the unplaced row, with the low-spare flag', async () => {
    render(<IslandTable totals={totals()} lang="ja" t={t} />);
    const dom = readTable(screen.getByTestId('island-table'));
    const { csv } = await saved('island-csv');
    expect(pickColumns(csv, ['island_group', ...COUNTS.filter((c) => c !== 'households')])).toEqual(
      // The screen adds 「空き不足」 to the name of a flagged group; the CSV has a column.
      dom.body.map(([n, ...rest]) => [n!.replace('空き不足', ''), ...rest.map(unformatJa)]),
    );
    expect(pickColumns(csv, ['spare_low']).flat()).toEqual(['no', 'yes', 'no', 'no', 'no', '']);
  });
});

describe('AlertsList', () => {
  const at = Date.parse('2026-08-10T13:05:09+09:00');
  const alerts: Alert[] = [
    {
      id: 'x1',
      kind: 'shelterFull',
      at,
      detectedAt: at,
      municipalityCode: '42201',
      shelterKey: 'E4220100001',
      shelterName: '市民会館',
      reported: true,
    },
    {
      id: 'x2',
      kind: 'levelRaised',
      at: at - 90_000,
      detectedAt: at,
      municipalityCode: '42209',
      level: 4,
      from: 3,
      to: 4,
    },
  ];
  it('lists time (JST), kind, municipality and text; the CSV holds the same', async () => {
    render(<AlertsList alerts={alerts} lang="ja" t={t} />);
    const dom = readTable(screen.getByTestId('alert-list'));
    expect(dom.head).toEqual(['時刻（JST）', '種類', '市町', '内容']);
    expect(dom.body).toEqual([
      ['2026-08-10 13:05:09', '満員・満の区分', '長崎市', '市民会館（長崎市）が満員と報告'],
      [
        '2026-08-10 13:03:39',
        '避難情報の引き上げ',
        '対馬市',
        '対馬市：警戒レベル3 高齢者等避難 → 警戒レベル4 避難指示',
      ],
    ]);
    const { name, csv } = await saved('alerts-csv');
    expect(name).toMatch(/^nagasaki-alerts-\d{8}-\d{4}-jst\.csv$/);
    expect(pickColumns(csv, ['time_jst', 'municipality', 'text'])).toEqual(
      dom.body.map((r) => [r[0]!, r[2]!, r[3]!]),
    );
    expect(pickColumns(csv, ['kind']).flat()).toEqual(['shelterFull', 'levelRaised']);
    // The important kinds stay in bold.
    expect(screen.getByTestId('alert-list').querySelector('tr.alert-shelterFull')).not.toBeNull();
  });

  it.each<[Lang, string]>([
    ['ja', '名称不明の避難所 E4220199001111（長崎市）が開設'],
    ['en', 'Unnamed shelter E4220199001111 (Nagasaki) opened'],
  ])('names a shelter without a master as unnamed, with its ID (%s)', (lang, text) => {
    const unnamed: Alert = {
      id: 'x3',
      kind: 'shelterOpened',
      at,
      detectedAt: at,
      municipalityCode: '42201',
      shelterKey: 'E4220199001111',
    };
    const tl: TFunction = (key, params) => translate(lang, key, params);
    render(<AlertsList alerts={[unnamed]} lang={lang} t={tl} />);
    expect(readTable(screen.getByTestId('alert-list')).body[0]?.[3]).toBe(text);
  });

  it('says there are none, and offers no empty file', () => {
    render(<AlertsList alerts={[]} lang="ja" t={t} />);
    expect(screen.getByText('新しいアラートはありません')).toBeInTheDocument();
    expect(screen.queryByTestId('alerts-csv')).toBeNull();
  });
});
