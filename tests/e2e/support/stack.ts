import type { Browser } from 'playwright-core';
import {
  startMockServer,
  type MockServerOptions,
  type RunningMockServer,
} from '../../../mocks/http/server';
import { DEFAULT_CONTEXT_URL } from '../../../mocks/broker';
import { serveDist, type StaticServer } from './static-server';
import { launchChromium } from './browser';
import { MOCK_CATALOG_ORGANIZATIONS, MOCK_PREFECTURE_ORGANIZATION } from '../../../mocks/catalog';

/** config.json's `catalog` for the mock server's catalogue at `apiUrl` (under /ckan). */
export const catalogConfig = (apiUrl: string) => ({
  baseUrl: `${apiUrl}/ckan`,
  organizations: MOCK_CATALOG_ORGANIZATIONS,
  prefectureOrganization: MOCK_PREFECTURE_ORGANIZATION,
});

/** The @context the mock broker accepts, as an operator would configure it. */
export const CONTEXT = DEFAULT_CONTEXT_URL;

export interface Stack {
  api: RunningMockServer;
  app: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * What an operator deploys: the production build on a static server, its config.json
 * pointing at a broker (the HTTP mock), and Debian's Chromium to look at it.
 */
export async function startStack(
  mock: Omit<MockServerOptions, 'port'> = {},
  config: Record<string, unknown> | ((apiUrl: string) => Record<string, unknown>) = {},
  deployment: { sameOrigin?: boolean } = {},
): Promise<Stack> {
  const api = await startMockServer({ port: 0, ...mock });
  // Same origin: the broker behind the page's own server (`"apiBaseUrl": "."`), a common setup.
  const app = await serveDist({
    config: {
      apiBaseUrl: deployment.sameOrigin ? '.' : api.url,
      contextUrl: CONTEXT,
      mode: 'live',
      catalog: catalogConfig(api.url),
      ...(typeof config === 'function' ? config(api.url) : config),
    },
    ...(deployment.sameOrigin && { proxyTo: api.url }),
  });
  const browser = await launchChromium();
  return {
    api,
    app,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await api.close();
    },
  };
}

/** Storm 21:00 of the typhoon drill: most municipalities at level 4, Goto at 5, the day's peak. */
export const PEAK_MINUTE = 21 * 60;

/** Moves the running drill of the mock at `apiUrl` to `minutes` into the storm and stops it there. */
export async function freezeDrill(apiUrl: string, minutes = PEAK_MINUTE): Promise<void> {
  const res = await fetch(`${apiUrl}/__mock/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ stormMinutes: minutes, paused: true }),
  });
  if (!res.ok) throw new Error(`freezing the drill: HTTP ${res.status}`);
}
