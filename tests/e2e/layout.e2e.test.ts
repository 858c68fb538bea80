/**
 * Every view as its users see it — the desk at 1920×1080 in Japanese and English, the wall at
 * 3840×2160 in kiosk — on the drill and on a quiet day: no text cut off by its box or drawn
 * over other text, no chart label outside its chart, no table that needs sideways scrolling,
 * no two place names over each other on the map, and no formatting in the other language;
 * and on the same page, once its data is drawn: no serious or critical axe violation and no
 * interface text left untranslated (raw keys, Japanese on an English page).
 *
 * The desk is looked at as its staff use it: one page per language, moving from screen to
 * screen with the tabs and between briefings with the area picker (the map stays mounted);
 * the wall, which nobody touches, is loaded once per language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForMapReady } from './support/browser';
import { seriousViolations } from './support/axe';
import { scanI18n } from './support/i18n-scan';
import { auditLayout, languageLeaks, overlappingLabels } from './support/layout-audit';
import { mapSettled } from './support/map-settled';
import { freezeDrill, startStack, type Stack } from './support/stack';

type Lang = 'ja' | 'en';

const OPS = '[data-testid="total-evacuees"]';
const QUIET = '[data-testid="count-designations"]';
const TOURISM = '[data-testid="tourism-notes"]:not(:has([data-note="loading"]))';
const PLATFORM = '[data-testid="pf-total-datasets"]';
const BRIEF = '[data-testid="brief-tour-sentences"]';
const KIOSK = { kiosk: { cycleSeconds: 3600, presets: ['prefecture'] } };
const GOTO = '42211';

/** One stop on the desk: how to get there from the previous one, and what shows it is drawn. */
interface Stop {
  name: string;
  go: (page: Page) => Promise<void>;
  /** Selectors that are all on the page once the stop is drawn. */
  ready: string[];
}

const tab = (screen: string) => (page: Page) => page.click(`button[data-screen="${screen}"]`);
const area = (code: string) => (page: Page) =>
  page.selectOption('[data-testid="brief-area"]', code).then(() => undefined);

const deskDrill = (lang: Lang): Stop[] => [
  { name: 'operations', go: async () => undefined, ready: [OPS] },
  { name: 'tourism', go: tab('tourism'), ready: [TOURISM] },
  { name: 'platform', go: tab('platform'), ready: [PLATFORM] },
  { name: 'prefecture briefing', go: tab('briefing'), ready: [BRIEF] },
  {
    name: 'Goto briefing',
    go: area(GOTO),
    // The title names the area once the picker's choice is in; the sentences follow it.
    ready: [`[data-testid="brief-title"]:has-text("${lang === 'ja' ? '五島市' : 'Goto'}")`, BRIEF],
  },
];

async function findings(page: Page, lang: Lang, kiosk: boolean) {
  if (!kiosk) {
    // Tables behind "show as a table" must fit their panels too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('.side details')) d.open = true;
    });
    await page.waitForTimeout(500);
  }
  return {
    lang: await page.getAttribute('.app', 'lang'),
    layout: await auditLayout(page, { kiosk }),
    labels: await overlappingLabels(page),
    language: await languageLeaks(page, lang),
    axe: await seriousViolations(page),
    untranslated: await scanI18n(page, lang),
  };
}

const clean = (lang: Lang) => ({
  lang,
  layout: [],
  labels: [],
  language: [],
  axe: [],
  untranslated: { rawKeys: [], japanese: [] },
});

async function wallFindings(stack: Stack, lang: Lang, ready: string) {
  const page = await stack.browser.newPage({ viewport: { width: 3840, height: 2160 } });
  try {
    await page.goto(`${stack.app.url}/?kiosk=1&lang=${lang}`);
    await waitForMapReady(page, 180_000, ready);
    await mapSettled(page, 800, 180_000);
    await page.waitForTimeout(500);
    return await findings(page, lang, true);
  } finally {
    await page.close();
  }
}

/** Walks the desk's stops on an open page; the findings of each stop, by name. */
async function walk(page: Page, lang: Lang, stops: readonly Stop[]) {
  const out: Record<string, unknown> = {};
  for (const stop of stops) {
    await stop.go(page);
    for (const sel of stop.ready) await page.waitForSelector(sel, { timeout: 180_000 });
    await mapSettled(page, 800, 180_000);
    await page.waitForTimeout(500);
    out[stop.name] = await findings(page, lang, false);
  }
  return out;
}

/** Opens the desk in `lang` and walks its stops. */
async function deskFindings(stack: Stack, lang: Lang, stops: readonly Stop[]) {
  const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
  try {
    await page.goto(`${stack.app.url}/?lang=${lang}`);
    return await walk(page, lang, stops);
  } finally {
    await page.close();
  }
}

const switchLang = (page: Page) => page.click('button.lang');

const everyStopClean = (stops: readonly Stop[], lang: Lang) =>
  Object.fromEntries(stops.map((s) => [s.name, clean(lang)]));

describe('layout during the drill', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ scenario: 'typhoon' }, KIOSK);
    await freezeDrill(stack.api.url);
  });
  afterAll(() => stack?.close());

  it.each(['ja', 'en'] as const)('wall, drill (%s)', async (lang) => {
    expect(await wallFindings(stack, lang, OPS)).toEqual(clean(lang));
  });

  it.each(['ja', 'en'] as const)(
    'desk (%s): operations, tourism, platform, prefecture and Goto briefings',
    async (lang) => {
      const stops = deskDrill(lang);
      expect(await deskFindings(stack, lang, stops)).toEqual(everyStopClean(stops, lang));
    },
  );
});

describe('layout on a quiet day', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({}, KIOSK);
  });
  afterAll(() => stack?.close());

  it('wall, quiet (ja)', async () => {
    expect(await wallFindings(stack, 'ja', '[data-testid="headline"][data-kind="quiet"]')).toEqual(
      clean('ja'),
    );
  });

  it('desk operations (ja, then en)', async () => {
    const stops = (lang: Lang): Stop[] => [
      {
        name: `operations (${lang})`,
        go: lang === 'ja' ? async () => undefined : switchLang,
        ready: [QUIET, `.app[lang="${lang}"]`],
      },
    ];
    const page = await stack.browser.newPage({ viewport: { width: 1920, height: 1080 } });
    try {
      await page.goto(`${stack.app.url}/?lang=ja`);
      expect(await walk(page, 'ja', stops('ja'))).toEqual(everyStopClean(stops('ja'), 'ja'));
      expect(await walk(page, 'en', stops('en'))).toEqual(everyStopClean(stops('en'), 'en'));
    } finally {
      await page.close();
    }
  });
});
