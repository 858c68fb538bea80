/**
 * The prefecture's four KPIs for its platform, side by side: municipalities opening data and
 * open datasets (from the catalogue), one platform for all 21 municipalities (from the broker),
 * and services built on it (the broker's PlatformService entities). A KPI whose source did not
 * answer is "not available" (`value` undefined), never 0; `before` is its value at the
 * comparison date where the source has history.
 */
import type { CatalogTotals } from './catalog';
import type { KpiTotals } from './matrix';
import type { ServiceSummary } from './services';

export type KpiId = 'municipalities' | 'datasets' | 'platform' | 'services';
export type KpiSource = 'catalogue' | 'broker';

export interface Kpi {
  id: KpiId;
  source: KpiSource;
  value?: number;
  /** Out of how many (21 municipalities). */
  of?: number;
  /** Some part is not known: the value is a lower bound. */
  atLeast: boolean;
  before?: number;
}

export const MUNICIPALITY_COUNT = 21;

export function platformKpis(input: {
  catalog?: CatalogTotals;
  broker?: KpiTotals;
  services?: ServiceSummary;
}): Kpi[] {
  const { catalog, broker, services } = input;
  return [
    {
      id: 'municipalities',
      source: 'catalogue',
      of: MUNICIPALITY_COUNT,
      ...(catalog && { value: catalog.municipalitiesOpening }),
      atLeast: (catalog?.municipalitiesUnknown ?? 0) > 0,
      ...(catalog?.municipalitiesOpeningBefore !== undefined && {
        before: catalog.municipalitiesOpeningBefore,
      }),
    },
    {
      id: 'datasets',
      source: 'catalogue',
      ...(catalog && { value: catalog.datasets }),
      atLeast: (catalog?.municipalitiesUnknown ?? 0) > 0,
      ...(catalog?.datasetsBefore !== undefined && { before: catalog.datasetsBefore }),
    },
    {
      id: 'platform',
      source: 'broker',
      of: MUNICIPALITY_COUNT,
      ...(broker && { value: broker.municipalitiesPublishing }),
      atLeast: broker !== undefined && !broker.complete,
    },
    {
      id: 'services',
      source: 'broker',
      ...(services && { value: services.live, before: services.live - services.launchedSince }),
      atLeast: false,
    },
  ];
}
