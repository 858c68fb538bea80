// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { translate } from '../../i18n';
import type { TFunction } from '../../i18n';
import { parseCsv } from '../../../tests/e2e/support/tourism-expected';
import { CsvButton } from './CsvButton';
import { PngButton } from './PngButton';
import { ExportTableView } from './ExportTable';
import { custom, exportCsv, total, flag, type ExportTable } from '../../domain/export-table';
import { captureDownloads, fileText, readTable, unformatJa } from './testing/downloads';

const t: TFunction = (key, params) => translate('ja', key, params);
const NOW = () => Date.parse('2026-08-10T14:05:00+09:00');

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  downloads.restore();
});

const TABLE: ExportTable = {
  columns: [
    { id: 'code' },
    { id: 'municipality', label: '市町' },
    { id: 'visitors', label: '人数', numeric: true },
    { id: 'visitors_suppressed_records' },
    { id: 'island', label: '離島' },
  ],
  rows: [
    {
      key: '42201',
      cells: ['42201', '長崎市', total({ value: 12345, suppressed: 0 }), 0, flag(false)],
    },
    {
      key: '42209',
      cells: ['42209', '対馬市', total({ value: 80, suppressed: 2 }), 2, flag(true)],
    },
    {
      key: '42383',
      cells: ['42383', '小値賀町', total({ value: null, suppressed: 3 }), 3, flag(true)],
    },
    {
      key: '42411',
      cells: ['42411', '新上五島町', total({ value: null, suppressed: 0 }), 0, flag(true)],
    },
  ],
};

describe('CsvButton', () => {
  it('saves the table it sits by: the same rows, in order, the cells unformatted', async () => {
    render(
      <>
        <CsvButton
          filename="presence-here"
          build={() => exportCsv(TABLE)}
          label={t('export.csv')}
          subject="市町別"
          t={t}
          now={NOW}
        />
        <ExportTableView table={TABLE} caption="滞在者" lang="ja" t={t} testId="tbl" />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'CSVで保存（市町別）' }));
    expect(downloads.files.map((f) => f.filename)).toEqual([
      'nagasaki-presence-here-20260810-1405-jst.csv',
    ]);
    const [header, ...rows] = parseCsv(await fileText(downloads.files[0]!.blob));
    const dom = readTable(screen.getByTestId('tbl'));
    const shown = ['municipality', 'visitors', 'island'].map((id) => header!.indexOf(id));
    expect(dom.head).toEqual(['市町', '人数', '離島']);
    expect(rows.map((r) => shown.map((i) => r[i]))).toEqual(dom.body.map((r) => r.map(unformatJa)));
    // What the screen folds into 「以上」 and 秘匿 the file spells out.
    expect(dom.body.map((r) => r[1])).toEqual(['12,345', '80以上', '秘匿', '—']);
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['12345', '0'],
      ['80', '2'],
      ['suppressed', '3'],
      ['', '0'],
    ]);
  });

  it('works from the keyboard', async () => {
    render(<CsvButton filename="x" build={() => 'a\r\n'} label="CSV" t={t} now={NOW} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'CSV' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(downloads.files).toHaveLength(2);
  });

  it('says so when the CSV cannot be built, and keeps working', async () => {
    let fail = true;
    const build = () => {
      if (fail) throw new Error('no data yet');
      return 'ok\r\n';
    };
    render(<CsvButton filename="x" build={build} label="CSV" t={t} testId="csv" now={NOW} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('alert')).toHaveTextContent('保存できませんでした：no data yet');
    expect(downloads.files).toHaveLength(0);
    fail = false;
    await userEvent.click(screen.getByRole('button'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(downloads.files).toHaveLength(1);
  });
});

describe('PngButton', () => {
  it('says there is no chart when its target is not mounted', async () => {
    const ref = createRef<HTMLDivElement>();
    render(<PngButton target={ref} filename="trends" title="推移" label="PNG" t={t} />);
    await userEvent.click(screen.getByRole('button', { name: 'PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '保存できませんでした：保存するグラフが表示されていません',
    );
    expect(downloads.files).toHaveLength(0);
  });

  it('reports a chart it cannot draw (jsdom lays nothing out) instead of throwing', async () => {
    const ref = createRef<HTMLDivElement>();
    render(
      <>
        <div ref={ref}>
          <svg />
        </div>
        <PngButton target={ref} filename="trends" title="推移" label="PNG" t={t} />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'PNG' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the chart is not on screen');
    expect(screen.getByRole('button', { name: 'PNG' })).not.toHaveAttribute('aria-disabled');
  });
});

describe('a figure column that says in words why there is no figure', () => {
  it('lets words with spaces wrap, never numbers, a dash or one word', () => {
    const table: ExportTable = {
      columns: [
        { id: 'place', label: '場所' },
        { id: 'n', label: '人数', numeric: true },
      ],
      rows: [
        ['a', 12345],
        ['b', total({ value: 80, suppressed: 2 })],
        ['c', total({ value: null, suppressed: 3 })],
        ['d', null],
        ['e', custom('Not published', '')],
      ].map(([place, n], i) => ({ key: String(i), cells: [place!, n!] })),
    };
    render(<ExportTableView table={table} caption="人数" lang="ja" t={t} testId="words" />);
    const cells = [...screen.getByTestId('words').querySelectorAll('tbody td')];
    expect(cells.map((c) => [c.textContent, c.className])).toEqual([
      ['12,345', 'num'],
      ['80以上', 'num'],
      ['秘匿', 'num'],
      ['—', 'num'],
      ['Not published', 'num words'],
    ]);
  });
});
