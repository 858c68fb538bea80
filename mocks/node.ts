import { setupServer } from 'msw/node';
import type { Broker } from './broker';
import {
  createCatalog,
  createCatalogHandlers,
  type Catalog,
  type CatalogHandlerOptions,
} from './catalog';
import { createDefaultBroker } from './fixtures/load';
import { createHandlers, type HandlerOptions } from './handlers';

/**
 * An msw server for Vitest over a broker (the fixtures by default) and the mock CKAN catalogue
 * (`…/api/3/action/…` on any origin and prefix; a fresh `createCatalog()` by default). Start it with
 * `server.listen(LISTEN_OPTIONS)` (`{ onUnhandledFrame: 'error' }`) so any request the mock does not serve fails
 * the test (msw 3 renamed onUnhandledRequest to onUnhandledFrame).
 */
export function createMockServer(
  broker: Broker = createDefaultBroker(),
  options: HandlerOptions = {},
  catalog: Catalog = createCatalog(),
  catalogOptions: CatalogHandlerOptions = {},
) {
  return {
    broker,
    catalog,
    server: setupServer(
      ...createHandlers(broker, options),
      ...createCatalogHandlers(catalog, catalogOptions),
    ),
  };
}

/** Pass to `server.listen()`: an unmocked request fails the test instead of reaching the network. */
export const LISTEN_OPTIONS = { onUnhandledFrame: 'error' } as const;
