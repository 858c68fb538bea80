/**
 * The screenshots to look at before an issue is closed (DEVELOPERS' sign-off), from the
 * production build against the HTTP mock:
 *   npx tsx tests/e2e/shots.ts [name-filter]
 * Writes tests/.artifacts/shots/<name>.png: the wall at 3840×2160 in kiosk (quiet day and the
 * drill, the first presets of its cycle), the desk at 1920×1080 in both languages (every view), and the
 * briefing printed to PDF (A4 landscape, each page as PNG).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startMockServer, type RunningMockServer } from '../../mocks/http/server';
import { serveDist, type StaticServer } from './support/static-server';
import { launchChromium, waitForMapReady } from './support/browser';
import { CONTEXT, catalogConfig, freezeDrill } from './support/stack';
import { printWithButton } from './support/print';

const OUT = 'tests/.artifacts/shots';

interface Shot {
  name: string;
  query: string;
  width: number;
  height: number;
  drill: boolean;
  ready?: string;
  /** Kiosk: one picture per camera preset, this many. */
  cycle?: number;
  pdf?: boolean;
}

const BRIEF = '[data-testid="brief-tour-sentences"]';

const DESK_VIEWS: { name: string; query: string; ready?: string }[] = [
  { name: 'ops', query: '' },
  {
    name: 'tourism',
    query: 'screen=tourism',
    ready: '[data-testid="tourism-notes"]:not(:has([data-note="loading"]))',
  },
  { name: 'platform', query: 'screen=platform', ready: '[data-testid="od-cat-table"]' },
  {
    name: 'platform-ojika',
    query: 'screen=platform&area=42383',
    ready: '[data-testid="od-listing"]',
  },
  { name: 'briefing-pref', query: 'screen=briefing', ready: BRIEF },
  { name: 'briefing-goto', query: 'screen=briefing&area=42211', ready: BRIEF },
  { name: 'briefing-nagasaki', query: 'screen=briefing&area=42201', ready: BRIEF },
];

const SHOTS: Shot[] = [
  {
    name: 'wall-quiet',
    query: 'kiosk=1',
    width: 3840,
    height: 2160,
    drill: false,
    cycle: 4,
    ready: '[data-testid="count-sites"]',
  },
  { name: 'wall-drill', query: 'kiosk=1', width: 3840, height: 2160, drill: true, cycle: 3 },
  ...(['ja', 'en'] as const).flatMap((lang) =>
    DESK_VIEWS.map((v) => ({
      name: `desk-${lang}-${v.name}`,
      query: [v.query, `lang=${lang}`].filter(Boolean).join('&'),
      width: 1920,
      height: 1080,
      drill: true,
      ...(v.ready && { ready: v.ready }),
      pdf: v.name.startsWith('briefing'),
    })),
  ),
  {
    name: 'desk-ja-ops-quiet',
    query: 'lang=ja',
    width: 1920,
    height: 1080,
    drill: false,
  },
];

async function stack(drill: boolean): Promise<{ api: RunningMockServer; app: StaticServer }> {
  const api = await startMockServer({ port: 0, ...(drill && { scenario: 'typhoon' }) });
  if (drill) {
    await freezeDrill(api.url);
  }
  const app = await serveDist({
    config: {
      apiBaseUrl: api.url,
      contextUrl: CONTEXT,
      mode: 'live',
      catalog: catalogConfig(api.url),
      kiosk: { cycleSeconds: 12 },
    },
  });
  return { api, app };
}

async function settle(page: Page, shot: Shot): Promise<void> {
  await waitForMapReady(
    page,
    60_000,
    shot.ready ?? (shot.drill ? '[data-testid="total-evacuees"]' : undefined),
  );
  // The surrounding land is added a second after the first map with data settles.
  await page.waitForTimeout(3000);
}

async function take(page: Page, shot: Shot): Promise<void> {
  if (shot.cycle) {
    // One picture per camera preset the wall cycles through.
    for (let step = 0; step < shot.cycle; step += 1) {
      if (step > 0) {
        const before = await page.textContent('[data-testid="kiosk-preset"]');
        await page.waitForFunction(
          (b) => document.querySelector('[data-testid="kiosk-preset"]')?.textContent !== b,
          before,
          { timeout: 60_000 },
        );
        await page.waitForTimeout(2500);
      }
      await page.screenshot({ path: join(OUT, `${shot.name}-${step}.png`) });
    }
    return;
  }
  await page.screenshot({ path: join(OUT, `${shot.name}.png`) });
  if (shot.pdf) {
    for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${shot.name}-print-`)))
      rmSync(join(OUT, old));
    // As a person prints it: the print button draws the map for paper, then prints.
    await printWithButton(page);
    const pdf = join(OUT, `${shot.name}.pdf`);
    writeFileSync(pdf, await page.pdf({ landscape: true, format: 'A4', printBackground: true }));
    execFileSync('pdftoppm', ['-r', '80', '-png', pdf, join(OUT, `${shot.name}-print`)]);
  }
}

const filter = process.argv[2];
const chosen = SHOTS.filter((s) => !filter || s.name.includes(filter));
mkdirSync(OUT, { recursive: true });
const browser = await launchChromium({ motion: true });
try {
  for (const drill of [false, true]) {
    const group = chosen.filter((s) => s.drill === drill);
    if (group.length === 0) continue;
    const { api, app } = await stack(drill);
    try {
      for (const shot of group) {
        const page = await browser.newPage({
          viewport: { width: shot.width, height: shot.height },
        });
        page.on('pageerror', (e) => console.error(`[${shot.name}] page error:`, e.message));
        page.on('console', (m) => {
          if (m.type() === 'error') console.error(`[${shot.name}] console:`, m.text());
        });
        const t0 = Date.now();
        await page.goto(`${app.url}/?${shot.query}`);
        try {
          await settle(page, shot);
        } catch (e) {
          await page.screenshot({ path: join(OUT, `${shot.name}-failed.png`) });
          throw e;
        }
        await take(page, shot);
        console.log(`${shot.name}: ${Date.now() - t0} ms`);
        await page.close();
      }
    } finally {
      await app.close();
      await api.close();
    }
  }
} finally {
  await browser.close();
}
