/**
 * The NGSI-LD mock over real HTTP, for end-to-end tests and for trying a build against it:
 *   npm run mock-server -- --port 9090      (or MOCK_PORT; --port 0 picks a free port)
 *   npm run mock-server -- --scenario typhoon --speed 60 [--seed N] [--start-offset MIN]
 *   npm run mock-server -- --tourism-now 2026-08-02T12:00:00+09:00   (tourism: days up to 08-01, 08-02 until noon)
 *   npm run mock-server -- --scale 200000   (synthetic masters of that size instead of the fixtures)
 *   npm run mock-server -- --oidc http://localhost:5173/   (gated: bearer tokens from an OpenID
 *     Provider started beside it, for a dashboard at that address; prints the config.json "auth")
 * Same handlers as the browser and Vitest mocks, plus CORS and the /__mock/ control API.
 * The mock CKAN catalogue is served under /ckan (`"catalog": {"baseUrl": "http://127.0.0.1:PORT/ckan"}`),
 * with its own, stricter CORS and its faults at /__mock/catalog (mocks/catalog/README.md).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { getResponse } from 'msw';
import { problemDetails, type Broker } from '../broker';
import { createCatalog, createCatalogHandlers, type Catalog } from '../catalog';
import {
  catalogCorsHeaders,
  handleCatalogControl,
  isCatalogPath,
  CATALOG_PREFIX,
} from '../catalog/http';
import { createDefaultBroker } from '../fixtures/load';
import { createHandlers, type HandlerOptions } from '../handlers';
import { drillFromArgs, flagValue } from '../scenarios/cli-args';
import {
  createScenarioDriver,
  drillScenarioOf,
  type ScenarioDriver,
  type ScenarioDriverOptions,
} from '../scenarios';
import { createScaleBroker } from '../scale/source';
import type { ScaleSet } from '../scale/generate';
import { handleControl } from './control';
import { corsHeaders } from './cors';
import { toFetchRequest, writeFetchResponse } from './node-fetch';

// Loopback only: the control API changes data and must not be reachable from the network.
const HOST = '127.0.0.1';
const DEFAULT_PORT = 9090;

export interface MockServerOptions {
  /** 0 (the default here) picks a free port. */
  port?: number;
  /** Defaults to a broker seeded with the fixtures (and serving the tourism feed). */
  broker?: Broker;
  /** The default broker's tourism clock (epoch ms): complete days up to yesterday (JST), today so far. */
  tourismNow?: () => number;
  handlers?: HandlerOptions;
  /** `baseline` (default: the broker as given) or a drill (`typhoon`, `typhoon-vacan`). */
  scenario?: string;
  /** Drill: storm minutes per real minute (default 60). */
  speed?: number;
  seed?: number;
  startOffsetMinutes?: number;
  badData?: boolean;
  /** Instead of the fixtures, this many synthetic masters (mocks/scale; ignored with `broker`). */
  scale?: number;
  /** Also seed this tenant (default broker only), and write the drill into it. */
  tenant?: string;
  /** The CKAN catalogue served under /ckan (default: a fresh `createCatalog()`). */
  catalog?: Catalog;
}

export interface RunningMockServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  port: number;
  broker: Broker;
  /** The running drill (a new one after POST /__mock/reset), undefined for baseline. */
  readonly scenario: ScenarioDriver | undefined;
  /** The synthetic masters served with `scale`. */
  scaleSet: ScaleSet | undefined;
  /** The CKAN catalogue under `${url}/ckan`; set `catalog.faults` (or POST /__mock/catalog). */
  catalog: Catalog;
  /**
   * Stops listening (clients get "connection refused") and drops open connections; the
   * data, faults and drill stay. `start()` listens again on the same port.
   */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<RunningMockServer> {
  const scaled =
    options.broker || options.scale === undefined
      ? undefined
      : createScaleBroker({ count: options.scale, tourismNow: options.tourismNow });
  const broker =
    options.broker ??
    scaled?.broker ??
    createDefaultBroker({
      tourismNow: options.tourismNow,
      ...(options.tenant !== undefined && { tenant: options.tenant }),
      // The services' status follows the drill's storm (the driver is made below).
      stormMinute: (): number | undefined => driver?.stormMinutes(),
      ...(options.badData !== undefined && { lifelinesBadData: options.badData }),
    });
  const handlers = createHandlers(broker, options.handlers);
  const catalog = options.catalog ?? createCatalog();
  const catalogHandlers = createCatalogHandlers(catalog);
  const baseline = { data: broker.snapshot(), options: broker.options };
  const scenario = drillScenarioOf(options.scenario);
  const drillOptions: ScenarioDriverOptions | undefined = scenario && {
    scenario,
    speed: options.speed,
    seed: options.seed,
    startOffsetMinutes: options.startOffsetMinutes,
    badData: options.badData,
    tenant: options.tenant,
  };
  let driver: ScenarioDriver | undefined =
    drillOptions && createScenarioDriver(broker, drillOptions);
  const reset = (): void => {
    // The data the server started with: the masters, and the drill started afresh from them.
    driver?.stop();
    broker.restore(baseline.data);
    broker.configure(baseline.options);
    broker.clearFaults();
    catalog.faults = {};
    driver = drillOptions && createScenarioDriver(broker, drillOptions);
  };

  /** The catalogue under /ckan: its own CORS, and faults a service worker cannot play. */
  async function serveCatalog(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { faults } = catalog;
    if (faults.unreachable) {
      // No answer at all: the client sees the connection reset.
      req.socket.destroy();
      return;
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, catalogCorsHeaders(req.headers.origin, faults, true)).end();
      return;
    }
    // The Host header's port too, so the answers' `help` links point back here.
    const request = await toFetchRequest(req, res, `http://${req.headers.host ?? HOST}`);
    const response =
      (await getResponse(catalogHandlers, request)) ??
      Response.json(
        { success: false, error: { __type: 'Not Found Error', message: 'Not found' } },
        { status: 404 },
      );
    // The fault may have been set while the answer was delayed.
    if (response.type === 'error' || catalog.faults.unreachable) {
      req.socket.destroy();
      return;
    }
    await writeFetchResponse(res, response, catalogCorsHeaders(req.headers.origin, catalog.faults));
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (isCatalogPath(new URL(req.url ?? '/', `http://${HOST}`).pathname)) {
      await serveCatalog(req, res);
      return;
    }
    const cors = corsHeaders(req.headers.origin);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    const request = await toFetchRequest(req, res, `http://${HOST}`);
    const response =
      (await handleCatalogControl(request, catalog)) ??
      (await handleControl(request, broker, reset, () => driver)) ??
      (await getResponse(handlers, request)) ??
      Response.json(
        problemDetails(
          'ResourceNotFound',
          'Not found',
          `${request.method} ${req.url ?? ''} is not served by this mock`,
        ),
        {
          status: 404,
        },
      );
    await writeFetchResponse(res, response, cors);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        res.writeHead(500, {
          'Content-Type': 'application/json',
          ...corsHeaders(req.headers.origin),
        });
      res.end(JSON.stringify(problemDetails('InternalError', 'Mock server error', String(error))));
    });
  });
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, HOST, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve, reject) => {
      // Drop keep-alive and stalled (delayed-fault) connections, or close() waits for them.
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    });
  await listen(options.port ?? 0);
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('mock server is not listening on TCP');
  const { port } = address;
  return {
    url: `http://${HOST}:${port}`,
    port,
    broker,
    scaleSet: scaled?.set,
    catalog,
    get scenario() {
      return driver;
    },
    stop: stopListening,
    start: () => listen(port),
    close: async () => {
      driver?.stop();
      if (server.listening) await stopListening();
    },
  };
}

