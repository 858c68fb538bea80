/**
 * Looking at a page as its users do, for layout: the findings on one drawn view (text cut
 * off or drawn over other text, chart labels outside their chart, tables needing sideways
 * scrolling, place names over each other, formatting of the other language, serious axe
 * violations, untranslated interface text), and the desk's walk from screen to screen with
 * the tabs and between briefings with the area picker, the map mounted throughout.
 */
import type { Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { scanI18n } from './i18n-scan';
import { auditLayout, languageLeaks, overlappingLabels } from './layout-audit';
import { mapSettled } from './map-settled';

export type Lang = 'ja' | 'en';

export const OPS = '[data-testid="total-evacuees"]';
export const QUIET = '[data-testid="count-designations"]';
const TOURISM = '[data-testid="tourism-notes"]:not(:has([data-note="loading"]))';
const PLATFORM = '[data-testid="pf-total-datasets"]';
const BRIEF = '[data-testid="brief-tour-sentences"]';
const GOTO = '42211';

/** One stop on the desk: how to get there from the previous one, and what shows it is drawn. */
export interface Stop {
  name: string;
  go: (page: Page) => Promise<void>;
  /** Selectors that are all on the page once the stop is drawn. */
  ready: string[];
}

const tab = (screen: string) => (page: Page) => page.click(`button[data-screen="${screen}"]`);
const area = (code: string) => (page: Page) =>
  page.selectOption('[data-testid="brief-area"]', code).then(() => undefined);
export const switchLang = (page: Page) => page.click('button.lang');

/** The desk during the drill: every screen, then a municipality's briefing. */
export const deskDrill = (lang: Lang): Stop[] => [
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

/** Two frames: whatever a change just set off (a chart measuring its box) has been laid out. */
export const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

/** The findings on the page as it is drawn now (the desk's folded tables opened first). */
export async function findings(page: Page, lang: Lang, kiosk: boolean) {
  if (!kiosk) {
    // Tables behind "show as a table" must fit their panels too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('.side details')) d.open = true;
    });
    await nextFrames(page);
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

export const clean = (lang: Lang) => ({
  lang,
  layout: [],
  labels: [],
  language: [],
  axe: [],
  untranslated: { rawKeys: [], japanese: [] },
});

export const everyStopClean = (stops: readonly Stop[], lang: Lang) =>
  Object.fromEntries(stops.map((s) => [s.name, clean(lang)]));

/** Walks the desk's stops on an open page; the findings of each stop, by name. */
export async function walk(page: Page, lang: Lang, stops: readonly Stop[]) {
  const out: Record<string, unknown> = {};
  for (const stop of stops) {
    await stop.go(page);
    for (const sel of stop.ready) await page.waitForSelector(sel, { timeout: 180_000 });
    await mapSettled(page, 800, 180_000);
    await nextFrames(page);
    out[stop.name] = await findings(page, lang, false);
  }
  return out;
}
