import { setupWorker } from 'msw/browser';
import type { Broker, BrokerOptions } from './broker';
import { createCatalog, createCatalogHandlers, type Catalog } from './catalog';
import { createDefaultBroker } from './fixtures/load';
import { createHandlers, type HandlerOptions } from './handlers';
import { createScenarioDriver, drillScenarioOf, type ScenarioDriver } from './scenarios';
import { lazyObject } from './lazy';

export interface BrowserMockOptions extends HandlerOptions {
  /** `baseline` (the masters only), or a drill: `typhoon`, `typhoon-vacan`. */
  scenario?: string;
  /** Drill: storm minutes per real minute (the config's drillSpeed; default 60). */
  speed?: number;
  /** Drill: the seed (default: the documented one), to replay another variant. */
  seed?: number;
  /** Drill: storm minute to start at (default 1,080: 18 storm hours in). */
  startOffsetMinutes?: number;
  /** Drill: plant the documented bad data (default true). */
  badData?: boolean;
  /** The @context the app sends; the mock answers [] to any other, like a real broker. */
  contextUrl?: string;
  /** Seed this tenant too, when the config sends NGSILD-Tenant (the drill then writes there). */
  tenant?: string;
  /** Broker quirks (paging, count header…), for trying the client against them by hand. */
  broker?: Partial<BrokerOptions>;
  /** Serve the synthetic tourism feed (default true). */
  tourism?: boolean;
  /** The tourism feed's clock (epoch ms): complete days up to yesterday (JST), today as far as it is over. Default Date.now. */
  tourismNow?: () => number;
  /**
   * Serve the mock CKAN catalogue too (default true): `…/api/3/action/…` under any prefix, so a
   * config's `"catalog": {"baseUrl": "./ckan"}` reaches it at `<page>/ckan/api/3/action/…`.
   */
  catalog?: boolean;
}

let running: ScenarioDriver | undefined;
let runningCatalog: Catalog | undefined;

/** The drill running in this page, if any (pause or jump it by hand from the console). */
export function browserScenario(): ScenarioDriver | undefined {
  return running;
}

/** The catalogue served in this page, if any (set `faults` on it by hand from the console). */
export function browserCatalog(): Catalog | undefined {
  return runningCatalog;
}

/**
 * Serves the NGSI-LD API from a service worker in the page. Returns the broker so drill mode
 * can change data while the app runs; with a drill scenario, the driver is already ticking.
 */
export async function startBrowserMock(options: BrowserMockOptions = {}): Promise<Broker> {
  const {
    scenario = 'baseline',
    speed,
    seed,
    startOffsetMinutes,
    badData,
    contextUrl,
    tenant,
    broker: quirks,
    tourism,
    tourismNow,
    catalog = true,
    ...handlerOptions
  } = options;
  const drill = drillScenarioOf(scenario);
  running?.stop();
  running = undefined;
  // The service worker registers (mostly waiting) while the broker is built: the handlers
  // read the broker through a stand-in that is filled right after the registration starts.
  const lazyBroker = lazyObject(() =>
    createDefaultBroker({
      ...quirks,
      ...(contextUrl ? { contextUrl } : {}),
      ...(tenant ? { tenant } : {}),
      tourism,
      tourismNow,
      // The services' status follows the drill's storm, read at each query.
      stormMinute: () => running?.stormMinutes(),
      ...(badData !== undefined && { lifelinesBadData: badData }),
    }),
  );
  // The catalogue is built when first asked (the platform screen, a briefing).
  const lazyCatalog = catalog ? lazyObject(createCatalog) : undefined;
  runningCatalog = lazyCatalog?.value;
  const worker = setupWorker(
    ...createHandlers(lazyBroker.value, handlerOptions),
    ...(lazyCatalog ? createCatalogHandlers(lazyCatalog.value) : []),
  );
  const starting = worker.start({
    // Relative to the page, so the app also works when served from a sub-path.
    serviceWorker: { url: './mockServiceWorker.js' },
    quiet: true,
    // The page loads its own scripts, styles and basemap data: let those through untouched.
    onUnhandledFrame: 'bypass',
  });
  const broker = lazyBroker.force();
  // MSW handlers run on the page's main thread: the driver ticks once a second and writes
  // only what changed (about 1–5 ms a tick at speed 60; see mocks/scenarios/README.md).
  running = drill
    ? createScenarioDriver(broker, {
        scenario: drill,
        speed,
        seed,
        startOffsetMinutes,
        badData,
        tenant,
      })
    : undefined;
  await starting;
  return broker;
}
