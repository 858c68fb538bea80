import type { Page } from 'playwright-core';

/**
 * Prints the briefing as a person does, with its print button: the map is drawn for paper
 * first, then the browser's print dialog would open (stubbed: the caller prints to PDF).
 */
export async function printWithButton(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.click('[data-testid="brief-print"]');
  await page.waitForSelector('[data-testid="map-print"][data-print-ready="1"]', {
    state: 'attached',
    timeout: 60_000,
  });
}
