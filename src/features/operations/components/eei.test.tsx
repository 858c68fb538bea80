// @vitest-environment jsdom
/**
 * The shelter card's EEI detail and the shelter desk: 未報告 apart from 否, the filters
 * reported back as a choice, the quiet shelters listed, and the CSV button's file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate, type Lang, type TFunction } from '../../../i18n';
import { parseCsv } from '../../../../tests/e2e/support/tourism-expected';
import { captureDownloads, fileText } from '../../../ui/export/testing/downloads';
import type { ShelterFilter } from '../../../domain/eei';
import { liveShelter, master } from '../model/test-data';
import { EeiDetails } from './EeiDetails';
import { ShelterDeskPanel } from './ShelterDeskPanel';

const tr =
  (lang: Lang): TFunction =>
  (key, params) =>
    translate(lang, key, params);

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  downloads.restore();
  vi.useRealTimers();
});

const item = (field: string) =>
  screen.getByTestId('eei-details').querySelector(`[data-eei="${field}"] dd`)?.textContent;

describe('EeiDetails', () => {
  it.each<[Lang, string, string, string]>([
    ['ja', '否', '未報告', '未報告：'],
    ['en', 'no', 'not reported', 'Not reported: '],
  ])('%s: no, not reported, and the unreported items named', (lang, no, notReported, list) => {
    render(
      <EeiDetails
        eei={{ petsAccepted: false, toiletCount: 0, suppliesNeeded: ['毛布', '水'] }}
        lang={lang}
        t={tr(lang)}
      />,
    );
    expect(item('petsAccepted')).toBe(no);
    expect(item('carSleepersAllowed')).toBe(notReported);
    expect(item('toiletCount')).toBe('0');
    expect(item('suppliesNeeded')).toBe('毛布、水');
    expect(item('openingReason')).toBeUndefined();
    expect(screen.getByText(new RegExp(`^${list}`)).textContent).toContain(
      translate(lang, 'eei.item.openingReason'),
    );
  });

  it('says nothing was reported, and still shows both yes/no items as not reported', () => {
    render(<EeiDetails lang="ja" t={tr('ja')} />);
    expect(screen.getByText('EEI項目の報告なし')).toBeTruthy();
    expect(item('petsAccepted')).toBe('未報告');
    expect(item('carSleepersAllowed')).toBe('未報告');
  });
});

describe('ShelterDeskPanel', () => {
  const NOW = Date.parse('2026-09-01T12:00:00Z');
  const live = [
    liveShelter(
      'E4220100001111',
      {
        evacueeTotal: 10,
        observedAt: NOW - 5 * 3_600_000,
        eei: { petsAccepted: true, evacueeMale: 4, evacueeFemale: 6 },
      },
      { capacity: 100, master: master('E4220100001111', { name: '中央公民館' }) },
    ),
    liveShelter(
      'E4220100002111',
      { evacueeTotal: 10, observedAt: NOW - 60_000, eei: { petsAccepted: false } },
      { capacity: 100 },
    ),
    liveShelter('E4220100003111', { openingStatus: 'closed', observedAt: NOW - 9 * 3_600_000 }),
  ];
  function renderDesk(filters: ShelterFilter[], onFilters = vi.fn()) {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    render(
      <ShelterDeskPanel
        live={live}
        filters={filters}
        onFilters={onFilters}
        staleReportHours={3}
        lang="ja"
        t={tr('ja')}
      />,
    );
    return onFilters;
  }

  it('reports a toggled filter in the fixed order, and clears', async () => {
    const onFilters = renderDesk(['supplies']);
    await userEvent.click(screen.getByLabelText('ペット同行可'));
    expect(onFilters).toHaveBeenLastCalledWith(['pets', 'supplies']);
    await userEvent.click(screen.getByRole('button', { name: '絞り込みを解除' }));
    expect(onFilters).toHaveBeenLastCalledWith([]);
  });

  it('lists the matching shelters and counts them', () => {
    renderDesk(['pets']);
    expect(screen.getByTestId('shelter-filter-count').textContent).toBe('地図と一覧：1 / 3 か所');
    const list = screen.getByTestId('shelter-filter-list');
    expect([...list.querySelectorAll('li')].map((li) => li.dataset['key'])).toEqual([
      'E4220100001111',
    ]);
  });

  it('lists the open shelter quiet for over 3 hours, not the closed one', () => {
    renderDesk([]);
    const rows = within(screen.getByTestId('stale-reports')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.dataset['key'])).toEqual(['E4220100001111']);
    expect(rows[0]!.textContent).toContain('5時間前');
  });

  it('sums male and female where reported, with the coverage', () => {
    renderDesk([]);
    const row = screen.getByTestId('sex-totals').querySelector('tr[data-code="42201"]');
    expect(row?.textContent).toBe('長崎市4 (1/2か所)6 (1/2か所)');
  });

  it('saves every reported or open shelter as the EEI CSV, whatever the filter', async () => {
    renderDesk(['pets']);
    vi.useRealTimers();
    await userEvent.click(screen.getByTestId('eei-csv'));
    const file = downloads.files.at(-1)!;
    expect(file.filename).toMatch(/^nagasaki-shelters-eei-.*\.csv$/);
    const csv = parseCsv(await fileText(file.blob));
    expect(csv[0]!.slice(0, 4)).toEqual(['市町村コード', '市町村名', '避難所ID', '避難所名']);
    expect(csv.slice(1).map((r) => [r[2], r[7], r[20]])).toEqual([
      ['E4220100001111', '4', '可'],
      ['E4220100002111', '', '否'],
    ]);
  });
});
