import { setupWorker } from 'msw/browser';
import type { Broker, BrokerOptions } from './broker';
import { createDefaultBroker } from './fixtures/load';
import { createHandlers, type HandlerOptions } from './handlers';

export interface BrowserMockOptions extends HandlerOptions {
  /** Which data to serve. Only `baseline` (the fixtures) exists; drill scenarios come later. */
  scenario?: string;
  /** The @context the app sends; the mock answers [] to any other, like a real broker. */
  contextUrl?: string;
  /** Seed this tenant too, when the config sends NGSILD-Tenant. */
  tenant?: string;
  /** Broker quirks (paging, count header…), for trying the client against them by hand. */
  broker?: Partial<BrokerOptions>;
}

/**
 * Serves the NGSI-LD API from a service worker in the page. Returns the broker so drill mode
 * can change data while the app runs.
 */
export async function startBrowserMock(options: BrowserMockOptions = {}): Promise<Broker> {
  const { scenario = 'baseline', contextUrl, tenant, broker: quirks, ...handlerOptions } = options;
  if (scenario !== 'baseline') throw new Error(`unknown mock scenario "${scenario}"`);
  const broker = createDefaultBroker({
    ...quirks,
    ...(contextUrl ? { contextUrl } : {}),
    ...(tenant ? { tenant } : {}),
  });
  const worker = setupWorker(...createHandlers(broker, handlerOptions));
  await worker.start({
    // Relative to the page, so the app also works when served from a sub-path.
    serviceWorker: { url: './mockServiceWorker.js' },
    quiet: true,
    // The page loads its own scripts, styles and basemap data: let those through untouched.
    onUnhandledFrame: 'bypass',
  });
  return broker;
}
