/**
 * Every view as its users see it — the desk at 1920×1080 in Japanese and English, the wall at
 * 3840×2160 in kiosk — on the drill and on a quiet day: no text cut off by its box or drawn
 * over other text, no chart label outside its chart, no table that needs sideways scrolling,
 * no two place names over each other on the map, and no formatting in the other language;
 * and on the same page, once its data is drawn: no serious or critical axe violation and no
 * interface text left untranslated (raw keys, Japanese on an English page).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMapReady } from './support/browser';
import { seriousViolations } from './support/axe';
import { scanI18n } from './support/i18n-scan';
import { auditLayout, languageLeaks, overlappingLabels } from './support/layout-audit';
import { freezeDrill, startStack, type Stack } from './support/stack';

const OPS = '[data-testid="total-evacuees"]';
const QUIET = '[data-testid="count-designations"]';
const TOURISM = '[data-testid="tourism-notes"]:not(:has([data-note="loading"]))';
const PLATFORM = '[data-testid="pf-total-datasets"]';
const BRIEF = '[data-testid="brief-tour-sentences"]';
const KIOSK = { kiosk: { cycleSeconds: 3600, presets: ['prefecture'] } };

interface View {
  name: string;
  query: string;
  ready: string;
  width: number;
  height: number;
  kiosk: boolean;
  lang: 'ja' | 'en';
}

const desk = (name: string, query: string, ready: string): View[] =>
  (['ja', 'en'] as const).map((lang) => ({
    name: `${name} (${lang})`,
    query: `${query}${query ? '&' : '?'}lang=${lang}`,
    ready,
    width: 1920,
    height: 1080,
    kiosk: false,
    lang,
  }));

const wall = (name: string, ready: string, lang: 'ja' | 'en' = 'ja'): View => ({
  name: `wall, ${name} (${lang})`,
  query: `?kiosk=1&lang=${lang}`,
  ready,
  width: 3840,
  height: 2160,
  kiosk: true,
  lang,
});

async function look(stack: Stack, view: View): Promise<Record<string, unknown>> {
  const page: Page = await stack.browser.newPage({
    viewport: { width: view.width, height: view.height },
  });
  await page.goto(`${stack.app.url}/${view.query}`);
  await waitForMapReady(page, 180_000, view.ready);
  await page.waitForTimeout(1_500);
  if (!view.kiosk) {
    // Tables behind "show as a table" must fit their panels too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('.side details')) d.open = true;
    });
    await page.waitForTimeout(500);
  }
  const found = {
    lang: await page.getAttribute('.app', 'lang'),
    layout: await auditLayout(page, { kiosk: view.kiosk }),
    labels: await overlappingLabels(page),
    language: await languageLeaks(page, view.lang),
    axe: await seriousViolations(page),
    untranslated: await scanI18n(page, view.lang),
  };
  await page.close();
  return found;
}

const clean = (view: View) => ({
  lang: view.lang,
  layout: [],
  labels: [],
  language: [],
  axe: [],
  untranslated: { rawKeys: [], japanese: [] },
});

describe('layout during the drill', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon' }, KIOSK);
    await freezeDrill(stack.api.url);
  });
  afterAll(() => stack?.close());

  it.each([
    wall('drill', OPS),
    wall('drill', OPS, 'en'),
    ...desk('operations', '', OPS),
    ...desk('tourism', '?screen=tourism', TOURISM),
    ...desk('platform', '?screen=platform', PLATFORM),
    ...desk('prefecture briefing', '?screen=briefing', BRIEF),
    ...desk('Goto briefing', '?screen=briefing&area=42211', BRIEF),
  ])('$name', async (view) => {
    expect(await look(stack, view)).toEqual(clean(view));
  });
});

describe('layout on a quiet day', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, KIOSK);
  });
  afterAll(() => stack?.close());

  it.each([
    wall('quiet', '[data-testid="headline"][data-kind="quiet"]'),
    ...desk('operations', '', QUIET),
  ])('$name', async (view) => {
    expect(await look(stack, view)).toEqual(clean(view));
  });
});
