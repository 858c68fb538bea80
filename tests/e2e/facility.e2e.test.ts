import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForMapReady } from './support/browser';
import { centroidOf } from './support/pixels';
import { startStack, type Stack } from './support/stack';

const HOSTILE = '<img src=x onerror="window.__xss=1">壱岐の<script>window.__xss=2</script>公民館';
const SELECTED_YELLOW = [240, 228, 66] as const;

describe('a facility: hover and click details, entity text rendered as text', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
    stack.api.broker.upsert({
      id: 'urn:ngsi-ld:EvacuationSite:E4221099999201',
      type: 'EvacuationSite',
      name: { type: 'Property', value: HOSTILE },
      nationalShelterId: { type: 'Property', value: 'E4221099999201' },
      localGovernmentCode: { type: 'Property', value: '422100' },
      address: { type: 'Property', value: '長崎県壱岐市<b>郷ノ浦町</b>' },
      location: { type: 'GeoProperty', value: { type: 'Point', coordinates: [129.71, 33.78] } },
      hazardTypes: { type: 'Property', value: ['tsunami', 'stormSurge'] },
    });
  });
  afterAll(() => stack?.close());

  it('shows name, address, municipality, roles and hazards as text on click and on hover, executing nothing', async () => {
    const page = await stack.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(`${stack.app.url}/?view=iki&facility=E4221099999`);
    await waitForMapReady(page);

    const card = page.locator('[data-panel="selected"] [data-testid="facility-card"]');
    await expect(card.locator('h3').textContent()).resolves.toBe(HOSTILE);
    const text = await card.textContent();
    expect(text).toContain('長崎県壱岐市<b>郷ノ浦町</b>');
    expect(text).toContain('壱岐市');
    expect(text).toContain('緊急避難場所');
    expect(text).toContain('高潮・津波'); // hazards in canonical order

    // Hover the selected (yellow) marker found in the pixels of the map.
    const map = page.locator('[data-testid="map"]');
    const box = await map.boundingBox();
    const spot = centroidOf(await map.screenshot(), SELECTED_YELLOW);
    expect(spot?.n ?? 0).toBeGreaterThan(20);
    await page.mouse.move(box!.x + spot!.x, box!.y + spot!.y);
    const tooltip = page.locator('[role="tooltip"]');
    await tooltip.waitFor({ timeout: 30_000 });
    await expect(tooltip.locator('h3').textContent()).resolves.toBe(HOSTILE);

    // Dragging the map moves the marker away from its tooltip; deck.gl gets no pointer moves
    // during a maplibre drag, so the tooltip must go when the camera starts moving.
    await page.mouse.down();
    await page.mouse.move(box!.x + spot!.x + 120, box!.y + spot!.y + 40, { steps: 6 });
    await tooltip.waitFor({ state: 'detached', timeout: 30_000 });
    await page.mouse.up();

    // A click elsewhere (open sea) clears the selection and the URL follows.
    await page.mouse.click(box!.x + 10, box!.y + 10);
    await page.waitForURL((u) => !u.search.includes('facility='), { timeout: 30_000 });

    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.close();
  });
});
