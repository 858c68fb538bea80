// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translate } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import type { Designation, LngLat } from '../../../domain/types';
import { parseCsv } from '../../../../tests/e2e/support/tourism-expected';
import {
  captureDownloads,
  fileText,
  pickColumns,
  readTable,
  unformatJa,
} from '../../../ui/export/testing/downloads';
import { designationRows } from '../model/designation-table';
import { DesignationTable } from './DesignationTable';

const t: TFunction = (key, params) => translate('ja', key, params);
const AT: LngLat = [129.9, 32.8];
const common = (id: string) => ({
  nationalShelterId: id,
  name: id,
  address: '長崎県',
  municipalityCode: id.slice(1, 6),
  location: AT,
});
const sites: Designation[] = [
  { ...common('E422010000101'), kind: 'site', hazardTypes: ['flood'] },
  { ...common('E422090000101'), kind: 'site', hazardTypes: ['tsunami'] },
];
const shelters: Designation[] = [
  { ...common('E422010000102'), kind: 'shelter', shelterType: 'general' },
  { ...common('E422010000201'), kind: 'shelter', shelterType: 'welfare' },
];

let downloads: ReturnType<typeof captureDownloads>;
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  cleanup();
  downloads.restore();
});

describe('DesignationTable', () => {
  it('shows designations per municipality and saves the same rows', async () => {
    const suspects = [{ designation: sites[1]!, distanceKm: 5, expectedMunicipality: '42209' }];
    render(
      <DesignationTable
        rows={designationRows([...sites, ...shelters], new Set(suspects.map((x) => x.designation)))}
        lang="ja"
        t={t}
      />,
    );
    await userEvent.click(
      within(screen.getByTestId('designation-details')).getByText('地図の内容を表で見る'),
    );
    const dom = readTable(screen.getByTestId('designation-table'));
    expect(dom.head).toEqual([
      '市町',
      '緊急避難場所',
      '避難所',
      'うち福祉避難所',
      '施設数',
      '位置要確認',
    ]);
    expect(dom.body).toHaveLength(22);
    expect(dom.body[0]).toEqual(['長崎市', '1', '2', '1', '2', '0']);
    expect(dom.body.find((r) => r[0] === '対馬市')).toEqual(['対馬市', '1', '0', '0', '1', '1']);
    expect(dom.body.at(-1)).toEqual(['県全体', '2', '2', '1', '3', '1']);
    await userEvent.click(screen.getByTestId('designation-csv'));
    const file = downloads.files[0]!;
    expect(file.filename).toMatch(/^nagasaki-designations-\d{8}-\d{4}-jst\.csv$/);
    const csv = parseCsv(await fileText(file.blob));
    expect(
      pickColumns(csv, [
        'municipality',
        'evacuation_sites',
        'shelters',
        'welfare_shelters',
        'facilities',
        'doubtful_locations',
      ]),
    ).toEqual(dom.body.map((r) => r.map(unformatJa)));
  });
});
