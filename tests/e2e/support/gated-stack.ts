/**
 * A gated platform as deployed behind OAuth 2.0: the HTTP mock broker whose every answer needs
 * a JWT access token the OpenID Provider signed for it (checked against the provider's JWKS
 * with jose), the provider itself on loopback (node-oidc-provider), and the production build
 * whose config.json names that provider under "auth". Nothing else differs from a plain stack.
 */
import type { Browser, Page } from 'playwright-core';
import { startMockServer, type RunningMockServer } from '../../../mocks/http/server';
import { createBearerGate } from '../../../mocks/oidc/bearer-gate';
import { startOidcProvider, type RunningOidcProvider } from '../../../mocks/oidc/provider';
import { launchChromium } from './browser';
import { CONTEXT } from './stack';
import { serveDist, type StaticServer } from './static-server';

export const CLIENT_ID = 'nagasaki-dashboard';

export interface GatedStack {
  api: RunningMockServer;
  app: StaticServer;
  idp: RunningOidcProvider;
  browser: Browser;
  /** What the gate decided, in order. */
  verdicts: { at: number; ok: boolean; reason?: string }[];
  /** While true, the gate refuses every token (a platform that stopped trusting them). */
  refuseAll: boolean;
  close(): Promise<void>;
}

export async function startGatedStack(options: {
  accessTokenTtl: number;
  pollSeconds: number;
  scenario?: string;
}): Promise<GatedStack> {
  // The gate needs the provider's issuer, the provider the app's address, the app the API's.
  const gate: { check?: (request: Request) => Promise<Response | undefined> } = {};
  const verdicts: GatedStack['verdicts'] = [];
  const stack = { refuseAll: false } as GatedStack;
  const api = await startMockServer({
    port: 0,
    scenario: options.scenario ?? 'typhoon',
    handlers: {
      authorize: async (request) => {
        const answer = await gate.check?.(request);
        if (answer || !stack.refuseAll) return answer;
        verdicts.push({ at: Date.now(), ok: false, reason: 'refused by the platform' });
        return new Response('{"error":"invalid_token"}', {
          status: 401,
          headers: { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer' },
        });
      },
    },
  });
  let issuer = '';
  const app = await serveDist({
    config: () => ({
      apiBaseUrl: api.url,
      contextUrl: CONTEXT,
      mode: 'live',
      pollSeconds: { shelters: options.pollSeconds, evacuationInformation: options.pollSeconds },
      auth: { kind: 'oidc', issuer, clientId: CLIENT_ID, scope: 'openid' },
    }),
  });
  const idp = await startOidcProvider({
    clientId: CLIENT_ID,
    redirectUris: [`${app.url}/`],
    resource: api.url,
    accessTokenTtl: options.accessTokenTtl,
  });
  issuer = idp.issuer;
  gate.check = createBearerGate({
    issuer,
    audience: api.url,
    onVerdict: (v) => verdicts.push({ at: Date.now(), ...v }),
  });
  const browser = await launchChromium();
  return Object.assign(stack, {
    api,
    app,
    idp,
    browser,
    verdicts,
    async close() {
      await browser.close();
      await app.close();
      await idp.close();
      await api.close();
    },
  });
}

/** Signs in on the provider's login page (any login is accepted) and waits to be back. */
export async function signIn(page: Page, stack: GatedStack, login = 'duty-officer'): Promise<void> {
  await page.waitForURL((url) => url.origin === stack.idp.issuer, { timeout: 60_000 });
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'any');
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => url.origin === new URL(stack.app.url).origin, {
    timeout: 60_000,
  });
}
