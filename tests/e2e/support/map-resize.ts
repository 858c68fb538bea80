import type { Page } from 'playwright-core';
import { mapSettled } from './map-settled';

/** The map canvas's drawing buffer and its size on the page (device px). */
export interface CanvasSize {
  buffer: [number, number];
  page: [number, number];
}

/**
 * Resizes the map twice in quick succession, the way the page's layout settles while the map
 * loads (a banner, the legend growing): the map area is cut by `first` px at the bottom, and
 * the moment the canvas has been resized (maplibre at once; luma.gl's ResizeObserver runs just
 * before ours), by `second` px instead, with the next frame kept busy for 120 ms, as a slow
 * frame on the wall is. maplibre's second resize (it resizes at most every 50 ms) then runs
 * before deck.gl draws again. Returns once the map has had 1.2 s to settle.
 */
export async function resizeTwiceQuickly(
  page: Page,
  first: number,
  second: number,
): Promise<CanvasSize> {
  await page.evaluate(
    async ([a, b]) => {
      const wrap = document.querySelector<HTMLElement>('.map-wrap')!;
      const canvas = wrap.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
      // maplibre's throttle of its own resizes lets the first through at once after a rest.
      await new Promise((r) => setTimeout(r, 300));
      await new Promise<void>((done) => {
        let initial = true;
        const observer = new ResizeObserver(() => {
          if (initial) {
            initial = false;
            wrap.style.bottom = `${a}px`;
            return;
          }
          observer.disconnect();
          wrap.style.bottom = `${b}px`;
          requestAnimationFrame(() => {
            const start = performance.now();
            while (performance.now() - start < 120) {
              // a slow frame
            }
          });
          done();
        });
        observer.observe(canvas);
      });
      await new Promise((r) => setTimeout(r, 1200));
    },
    [first, second] as const,
  );
  return canvasSize(page);
}

/** The map canvas's drawing buffer and its size on the page, now. */
function canvasSize(page: Page): Promise<CanvasSize> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.map-wrap canvas.maplibregl-canvas')!;
    const dpr = window.devicePixelRatio;
    return {
      buffer: [canvas.width, canvas.height] as [number, number],
      page: [Math.round(canvas.clientWidth * dpr), Math.round(canvas.clientHeight * dpr)] as [
        number,
        number,
      ],
    };
  });
}

/**
 * Cuts the map area by `bottom` px, waits until maplibre has resized its canvas to it and the
 * map has settled, and returns the canvas's size.
 */
export async function resizeMapArea(page: Page, bottom: number): Promise<CanvasSize> {
  await page.evaluate((px) => {
    document.querySelector<HTMLElement>('.map-wrap')!.style.bottom = `${px}px`;
  }, bottom);
  await page.waitForFunction(() => {
    const wrap = document.querySelector<HTMLElement>('.map-wrap')!;
    return wrap.querySelector('canvas.maplibregl-canvas')!.clientHeight === wrap.clientHeight;
  });
  await mapSettled(page);
  return canvasSize(page);
}
