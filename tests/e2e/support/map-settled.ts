import type { Page } from 'playwright-core';

/**
 * Waits until the map is idle and deck.gl has drawn no new frame for `quietMs`, counted from
 * this call at the earliest: a camera move asked for just before (a preset clicked) may not
 * have drawn its first frame yet, and quiet measured since an earlier wait would let it pass.
 */
export async function mapSettled(page: Page, quietMs = 800, timeoutMs = 60_000): Promise<void> {
  await page.evaluate(() => {
    delete (window as Window & { mapFrames?: unknown }).mapFrames;
  });
  await page.waitForFunction(
    (quiet) => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]');
      const w = window as Window & { mapFrames?: { n: string; since: number } };
      const n = el?.dataset.deckFrames ?? '';
      const now = performance.now();
      if (w.mapFrames?.n !== n) {
        w.mapFrames = { n, since: now };
        return false;
      }
      return el?.dataset.mapState === 'idle' && now - w.mapFrames.since > quiet;
    },
    quietMs,
    { timeout: timeoutMs, polling: 100 },
  );
}
