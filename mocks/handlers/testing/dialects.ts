import { afterAll, beforeAll } from 'vitest';
import { createNgsiClient, type NgsiClient } from '../../../src/api/ngsi/client';
import { DEFAULT_CONTEXT_URL } from '../../broker';
import { createDefaultBroker } from '../../fixtures/load';
import { createMockServer, LISTEN_OPTIONS } from '../../node';
import { createScenarioDriver } from '../../scenarios';

export const DRILL_NOW = Date.parse('2026-09-01T12:00:00+09:00');
export const DIALECTS_API = 'https://pref.nagasaki.example/gw';

/**
 * For a test file: the mock with the typhoon drill at its peak (21:00), served over MSW for
 * the file's duration, and the dashboard's client for each dialect reading it.
 */
export function drillInBothDialects(options: { tourism?: boolean } = {}): {
  ld: NgsiClient;
  v2: NgsiClient;
} {
  const broker = createDefaultBroker({ now: () => DRILL_NOW, ...options });
  createScenarioDriver(broker, {
    tickMs: 0,
    clock: { now: () => DRILL_NOW },
    startOffsetMinutes: 21 * 60,
  });
  const { server } = createMockServer(broker);
  beforeAll(() => server.listen(LISTEN_OPTIONS));
  afterAll(() => server.close());
  return {
    ld: createNgsiClient({ apiBaseUrl: DIALECTS_API, contextUrl: DEFAULT_CONTEXT_URL }),
    v2: createNgsiClient({ apiBaseUrl: DIALECTS_API, contextUrl: '', dialect: 'ngsi-v2' }),
  };
}
