import { describe, expect, it } from 'vitest';
import { platformKpis } from './kpis';
import type { CatalogTotals } from './catalog';
import type { KpiTotals } from './matrix';
import type { ServiceSummary } from './services';

const catalog: CatalogTotals = {
  municipalitiesOpening: 19,
  municipalitiesUnknown: 0,
  municipalitiesOpeningBefore: 17,
  municipalDatasets: 400,
  prefectureDatasets: 60,
  datasets: 460,
  datasetsBefore: 440,
  unmappedOrganizations: [],
};
const broker = { municipalitiesPublishing: 21, complete: true } as KpiTotals;
const services = { live: 9, launchedSince: 4 } as ServiceSummary;

describe('platformKpis', () => {
  it.each<[string, Parameters<typeof platformKpis>[0], Record<string, object>]>([
    [
      'all sources answered',
      { catalog, broker, services },
      {
        municipalities: { value: 19, of: 21, before: 17, atLeast: false, source: 'catalogue' },
        datasets: { value: 460, before: 440, atLeast: false },
        platform: { value: 21, of: 21, atLeast: false, source: 'broker' },
        services: { value: 9, before: 5 },
      },
    ],
    [
      'the catalogue unreachable: its KPIs not available, the broker ones intact',
      { broker, services },
      {
        municipalities: { value: undefined },
        datasets: { value: undefined },
        platform: { value: 21 },
        services: { value: 9 },
      },
    ],
    [
      'a municipality not available: lower bounds',
      { catalog: { ...catalog, municipalitiesUnknown: 1 }, broker: { ...broker, complete: false } },
      {
        municipalities: { atLeast: true },
        datasets: { atLeast: true },
        platform: { atLeast: true },
        services: { value: undefined },
      },
    ],
  ])('%s', (_, input, expected) => {
    const kpis = Object.fromEntries(platformKpis(input).map((k) => [k.id, k]));
    for (const [id, want] of Object.entries(expected)) {
      for (const [k, v] of Object.entries(want))
        if (v === undefined) expect(kpis[id]).not.toHaveProperty(k);
        else expect(kpis[id]).toMatchObject({ [k]: v });
    }
  });
  it('has no history for the broker-side platform figure', () => {
    expect(platformKpis({ broker }).find((k) => k.id === 'platform')).not.toHaveProperty('before');
  });
});
