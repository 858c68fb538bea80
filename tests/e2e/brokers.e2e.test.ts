/**
 * The production build against brokers as they are deployed, configured by config.json only:
 * behind the page's own origin (`"apiBaseUrl": "."`), and behind a gateway that does not route
 * the path the dashboard asks for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digits, recordRequests, shownTotals, waitForMapReady } from './support/browser';
import { fixtureCounts } from './support/fixture-counts';
import { CONTEXT, freezeDrill, startStack, type Stack } from './support/stack';
import { expectedTotals, fetchAll } from './support/mock-state';
import { serveDist } from './support/static-server';

describe('a broker behind the page’s own origin ("apiBaseUrl": ".")', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, {}, { sameOrigin: true });
  });
  afterAll(() => stack?.close());

  it('reads every feed from the page’s origin, in the feed worker too, with the fixture counts', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
    const urls = recordRequests(page);
    await page.goto(stack.app.url);
    await waitForMapReady(page);
    const expected = fixtureCounts();
    expect(digits(await page.textContent('[data-testid="count-designations"]'))).toBe(
      expected.designations,
    );
    expect(digits(await page.textContent('[data-testid="count-facilities"]'))).toBe(
      expected.facilities,
    );
    const api = urls.filter((u) => u.includes('/ngsi-ld/'));
    expect(api.length).toBeGreaterThan(0);
    expect(api.filter((u) => !u.startsWith(`${stack.app.url}/ngsi-ld/v1/`))).toEqual([]);
    await page.close();
  });
});

describe('a gateway that does not route the API path', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.close());

  it('names the URL that failed and what to check, in the data panel', async () => {
    // The page's own server has nothing under /gw/: a plain-text 404, as from a gateway
    // without that route.
    const app = await serveDist({
      config: (origin) => ({ apiBaseUrl: `${origin}/gw`, contextUrl: CONTEXT, mode: 'live' }),
    });
    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`${app.url}/?lang=en`);
    const fix = page.locator('[data-testid="feed-fix"]').first();
    await fix.waitFor({ timeout: 60_000 });
    const text = (await fix.textContent()) ?? '';
    expect(text).toContain(`Not found: ${app.url}/gw/ngsi-ld/v1/entities?type=`);
    expect(text).toContain(`apiBaseUrl in config.json (now "${app.url}/gw")`);
    expect(text).toContain('gateway routes /gw/ngsi-ld/v1/entities to the broker');
    await page.close();
    await app.close();
  });
});

describe('the drill on a platform that runs NGSI v2 (FIWARE Orion)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(
      { scenario: 'typhoon' },
      {
        dialect: 'ngsi-v2',
        pollSeconds: { shelters: 2, evacuationInformation: 2 },
      },
    );
    await freezeDrill(stack.api.url);
  });
  afterAll(() => stack?.close());

  it('shows the masters and the totals computed independently from the mock’s entities', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const urls = recordRequests(page);
    await page.goto(stack.app.url);
    await waitForMapReady(page, 180_000, '[data-testid="total-evacuees"]');
    const overlays = await fetchAll(stack.api.url, 'EvacuationShelter');
    const expected = expectedTotals(overlays);
    expect(await shownTotals(page)).toEqual({
      open: expected.open,
      evacuees: expected.evacuees,
      households: expected.households,
    });
    expect(expected.evacuees).toBeGreaterThan(0);
    // Every entity request went to Orion's /v2 API, none to NGSI-LD's.
    const api = urls.filter((u) => u.startsWith(stack.api.url));
    expect(api.some((u) => u.includes('/v2/entities?'))).toBe(true);
    expect(api.filter((u) => u.includes('/ngsi-ld/'))).toEqual([]);
    await page.close();
  });
});
