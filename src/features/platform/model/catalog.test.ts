import { describe, expect, it } from 'vitest';
import type { CatalogConfig } from '../../../config/schema';
import type { CatalogRound } from '../api/fetch-catalog';
import { catalogRows, catalogTotals } from './catalog';

const config: CatalogConfig = {
  baseUrl: './ckan',
  organizations: {
    '42201': 'nagasaki-city',
    '42202': 'sasebo-city',
    '42203': 'shimabara-city',
    '42204': 'typo-city',
  },
  prefectureOrganization: 'pref',
};

const round = (over: Partial<CatalogRound> = {}): CatalogRound => ({
  at: 1,
  since: '2026-04-01',
  total: 17,
  datasetsByOrg: { 'nagasaki-city': 10, 'sasebo-city': 4, pref: 3, other: 9 },
  orgTitles: {},
  formats: [],
  machineReadableFormats: ['CSV'],
  machineReadableByOrg: { 'nagasaki-city': 6, 'sasebo-city': 1, pref: 3 },
  sinceByOrg: { 'nagasaki-city': 8, pref: 3 },
  sinceTotal: 11,
  themes: [],
  themesByOrg: {
    aed: { 'nagasaki-city': 2 },
    evacuation: { 'nagasaki-city': 1, 'sasebo-city': 1 },
  },
  knownOrganizations: ['nagasaki-city', 'sasebo-city', 'shimabara-city', 'pref', 'dmo'],
  failures: [],
  ...over,
});

const row = (r: CatalogRound, code: string) => catalogRows(r, config).find((x) => x.code === code);

describe('catalogRows', () => {
  it.each<[string, CatalogRound, string, object]>([
    [
      'a municipality with datasets',
      round(),
      '42201',
      {
        state: 'ok',
        datasets: 10,
        machineReadable: 6,
        share: 0.6,
        datasetsBefore: 8,
        themes: ['aed', 'evacuation'],
      },
    ],
    [
      'an organization with none: 0, a real figure',
      round(),
      '42203',
      { state: 'ok', datasets: 0, machineReadable: 0, datasetsBefore: 0, themes: [] },
    ],
    [
      'an organization the catalogue does not have: not available',
      round(),
      '42204',
      { state: 'notInCatalog', organization: 'typo-city' },
    ],
    [
      'a municipality the config does not map: not available',
      round(),
      '42205',
      { state: 'unmapped' },
    ],
    [
      'without the organization list an absent organization counts 0',
      round({ knownOrganizations: undefined }),
      '42204',
      { state: 'ok', datasets: 0 },
    ],
    [
      'the machine-readable query failed: share unknown',
      round({ machineReadableByOrg: undefined }),
      '42201',
      { state: 'ok', datasets: 10 },
    ],
  ])('%s', (_, r, code, expected) => {
    expect(row(r, code)).toMatchObject(expected);
  });

  it('leaves out what is unknown instead of writing 0', () => {
    const r = row(
      round({ machineReadableByOrg: undefined, sinceByOrg: undefined, themesByOrg: undefined }),
      '42201',
    );
    expect(r).not.toHaveProperty('machineReadable');
    expect(r).not.toHaveProperty('share');
    expect(r).not.toHaveProperty('datasetsBefore');
    expect(r).not.toHaveProperty('themes');
    expect(row(round(), '42203')).not.toHaveProperty('share');
  });
});

describe('catalogTotals', () => {
  it('counts municipalities, datasets with the prefecture apart, the share and the organizations unmapped', () => {
    const r = round();
    expect(catalogTotals(catalogRows(r, config), r, config)).toEqual({
      municipalitiesOpening: 2,
      municipalitiesUnknown: 18, // 17 unmapped + 1 not in the catalogue
      municipalitiesOpeningBefore: 1,
      municipalDatasets: 14,
      prefectureDatasets: 3,
      datasets: 17,
      datasetsBefore: 11,
      machineReadableShare: 10 / 17,
      unmappedOrganizations: ['dmo'],
    });
  });
});
