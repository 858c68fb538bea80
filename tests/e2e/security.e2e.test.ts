/**
 * Security in Chromium against the production build:
 * - a strict Content-Security-Policy (header + meta; no unsafe-inline, no unsafe-eval,
 *   connect-src only the origin and the API) with zero violations on every view, live and mock;
 * - entity text carrying script and HTML payloads renders as text, with zero executions;
 * - no secret in the shipped files; the auth header value never logged or shown;
 * - no request to any host but the origin and the API.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { digits, launchChromium, recordRequests, waitForMapReady } from './support/browser';
import { fixtureCounts } from './support/fixture-counts';
import { CSP_PROBE, cspViolations, watchConsoleRefusals } from './support/csp-probe';
import { fetchAll } from './support/mock-state';
import { startStack, type Stack } from './support/stack';
import { serveDist } from './support/static-server';

const PAYLOAD =
  `<img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=(window.__xss||0)+1</script>` +
  `"'><svg onload="window.__xss=1">javascript:alert(1)`;
const READY_OPS = '[data-testid="total-evacuees"]';

async function executions(page: Page) {
  return page.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss ?? 0,
    injected: document.querySelectorAll(
      'img[src="x"], svg[onload], [onerror], body script:not([src])',
    ).length,
  }));
}

describe('security on the production build', () => {
  let stack: Stack;
  const requests: string[][] = [];
  const dialogs: string[] = [];

  async function open(search: string, ready: string): Promise<{ page: Page; refusals: string[] }> {
    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.addInitScript(CSP_PROBE);
    const refusals = watchConsoleRefusals(page);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    requests.push(recordRequests(page));
    await page.goto(`${stack.app.url}/${search}`);
    await waitForMapReady(page, 180_000, ready);
    return { page, refusals };
  }

  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon', speed: 60 });
    // Poison every text the feeds carry, as a hostile or broken provider might. (Tourism feeds
    // carry codes, not text; an unknown code is listed as text by the same components.)
    stack.api.scenario!.pause();
    const broker = stack.api.broker;
    const text = (v: string) => ({ type: 'Property', value: v });
    const [event] = await fetchAll(stack.api.url, 'DisasterEvent');
    broker.upsert({ id: event!.id, type: 'DisasterEvent', name: text(`台風${PAYLOAD}`) });
    for (const info of (await fetchAll(stack.api.url, 'EvacuationInformation')).slice(0, 40))
      broker.upsert({
        id: info.id,
        type: 'EvacuationInformation',
        alertLabel: text(`避難指示${PAYLOAD}`),
        targetArea: text(`地区${PAYLOAD}`),
      });
    for (const s of await fetchAll(stack.api.url, 'DesignatedShelter'))
      if (s.id.includes('E42201'))
        broker.upsert({ id: s.id, type: 'DesignatedShelter', name: text(`避難所${PAYLOAD}`) });
    broker.upsert({
      id: 'urn:ngsi-ld:EvacuationShelter:hostile',
      type: 'EvacuationShelter',
      externalShelterId: text(`X${PAYLOAD}`),
      localGovernmentCode: text('422011'),
      openingStatus: text('open'),
      statusLabel: text(`開設中${PAYLOAD}`),
      evacueeTotal: { type: 'Property', value: 3 },
    });
  });
  afterAll(() => stack?.close());

  /** The desk's page after the hostile walk: the policy is probed on it next. */
  let desk: Page | undefined;

  it('renders hostile entity text as text on every view: zero executions, zero CSP violations', async () => {
    /** Opens everything that shows entity text, prints and comes back, then checks the page. */
    async function check(page: Page, refusals: string[], where: string): Promise<void> {
      // Details lists, the unmatched overlays: everything that shows entity text.
      for (const d of await page.locator('details').all())
        await d.evaluate((el) => el.setAttribute('open', ''));
      await page.emulateMedia({ media: 'print' });
      await page.emulateMedia({ media: 'screen' });
      await page.waitForTimeout(500);
      const body = (await page.textContent('body')) ?? '';
      expect(body, where).toContain('<img src=x onerror=');
      expect(await executions(page), where).toEqual({ ran: 0, injected: 0 });
      expect(await cspViolations(page), where).toEqual([]);
      expect(refusals, where).toEqual([]);
    }
    const wall = await open('?kiosk=1', READY_OPS);
    await check(wall.page, wall.refusals, 'wall');
    await wall.page.close();

    // The desk as its staff move through it: operations, then the prefecture's briefing (its
    // orders sit in a closed list under the per-level summary), then one municipality's.
    const { page, refusals } = await open('', READY_OPS);
    await check(page, refusals, 'operations');
    await page.click('button[data-screen="briefing"]');
    await page.waitForSelector('[data-testid="brief-level-summary"]');
    await check(page, refusals, 'prefecture briefing');
    await page.selectOption('[data-testid="brief-area"]', '42201');
    await page.waitForSelector('[data-testid="brief-levels"]');
    await check(page, refusals, 'Nagasaki briefing');
    desk = page;
    expect(dialogs).toEqual([]);
  });

  it('enforces the policy: an injected inline handler is refused, and reported', async () => {
    // Code run over the DevTools protocol is exempt from the page's CSP, so eval cannot be
    // probed from here; an inline handler the page itself would run can.
    const page = desk ?? (await open('', READY_OPS)).page;
    const ran = await page.evaluate(async () => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="data:," onerror="window.__inline=1">',
      );
      await new Promise((r) => setTimeout(r, 300));
      return (window as unknown as { __inline?: number }).__inline ?? 0;
    });
    expect(ran).toBe(0);
    // The probe that proves zero violations elsewhere does see this one.
    expect((await cspViolations(page)).join(' ')).toMatch(/script-src/);
    await page.close();
  });

  it('sends the policy as a header and in index.html, strict in both', async () => {
    const res = await fetch(`${stack.app.url}/`);
    const header = res.headers.get('content-security-policy') ?? '';
    const html = await res.text();
    const meta =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const policy of [header, meta.replace(/&#39;/g, "'")]) {
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
    expect(header).toContain(`connect-src 'self' ${new URL(stack.api.url).origin}`);
    expect(header).toContain("default-src 'none'");
  });

  it('asks no host but its own origin and the API', () => {
    const hosts = new Set(requests.flat().map((u) => new URL(u).host));
    expect([...hosts].sort()).toEqual(
      [new URL(stack.app.url).host, new URL(stack.api.url).host].sort(),
    );
  });
});

