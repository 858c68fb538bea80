import type { AppConfig } from '../config/schema';
import type { AppStore } from '../state/store';
import { createNgsiClient } from '../api/ngsi/client';
import type { NgsiSettings } from '../api/ngsi/settings';
import { createFeedRunner } from '../api/worker/feed-runner';
import type { AppServices } from './context';

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

/** Page-lifetime singletons (the worker among them), created once outside React. */
export function createServices(config: AppConfig, store: AppStore): AppServices {
  const settings = settingsOf(config);
  return { config, store, client: createNgsiClient(settings), feeds: createFeedRunner(settings) };
}
