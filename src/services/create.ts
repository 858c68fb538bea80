import type { AppConfig } from '../config/schema';
import type { AppStore } from '../state/store';
import type { NgsiClient } from '../api/ngsi/client';
import type { NgsiSettings } from '../api/ngsi/settings';
import { createFeedRunner } from '../api/worker/feed-runner';
import type { AppServices } from './context';
import type { AuthSession } from '../api/auth/session';
import { bearerFetch, underAny } from '../api/auth/bearer-fetch';
import { baseHref, resolveApiBase } from '../api/ngsi/base-url';
import { V2_ROOT } from '../api/v2/dialect';
import type { WorkerSettings } from '../api/worker/protocol';
import { createQueryClient } from './query-client';

function settingsOf(config: AppConfig): NgsiSettings {
  return {
    apiBaseUrl: config.apiBaseUrl,
    contextUrl: config.contextUrl,
    timeoutMs: config.requestTimeoutSeconds * 1000,
    dialect: config.dialect,
    ...(config.servicePath !== undefined && { servicePath: config.servicePath }),
    ...(config.temporalBaseUrl !== undefined && { temporalBaseUrl: config.temporalBaseUrl }),
    ...(config.tenant !== undefined && { tenant: config.tenant }),
    ...(config.authHeader !== undefined && { authHeader: config.authHeader }),
  };
}

/** A configured base (the API's, QuantumLeap's) as an absolute address, undefined if invalid. */
function resolvedBase(config: AppConfig, base: string, pageHref: string): string | undefined {
  const url = resolveApiBase(
    base,
    pageHref,
    config.dialect === 'ngsi-v2' ? V2_ROOT : '/ngsi-ld/v1',
  );
  return url === undefined ? undefined : baseHref(url);
}

/** Where the platform's API answers: only requests under these carry the sign-in token. */
function platformRoots(config: AppConfig, pageHref: string): string[] {
  return [config.apiBaseUrl, config.temporalBaseUrl].flatMap((b) => {
    const href = b === undefined ? undefined : resolvedBase(config, b, pageHref);
    return href === undefined ? [] : [href];
  });
}

/**
 * How the feed worker reaches the platform, and under what scope it keeps the masters.
 * It fetches itself unless the page must: a session (its token lives in the page), or, without
 * the mock's port (see createFeedRunner), the embedded mock (its service worker answers the
 * page). The masters are kept between visits per mode, dialect, broker, tenant, service path
 * and @context, and not at all behind sign-in: data a user had to sign in for is not left in
 * the browser's storage.
 */
function workerSettings(config: AppConfig, signedIn: boolean): WorkerSettings {
  const settings = settingsOf(config);
  const direct = config.mode !== 'mock' && !signedIn;
  if (signedIn) return { ...settings, direct };
  const keptScope = JSON.stringify([
    config.mode,
    config.dialect,
    resolvedBase(config, config.apiBaseUrl, location.href) ?? config.apiBaseUrl,
    config.tenant ?? '',
    config.servicePath ?? '',
    config.contextUrl,
  ]);
  return { ...settings, direct, keptScope };
}

/**
 * Page-lifetime singletons (the worker and the query cache among them), created once outside
 * React. With a session, every request to the platform (API, history service) carries its
 * token, wherever it is made: the worker's go out through the page (feed-runner), so one fetch
 * serves both. In mock mode, `mockPort` is where the feed worker asks the embedded mock.
 */
export function createServices(
  config: AppConfig,
  store: AppStore,
  session?: AuthSession,
  mockPort?: MessagePort,
): AppServices {
  const settings = settingsOf(config);
  const fetchImpl =
    session === undefined
      ? undefined
      : bearerFetch(
          (input, init) => fetch(input, init),
          session,
          underAny(platformRoots(config, location.href)),
        );
  const withFetch = fetchImpl === undefined ? settings : { ...settings, fetch: fetchImpl };
  const platformFetch: typeof fetch = fetchImpl ?? ((input, init) => fetch(input, init));
  const ngsi = () => import('../api/ngsi/client');
  let client: Promise<NgsiClient> | undefined;
  return {
    config,
    store,
    client: () => (client ??= ngsi().then((m) => m.createNgsiClient(withFetch))),
    clientWith: (wrap) =>
      ngsi().then((m) => m.createNgsiClient({ ...settings, fetch: wrap(platformFetch) })),
    feeds: createFeedRunner(workerSettings(config, session !== undefined), fetchImpl, mockPort),
    queryClient: createQueryClient(),
    ...(session !== undefined && { session }),
  };
}
