import { setupServer } from 'msw/node';
import type { Broker } from './broker';
import { createDefaultBroker } from './fixtures/load';
import { createHandlers, type HandlerOptions } from './handlers';

/**
 * An msw server for Vitest over a broker (the fixtures by default). Start it with
 * `server.listen(LISTEN_OPTIONS)` (`{ onUnhandledFrame: 'error' }`) so any request the mock does not serve fails
 * the test (msw 3 renamed onUnhandledRequest to onUnhandledFrame).
 */
export function createMockServer(
  broker: Broker = createDefaultBroker(),
  options: HandlerOptions = {},
) {
  return { broker, server: setupServer(...createHandlers(broker, options)) };
}

/** Pass to `server.listen()`: an unmocked request fails the test instead of reaching the network. */
export const LISTEN_OPTIONS = { onUnhandledFrame: 'error' } as const;
