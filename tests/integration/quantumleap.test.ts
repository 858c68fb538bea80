/**
 * Trends on an NGSI v2 platform: QuantumLeap's history (the mock's, from the same store as its
 * NGSI-LD temporal API) gives the trend model the same hourly maxima per shelter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNgsiClient } from '../../src/api/ngsi/client';
import { runTemporal } from '../../src/api/worker/run-temporal';
import { bucketTemporal } from '../../src/features/operations/model/trends';
import { DEFAULT_CONTEXT_URL } from '../../mocks/broker';
import { createDefaultBroker } from '../../mocks/fixtures/load';
import { createMockServer, LISTEN_OPTIONS } from '../../mocks/node';
import { createScenarioDriver } from '../../mocks/scenarios';

const NOW = Date.parse('2026-09-01T12:00:00+09:00');
const broker = createDefaultBroker({ now: () => NOW, tourism: false });
createScenarioDriver(broker, { tickMs: 0, clock: { now: () => NOW }, startOffsetMinutes: 21 * 60 });
const { server } = createMockServer(broker);
beforeAll(() => server.listen(LISTEN_OPTIONS));
afterAll(() => server.close());

const API = 'https://pref.nagasaki.example/gw';
const ld = createNgsiClient({ apiBaseUrl: API, contextUrl: DEFAULT_CONTEXT_URL });
const v2 = createNgsiClient({ apiBaseUrl: API, contextUrl: '', dialect: 'ngsi-v2' });

describe('history from QuantumLeap', () => {
  it('gives the trend model the same hourly maxima per shelter as the NGSI-LD temporal API', async () => {
    const end = NOW + 3_600_000;
    const job = {
      type: 'EvacuationShelter',
      attrs: ['evacueeTotal'],
      timerel: 'between' as const,
      timeAt: new Date(end - 25 * 3_600_000).toISOString(),
      endTimeAt: new Date(end).toISOString(),
      options: 'aggregatedValues' as const,
      aggrMethods: ['max' as const],
      aggrPeriodDuration: 'PT1H',
    };
    const [a, b] = await Promise.all([runTemporal(ld, job), runTemporal(v2, job)]);
    const [x, y] = [bucketTemporal(a.entities), bucketTemporal(b.entities)];
    const hours = [...x.values()].reduce((n, m) => n + m.size, 0);
    expect(hours).toBeGreaterThan(1000);
    expect(y).toEqual(x);
  });
});
