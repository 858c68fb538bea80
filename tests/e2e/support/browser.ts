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
 * CPU rendering is slow, so this waits on state, never on a fixed delay.
 */
export async function waitForMapReady(
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