export function portFromArgs(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  const flag = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw =
    flag < 0
      ? env.MOCK_PORT
      : argv[flag]!.includes('=')
        ? argv[flag]!.split('=')[1]
        : argv[flag + 1];
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port "${raw}"`);
  return port;
}

/** `--tourism-now <ISO date-time>`: a fixed clock for the tourism feed, or undefined. */
export function tourismNowFromArgs(argv: readonly string[]): (() => number) | undefined {
  const raw = flagValue(argv, 'tourism-now', undefined);
  if (raw === undefined) return undefined;
  const ms = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}(T.+)?$/.test(raw) || Number.isNaN(ms))
    throw new Error(`invalid --tourism-now "${raw}" (want an ISO 8601 date-time)`);
  return () => ms;
}

/** `--scale <count>`: serve that many synthetic masters instead of the fixtures. */
export function scaleFromArgs(argv: readonly string[]): { scale?: number } {
  const raw = flagValue(argv, 'scale', undefined);
  if (raw === undefined) return {};
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new Error(`invalid --scale "${raw}" (want a whole number from 1 to 1,000,000)`);
  return { scale: n };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dashboard = flagValue(argv, 'oidc', undefined);
  const gate: { check?: (request: Request) => Promise<Response | undefined> } = {};
  const running = await startMockServer({
    ...(dashboard !== undefined && {
      handlers: { authorize: (request) => gate.check?.(request) ?? Promise.resolve(undefined) },
    }),
    port: portFromArgs(argv, process.env),
    tourismNow: tourismNowFromArgs(argv),
    ...scaleFromArgs(argv),
    ...drillFromArgs(argv, process.env),
  });
  const drill = running.scenario?.status();
  console.log(
    `mock-server listening on ${running.url}` +
      (drill ? ` (drill ${drill.scenario}, speed ${drill.speed}, seed ${drill.seed})` : '') +
      (running.scaleSet ? ` (${running.scaleSet.entities.length} synthetic masters)` : ''),
  );
  console.log(
    `mock CKAN catalogue on ${running.url}${CATALOG_PREFIX} (${running.catalog.datasets.length} synthetic datasets; ` +
      `config.json "catalog": {"baseUrl": "${running.url}${CATALOG_PREFIX}"})`,
  );
  const idp = dashboard === undefined ? undefined : await startGate(running.url, dashboard, gate);
  const stop = (): void => {
    void Promise.all([running.close(), idp?.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/** `--oidc`: an OpenID Provider on loopback, and the API refusing requests without its tokens. */
async function startGate(
  api: string,
  dashboard: string,
  gate: { check?: (request: Request) => Promise<Response | undefined> },
) {
  const [{ startOidcProvider }, { createBearerGate }] = await Promise.all([
    import('../oidc/provider'),
    import('../oidc/bearer-gate'),
  ]);
  const clientId = 'nagasaki-dashboard';
  const idp = await startOidcProvider({ clientId, redirectUris: [dashboard], resource: api });
  gate.check = createBearerGate({ issuer: idp.issuer, audience: api });
  console.log(
    `OpenID Provider on ${idp.issuer} (any login and password); in config.json:\n` +
      JSON.stringify({ auth: { kind: 'oidc', issuer: idp.issuer, clientId, scope: 'openid' } }),
  );
  return idp;
}
