/**
 * The production build against brokers as they are deployed, configured by config.json only:
 * behind the page's own origin (`"apiBaseUrl": "."`), and behind a gateway that does not route
 * the path the dashboard asks for. The NGSI v2 dialect is in dialects.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digits, recordRequests, waitForMapReady } from './support/browser';
import { fixtureCounts } from './support/fixture-counts';
import { CONTEXT, startStack, type Stack } from './support/stack';
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
