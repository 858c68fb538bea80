// @vitest-environment jsdom
/**
 * The map's tables (flows of the cursor day, presence at the cursor hour): what the CSV
 * button saves equals the table on screen, row for row and cell for cell.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { parseCsv } from '../../../../tests/e2e/support/tourism-expected';
import {
  captureDownloads,
  fileText,
  pickColumns,
  readTable,
  unformatJa,
} from '../../../ui/export/testing/downloads';
import type { TourismAtCursor } from '../hooks/use-tourism-view';
import { toArcs } from '../layers/arcs';
import type { FlowAggregate } from '../model/flows';
import { ALL_FILTER } from '../../../domain/tourism-days';
import { at as hourOf, total } from '../model/test-data';
import { FlowTablePanel } from './FlowTablePanel';
import { PresenceHerePanel } from './PresenceHerePanel';

const t: TFunction = (key, params) => translate('ja', key, params);
const DAY = '2026-08-01';

const flows: FlowAggregate[] = [
  {
    origin: { kind: 'municipality', code: '42201' },
    destination: '42211',
    count: 1500,
    suppressed: 2,
    islandCrossing: true,
    seaCrossing: true,
    modes: { ferry: 1200, air: 300 },
    modeRecords: { ferry: 3, air: 2 },
  },
  {
    origin: { kind: 'prefecture', code: '40' },
    destination: '42201',
    count: 900,
    suppressed: 0,
    islandCrossing: false,
    seaCrossing: false,
    modes: { road: 900 },
    modeRecords: { road: 1 },
  },
  {
    origin: { kind: 'prefecture', code: '13' },
    destination: '42383',
    count: null,
    suppressed: 3,
    islandCrossing: true,
    seaCrossing: false,
    modes: {},
    modeRecords: { air: 3 },
  },
];

function cursorState(): TourismAtCursor {
  const drawn = toArcs(flows);
  return {
    filter: ALL_FILTER,
    presence: new Map([
      ['42201', total(12_000)],
      ['42209', total(800, 2)],
      ['42383', total(null, 5)],
    ]),
    presenceMax: 12_000,
    day: { fromMs: hourOf(DAY), toMs: hourOf('2026-08-02') },
    flows,
    arcs: drawn.arcs,
    arcMax: drawn.max,
    hiddenArcs: drawn.hidden,
    unplacedFlows: drawn.unplaced,
    suppressedFlows: 1,
  };
}

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  downloads.restore();
});

async function open(summaryOf: string) {
  await userEvent.click(within(screen.getByTestId(summaryOf)).getByText('地図の内容を表で見る'));
}

async function saved(button: string): Promise<string[][]> {
  await userEvent.click(screen.getByTestId(button));
  return parseCsv(await fileText(downloads.files.at(-1)!.blob));
}

describe('FlowTablePanel', () => {
  it('lists every flow of the day; its CSV holds the same rows and numbers', async () => {
    render(<FlowTablePanel at={cursorState()} lang="ja" t={t} />);
    expect(screen.queryByTestId('flow-table')).toBeNull(); // built only when opened
    await open('flow-details');
    const dom = readTable(screen.getByTestId('flow-table'));
    expect(dom.head).toEqual(['出発地 → 到着地', '人数', '海を渡る', '交通手段', '地図に線']);
    expect(dom.body).toEqual([
      ['長崎市 → 五島市', '1,500以上', 'はい', '船 1,200・航空機 300', 'はい'],
      ['福岡県 → 長崎市', '900', 'いいえ', '道路', 'はい'],
      ['東京都 → 小値賀町', '秘匿', 'いいえ', '—', 'いいえ'],
    ]);
    const csv = await saved('flow-csv');
    expect(downloads.files[0]!.filename).toMatch(
      /^nagasaki-flows-2026-08-01-\d{8}-\d{4}-jst\.csv$/,
    );
    const shown = ['origin', 'destination', 'visitors', 'sea_crossing', 'on_map'];
    expect(pickColumns(csv, shown).map(([o, d, ...rest]) => [`${o} → ${d}`, ...rest])).toEqual(
      dom.body.map((r) => [r[0], r[1], r[2], r[4]].map((c) => unformatJa(c!))),
    );
    expect(
      pickColumns(csv, [
        'origin_code',
        'destination_code',
        'visitors_suppressed_records',
        'modes',
        'ferry_visitors',
        'air_visitors',
        'road_visitors',
      ]),
    ).toEqual([
      ['42201', '42211', '2', 'ferry;air', '1200', '300', ''],
      ['40', '42201', '0', 'road', '', '', '900'],
      ['13', '42383', '3', '', '', '', ''],
    ]);
  });
});

describe('PresenceHerePanel', () => {
  it('lists the 21 municipalities, most visitors first; the CSV equals the table', async () => {
    render(<PresenceHerePanel at={cursorState()} cursor={hourOf(DAY, 13)} lang="ja" t={t} />);
    await open('presence-here-details');
    const dom = readTable(screen.getByTestId('presence-here-table'));
    expect(dom.head).toEqual(['市町', '滞在者', '離島']);
    expect(dom.body).toHaveLength(21);
    expect(dom.body.slice(0, 4)).toEqual([
      ['長崎市', '12,000', 'いいえ'],
      ['対馬市', '800以上', 'はい'],
      ['小値賀町', '秘匿', 'はい'],
      ['佐世保市', '—', 'いいえ'],
    ]);
    const csv = await saved('presence-here-csv');
    expect(downloads.files[0]!.filename).toMatch(
      /^nagasaki-presence-at-2026-08-01-1300-\d{8}-\d{4}-jst\.csv$/,
    );
    expect(pickColumns(csv, ['municipality', 'visitors_present', 'island'])).toEqual(
      dom.body.map((r) => r.map(unformatJa)),
    );
    expect(pickColumns(csv, ['visitors_suppressed_cells']).slice(0, 3).flat()).toEqual([
      '0',
      '2',
      '5',
    ]);
  });
});
