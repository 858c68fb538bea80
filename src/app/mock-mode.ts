import type { AppConfig } from '../config/schema';

/**
 * The drill switch: with `"mode": "mock"` the page serves the API to itself (MSW) from the
 * shipped data, replaying the configured scenario. The only module in `src` that may import
 * `mocks/` (lint holds that wall); the mock and its ~2 MB of fixtures are a lazy chunk, so a
 * live deployment never loads them.
 */
export async function startMockMode(config: AppConfig): Promise<void> {
  if (config.mode !== 'mock') return;
  const { startBrowserMock } = await import('../../mocks/browser');
  await startBrowserMock({
    scenario: config.scenario,
    speed: config.drillSpeed,
    contextUrl: config.contextUrl,
    ...(config.tenant !== undefined && { tenant: config.tenant }),
  });
}
