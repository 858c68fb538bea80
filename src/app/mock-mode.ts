import type { AppConfig } from '../config/schema';
import type { StartMockWorker } from '../../mocks/worker/protocol';

/** The embedded mock as the services see it. */
export interface MockMode {
  /** Where the feed worker asks the mock directly (see createFeedRunner). */
  feedPort: MessagePort;
  /** Resolves once the page's own requests are served too (msw's service worker). */
  serving: Promise<void>;
}

/**
 * The drill switch: with `"mode": "mock"` the page serves the API to itself from the shipped
 * data, replaying the configured scenario. The only module in `src` that may import `mocks/`
 * (lint holds that wall). The mock, its ~2 MB of fixtures and the drill run in a worker of
 * their own, started here at once; the page loads only msw's small forwarder, and a live
 * deployment loads neither.
 */
export function startMockMode(config: AppConfig): MockMode | undefined {
  if (config.mode !== 'mock') return undefined;
  const worker = new Worker(new URL('../../mocks/worker/broker.worker.ts', import.meta.url), {
    type: 'module',
    name: 'embedded-mock',
  });
  const channel = new MessageChannel();
  const start: StartMockWorker = {
    kind: 'start',
    options: {
      scenario: config.scenario,
      speed: config.drillSpeed,
      contextUrl: config.contextUrl,
      ...(config.tenant !== undefined && { tenant: config.tenant }),
    },
    feedPort: channel.port1,
  };
  worker.postMessage(start, [channel.port1]);
  const serving = import('../../mocks/browser').then(({ startBrowserMock }) =>
    startBrowserMock(worker),
  );
  // Awaited before the first render; a failure is reported there.
  serving.catch(() => undefined);
  return { feedPort: channel.port2, serving };
}