describe('the embedded default (the shipped config.json: the mock in its own worker) under the same policy', () => {
  it('starts on real Nagasaki data, asks nothing but its own origin, with zero violations', async () => {
    const app = await serveDist();
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.addInitScript(CSP_PROBE);
      const refusals = watchConsoleRefusals(page);
      const requests = recordRequests(page);
      await page.goto(`${app.url}/`);
      await waitForMapReady(page, 180_000);
      expect(digits(await page.textContent('[data-testid="count-designations"]'))).toBe(
        fixtureCounts().designations,
      );
      await expect(page.locator('[data-testid="mock-badge"]').isVisible()).resolves.toBe(true);
      await page.click('[data-screen="briefing"]');
      await page.waitForSelector('[data-testid="brief-tour-sentences"]', { timeout: 120_000 });
      expect(await cspViolations(page)).toEqual([]);
      expect(refusals).toEqual([]);
      const origin = new URL(app.url).origin;
      expect(requests.filter((u) => u.startsWith('http') && new URL(u).origin !== origin)).toEqual(
        [],
      );
    } finally {
      await browser.close();
      await app.close();
    }
  });
});

describe('secrets', () => {
  const SECRET = 'sk-live-7f3c9a1e5b2d4c6a8e0f1a2b3c4d5e6f';

  it('ships no secret: no keys, tokens or passwords in dist/ (scripts, maps, config)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(js|mjs|map|html|json|css)$/.test(name)) files.push(p);
      }
    };
    walk(process.env.E2E_DIST ?? 'dist');
    const patterns = [
      /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
      /AKIA[0-9A-Z]{16}/,
      /gh[pousr]_[A-Za-z0-9]{36}/,
      /xox[baprs]-[A-Za-z0-9-]{10,}/,
      /Bearer [A-Za-z0-9\-._~+/]{24,}/,
      /sk-(?:live|test)-[A-Za-z0-9]{16,}/,
      /["'](?:api[_-]?key|secret|password|token)["']\s*:\s*["'][^"']{8,}["']/i,
    ];
    const hits = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return patterns.filter((p) => p.test(text)).map((p) => `${f}: ${p}`);
    });
    expect(files.length).toBeGreaterThan(10);
    expect(hits).toEqual([]);
    const config = JSON.parse(
      readFileSync(join(process.env.E2E_DIST ?? 'dist', 'config.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(config).not.toHaveProperty('authHeader');
  });

  it('sends the auth header and never logs or shows its value, also when requests fail', async () => {
    const stack = await startStack(
      {},
      {
        authHeader: { name: 'X-Api-Key', value: SECRET },
        pollSeconds: { shelters: 2, evacuationInformation: 2 },
      },
    );
    try {
      const page = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 } });
      const logged: string[] = [];
      page.on('console', (m) => logged.push(m.text()));
      page.on('pageerror', (e) => logged.push(String(e)));
      const sent: string[] = [];
      page.on('request', (r) => {
        const v = r.headers()['x-api-key'];
        if (r.url().startsWith(stack.api.url) && v) sent.push(v);
      });
      await page.goto(`${stack.app.url}/`);
      await waitForMapReady(page, 180_000);
      // Failures are where a client might dump its request: a 401, a 500, a gateway page.
      // (The type is in the query string, not the path.)
      const live = { pathIncludes: '/ngsi-ld/v1/entities', times: 3 };
      stack.api.broker.setFault({ ...live, queryIncludes: 'type=EvacuationShelter', status: 401 });
      stack.api.broker.setFault({
        ...live,
        queryIncludes: 'type=EvacuationInformation',
        status: 500,
      });
      // Both failures on screen at once, where a client would show what went wrong.
      await page.waitForFunction(
        () =>
          document.querySelectorAll('[data-testid="feed-status"][data-state="failed"]').length >= 2,
        undefined,
        { timeout: 30_000, polling: 100 },
      );
      const shown = await page.evaluate(() => ({
        text: document.documentElement.outerHTML,
        storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
        url: location.href,
      }));
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.every((v) => v === SECRET)).toBe(true);
      for (const line of [...logged, shown.text, shown.storage, shown.url])
        expect(line).not.toContain(SECRET);
    } finally {
      await stack.close();
    }
  });
});
