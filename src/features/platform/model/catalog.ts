/**
 * The catalogue's figures per municipality and for the prefecture, from one round of facet
 * answers. A municipality the configuration maps to no organization, or whose organization the
 * catalogue does not have, is "not available", never 0; an organization with no dataset is 0.
 */
import type { CatalogConfig } from '../../../config/schema';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import type { MunicipalityCode } from '../../../domain/types';
import { configuredOrganizations, type CatalogRound } from '../api/fetch-catalog';

export type CatalogRowState = 'ok' | 'unmapped' | 'notInCatalog';

export interface CatalogRow {
  code: MunicipalityCode;
  organization?: string;
  state: CatalogRowState;
  /** Undefined unless `ok`. */
  datasets?: number;
  /** Datasets with a resource in a machine-readable format; undefined when not known. */
  machineReadable?: number;
  /** machineReadable ÷ datasets (0–1); undefined without datasets or without the count. */
  share?: number;
  /** Datasets that existed before the comparison date; undefined when not known. */
  datasetsBefore?: number;
  /** Themes (CKAN groups) it publishes at least one dataset in; undefined when not known. */
  themes?: readonly string[];
}

export function catalogRows(round: CatalogRound, config: CatalogConfig): CatalogRow[] {
  const known = round.knownOrganizations ? new Set(round.knownOrganizations) : undefined;
  return MUNICIPALITIES.map((m): CatalogRow => {
    const organization = config.organizations[m.code];
    if (organization === undefined) return { code: m.code, state: 'unmapped' };
    const datasets = round.datasetsByOrg[organization] ?? 0;
    // An organization with datasets is in the catalogue whatever organization_list said.
    if (datasets === 0 && known !== undefined && !known.has(organization))
      return { code: m.code, organization, state: 'notInCatalog' };
    const machineReadable = round.machineReadableByOrg
      ? (round.machineReadableByOrg[organization] ?? 0)
      : undefined;
    const themes = round.themesByOrg
      ? Object.entries(round.themesByOrg)
          .filter(([, byOrg]) => (byOrg[organization] ?? 0) > 0)
          .map(([theme]) => theme)
      : undefined;
    return {
      code: m.code,
      organization,
      state: 'ok',
      datasets,
      ...(machineReadable !== undefined && { machineReadable }),
      ...(machineReadable !== undefined && datasets > 0 && { share: machineReadable / datasets }),
      ...(round.sinceByOrg && { datasetsBefore: round.sinceByOrg[organization] ?? 0 }),
      ...(themes && { themes }),
    };
  });
}

export interface CatalogTotals {
  /** Municipalities with at least one dataset, of those whose count is known. */
  municipalitiesOpening: number;
  /** Municipalities whose count is not available (unmapped, or not in the catalogue). */
  municipalitiesUnknown: number;
  municipalitiesOpeningBefore?: number;
  /** Datasets of the 21 municipalities. */
  municipalDatasets: number;
  /** The prefecture's own organization's datasets; undefined without one configured. */
  prefectureDatasets?: number;
  /** Municipal + prefecture: the prefecture-wide total. */
  datasets: number;
  datasetsBefore?: number;
  /** Machine-readable datasets over all datasets counted (municipal + prefecture). */
  machineReadableShare?: number;
  /** Organizations the catalogue has that map to no municipality (and are not the prefecture's). */
  unmappedOrganizations: readonly string[];
}

export function catalogTotals(
  rows: readonly CatalogRow[],
  round: CatalogRound,
  config: CatalogConfig,
): CatalogTotals {
  const ok = rows.filter((r) => r.state === 'ok');
  const pref = config.prefectureOrganization;
  const prefectureDatasets = pref === undefined ? undefined : (round.datasetsByOrg[pref] ?? 0);
  const municipalDatasets = ok.reduce((n, r) => n + (r.datasets ?? 0), 0);
  const datasets = municipalDatasets + (prefectureDatasets ?? 0);
  const mapped = new Set(configuredOrganizations(config));
  const sinceByOrg = round.sinceByOrg;
  const machineReadable = round.machineReadableByOrg
    ? [...mapped].reduce((n, org) => n + (round.machineReadableByOrg?.[org] ?? 0), 0)
    : undefined;
  return {
    municipalitiesOpening: ok.filter((r) => (r.datasets ?? 0) > 0).length,
    municipalitiesUnknown: rows.length - ok.length,
    ...(sinceByOrg && {
      municipalitiesOpeningBefore: ok.filter((r) => (r.datasetsBefore ?? 0) > 0).length,
      datasetsBefore: [...mapped].reduce((n, org) => n + (sinceByOrg[org] ?? 0), 0),
    }),
    municipalDatasets,
    ...(prefectureDatasets !== undefined && { prefectureDatasets }),
    datasets,
    ...(machineReadable !== undefined &&
      datasets > 0 && { machineReadableShare: machineReadable / datasets }),
    unmappedOrganizations: (round.knownOrganizations ?? []).filter((o) => !mapped.has(o)),
  };
}
