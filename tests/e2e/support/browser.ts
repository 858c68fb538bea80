import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium with WebGL on SwiftShader (no GPU here); see design/STACK-NOTES.md. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Debian's Chromium. For the end-to-end tests its pages prefer reduced motion unless a test
 * asks otherwise (`reducedMotion: 'no-preference'`): MapLibre honours the preference, and the
 * camera jumps to a preset or a briefed area instead of flying there. On SwiftShader every
 * frame of a 1.2-s flight is drawn on the CPU (0.3–0.5 s a frame at 1920×1080) for nothing most
 * tests look at; the desk walk in wall.e2e keeps the flights, as its users see them. The
 * bench, the soak and the screenshots (`{ motion: true }`) see the map as people do.
 */
export async function launchChromium({ motion = false } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  if (motion) return browser;
  const newPage = browser.newPage.bind(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newPage = (options) => newPage({ reducedMotion: 'reduce', ...options });
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}

/** Every URL the page asks for, to prove it talks to no foreign host. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/**
 * Waits until the map is idle and deck.gl has drawn after the facility counts appeared:
 * CPU rendering is slow, so this waits on state, never on a fixed delay. What the benches
 * time; the tests wait for `waitForMapReady`, which also checks the frame's size.
 */
export async function waitForMapIdle(
  page: Page,
  timeoutMs = 120_000,
  readySelector = '[data-testid="count-designations"]',
): Promise<void> {
  await page.waitForSelector(readySelector, { timeout: timeoutMs });
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('[data-testid="map"]');
      return el?.dataset.mapState === 'idle' && Number(el.dataset.deckFrames ?? 0) > 0;
    },
    undefined,
    { timeout: timeoutMs, polling: 250 },
  );
}

/** `waitForMapIdle`, then the map's frame drawn at the size it is shown at. */
export async function waitForMapReady(
  page: Page,
  timeoutMs = 120_000,
  readySelector = '[data-testid="count-designations"]',
): Promise<void> {
  await waitForMapIdle(page, timeoutMs, readySelector);
  // The frame is drawn at the size the map is shown at (a stale drawing buffer scales the
  // frame and puts deck.gl's layers off maplibre's: issue 19's wall). A resize may be on its
  // way, so this waits a little before it calls it wrong.
  const drawnAtSize = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas');
    if (!canvas) return true;
    const dpr = window.devicePixelRatio;
    return (
      Math.abs(canvas.width - canvas.clientWidth * dpr) <= 1 &&
      Math.abs(canvas.height - canvas.clientHeight * dpr) <= 1
    );
  };
  const atSize = await page
    .waitForFunction(drawnAtSize, undefined, { timeout: 10_000, polling: 250 })
    .then(() => true)
    .catch(() => false);
  if (!atSize) {
    const sizes = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
      return `${canvas.width}×${canvas.height} for ${canvas.clientWidth}×${canvas.clientHeight} CSS px`;
    });
    throw new Error(`the map's frame is drawn at ${sizes}`);
  }
}

export const digits = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''));

/** The prefecture's totals as the operations view shows them (headline figures). */
export async function shownTotals(
  page: Page,
): Promise<{ open: number; evacuees: number; households: number }> {
  const shown = async (id: string) => digits(await page.textContent(`[data-testid="${id}"]`));
  return {
    open: await shown('total-open'),
    evacuees: await shown('total-evacuees'),
    households: await shown('total-households'),
  };
}
