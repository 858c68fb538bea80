/**
 * Sign-in to a gated platform, on the production build configured by config.json only: a
 * real OpenID Provider on loopback, the mock API checking every bearer token against the
 * provider's keys, with access tokens short enough that several lifetimes pass in the test; the
 * ten-minute run with 2-minute tokens is `npm run soak:auth`.
 * Short (6 s) access tokens: renewed 3 s before expiry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { digits, shownTotals, waitForMapReady } from './support/browser';
import { signIn, startGatedStack, type GatedStack } from './support/gated-stack';
import { expectedTotals, readAll } from './support/mock-state';
import { freezeDrill } from './support/stack';
import { serveDist } from './support/static-server';

const TTL_S = 6;
const POLL_S = 2;
const TOTAL = '[data-testid="total-evacuees"]';
const BANNER = '[data-testid="sign-in-banner"]';
/** A JWT (header.payload.signature, base64url of a JSON header): what an access token looks like. */
const JWT = /eyJ[\w-]{10,}\.[\w-]{10,}\./;

describe('a gated platform: sign-in with OpenID Connect, renewal, refusal', () => {
  let stack: GatedStack;
  let page: Page;
  const consoleLines: string[] = [];
  const apiAnswers: { at: number; status: number; auth: boolean; url: string }[] = [];

  beforeAll(async () => {
    stack = await startGatedStack({ accessTokenTtl: TTL_S, pollSeconds: POLL_S });
    await freezeDrill(stack.api.url);
    page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
    page.on('console', (m) => consoleLines.push(m.text()));
    page.on('request', (r) => {
      if (r.url().startsWith(stack.api.url) && r.method() === 'GET')
        void r
          .response()
          .then((res) =>
            apiAnswers.push({
              at: Date.now(),
              status: res?.status() ?? 0,
              auth: /^Bearer /.test(r.headers()['authorization'] ?? ''),
              url: r.url(),
            }),
          )
          // A request still out when the page is closed or reloaded has no answer to record.
          .catch(() => undefined);
    });
    await page.goto(`${stack.app.url}/?lang=en&screen=operations`);
    await signIn(page, stack);
    await waitForMapReady(page, 180_000, TOTAL);
  }, 240_000);
  afterAll(() => stack?.close());

  it('signs in with the code flow and PKCE, comes back to the same view, and reads the gated data', async () => {
    const url = new URL(page.url());
    expect(url.searchParams.get('screen')).toBe('operations');
    expect(url.searchParams.get('lang')).toBe('en');
    for (const name of ['code', 'state', 'iss', 'session_state'])
      expect(url.searchParams.has(name)).toBe(false);
    const codeGrants = stack.idp.tokenRequests.filter((r) => r.grant === 'authorization_code');
    expect(codeGrants).toEqual([expect.objectContaining({ ok: true })]);
    const expected = expectedTotals(readAll(stack.api.broker, 'EvacuationShelter'));
    expect(await shownTotals(page)).toEqual({
      open: expected.open,
      evacuees: expected.evacuees,
      households: expected.households,
    });
    expect(expected.evacuees).toBeGreaterThan(0);
    // Every API request carried a token, and the gate accepted every one of them.
    expect(apiAnswers.length).toBeGreaterThan(5);
    expect(apiAnswers.filter((a) => !a.auth)).toEqual([]);
    expect(stack.verdicts.filter((v) => !v.ok)).toEqual([]);
  });

  it('keeps the tokens out of storage, the address, the page and the console', async () => {
    const kept = await page.evaluate(() => {
      const dump = (s: Storage) =>
        Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`);
      return {
        local: dump(localStorage),
        session: dump(sessionStorage),
        html: document.documentElement.outerHTML,
        cookies: document.cookie,
      };
    });
    // The sign-in request state (PKCE verifier) is gone once the provider has answered.
    expect(kept.local).toEqual([]);
    expect(kept.session.filter((e) => /oidc\./.test(e))).toEqual([]);
    for (const text of [...kept.local, ...kept.session, kept.html, kept.cookies, page.url()])
      expect(text).not.toMatch(JWT);
    expect(consoleLines.filter((l) => JWT.test(l) || /refresh_token|access_token/.test(l))).toEqual(
      [],
    );
  });

  it('renews before each token expires: two lifetimes, no 401, no poll gap over one interval', async () => {
    const from = Date.now();
    await page.waitForTimeout(2 * TTL_S * 1000 + 1_000);
    const renewals = stack.idp.tokenRequests.filter(
      (r) => r.grant === 'refresh_token' && r.at >= from,
    );
    expect(renewals.length).toBeGreaterThanOrEqual(2);
    expect(renewals.every((r) => r.ok)).toBe(true);
    const polls = apiAnswers.filter(
      (a) =>
        a.at >= from &&
        a.url.startsWith(`${stack.api.url}/ngsi-ld/v1/entities?type=EvacuationShelter`),
    );
    expect(polls.filter((p) => p.status !== 200)).toEqual([]);
    const gaps = polls.slice(1).map((p, i) => p.at - polls[i]!.at);
    // One interval, plus the time one poll takes here (SwiftShader on two cores).
    expect(Math.max(...gaps)).toBeLessThanOrEqual(POLL_S * 1000 + 1_500);
    expect(await page.locator(BANNER).count()).toBe(0);
  });

  it('a token the platform refuses: one renewal, then "sign-in needed" with the data kept and its age', async () => {
    const total = digits(await page.textContent(TOTAL));
    const from = Date.now();
    stack.refuseAll = true;
    try {
      const banner = page.locator(BANNER);
      await banner.waitFor({ timeout: 20_000 });
      expect(await banner.getAttribute('data-reason')).toBe('refused');
      expect(await banner.textContent()).toMatch(
        /Sign-in needed: the platform refused the sign-in\. Showing the last data received \(.+ old\)\./,
      );
      expect(digits(await page.textContent(TOTAL))).toBe(total);
      // Not a renewal per refused poll: one at the first 401, then at most one per 15 s.
      await page.waitForTimeout(3 * POLL_S * 1000);
      const renewals = stack.idp.tokenRequests.filter(
        (r) => r.grant === 'refresh_token' && r.at >= from,
      );
      expect(renewals.length).toBeLessThanOrEqual(2);
      expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(1);
    } finally {
      stack.refuseAll = false;
    }
    // Accepted again: the banner goes at the next poll that gets through.
    await page.locator(BANNER).waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('an identity provider that is down: the token kept while it holds, then "sign-in needed", back on its own', async () => {
    const total = digits(await page.textContent(TOTAL));
    await stack.idp.stop();
    try {
      const banner = page.locator(BANNER);
      await banner.waitFor({ timeout: (TTL_S + 20) * 1000 });
      expect(await banner.getAttribute('data-reason')).toBe('provider-unreachable');
      expect(await banner.textContent()).toContain(
        `cannot reach the identity provider ${stack.idp.issuer} to renew the sign-in`,
      );
      expect(digits(await page.textContent(TOTAL))).toBe(total);
    } finally {
      await stack.idp.start();
    }
    // Retried every 15 s: back without anyone signing in again.
    await page.locator(BANNER).waitFor({ state: 'detached', timeout: 40_000 });
    expect(digits(await page.textContent(TOTAL))).toBe(total);
  });

  it('a reload signs in again without a form (the provider’s session), and the connection check passes signed in', async () => {
    const codeGrants = () =>
      stack.idp.tokenRequests.filter((r) => r.grant === 'authorization_code').length;
    const before = codeGrants();
    await page.goto(`${stack.app.url}/?lang=en&screen=check`);
    await page.waitForSelector('[data-testid="check-steps"]', { timeout: 120_000 });
    expect(new URL(page.url()).searchParams.get('screen')).toBe('check');
    expect(codeGrants()).toBe(before + 1);
    const outcomes = await page.$$eval('[data-testid="check-steps"] > li', (items) =>
      items.map((li) => (li as HTMLElement).dataset.outcome),
    );
    expect(outcomes).not.toContain('fail');
    const text = (await page.textContent('[data-testid="check-text"]')) ?? '';
    expect(text).toContain(`Sign-in: identity provider ${stack.idp.issuer}`);
    expect(text).not.toMatch(JWT);
  });

  it('an identity provider unreachable at the start: a screen naming it, retried on its own', async () => {
    const app = await serveDist({
      config: {
        apiBaseUrl: stack.api.url,
        contextUrl: 'https://nagasaki.example/ngsi-ld/context.jsonld',
        mode: 'live',
        auth: { kind: 'oidc', issuer: 'http://127.0.0.1:9', clientId: 'x', scope: 'openid' },
      },
    });
    const p = await stack.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await p.goto(app.url);
      const screen = p.locator('[data-testid="sign-in-failed"]');
      await screen.waitFor({ timeout: 30_000 });
      expect(await screen.getAttribute('data-reason')).toBe('provider-unreachable');
      const text = (await screen.textContent()) ?? '';
      expect(text).toContain('Cannot reach the identity provider http://127.0.0.1:9');
      expect(text).toContain('ID プロバイダー http://127.0.0.1:9 に接続できません');
      expect(text).toContain(`${app.url}/`);
      expect(text).toMatch(/Trying again in \d+ s/);
    } finally {
      await p.close();
      await app.close();
    }
  });
});
