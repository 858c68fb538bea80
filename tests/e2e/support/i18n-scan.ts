import type { Page } from 'playwright-core';
import { withLateJapanese } from '../../../src/i18n/ja';
import { opendataJa } from '../../../src/i18n/opendata.ja';

const ja = withLateJapanese(opendataJa);
import { en } from '../../../src/i18n/en';

type Key = keyof typeof ja;
const KEYS = Object.keys(ja) as Key[];
// Kana, not kanji alone: kanji-only fragments are mostly place names (新上五島), which entity
// data such as an evacuation order's target area carries in Japanese on purpose.
const KANA = /[\u3040-\u30ff]/;

/**
 * The fixed parts of each Japanese message (split at placeholders) that are long enough to be
 * told apart from data, and that English does not share: if one shows up on an English page,
 * some text did not go through the catalogue.
 */
const JA_FRAGMENTS: string[] = [
  ...new Set(
    KEYS.filter((k) => k !== 'lang.switch' && ja[k] !== en[k]).flatMap((k) =>
      ja[k]
        .split(/\{\w+\}/)
        .map((s) => s.trim())
        .filter((s) => s.length >= 4 && KANA.test(s)),
    ),
  ),
];

/** Everything a reader gets as text: visible text, and accessible names and titles. */
async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    return parts.join('\n');
  });
}

export interface I18nScan {
  /** Message keys shown as they are (a lookup that fell through). */
  rawKeys: string[];
  /** Japanese catalogue text on a page that should be English. */
  japanese: string[];
}

/**
 * Scans the page for untranslated text. Entity data (shelter names, the wording of evacuation
 * information as issued) is Japanese by nature and never matches a catalogue fragment.
 */
export async function scanI18n(page: Page, lang: 'ja' | 'en'): Promise<I18nScan> {
  const text = await pageText(page);
  const rawKeys = KEYS.filter((k) =>
    new RegExp(`(^|[\\s(（:：])${k.replace(/\./g, '\\.')}($|[\\s)）,.:：])`, 'm').test(text),
  );
  const japanese = lang === 'en' ? JA_FRAGMENTS.filter((f) => text.includes(f)) : [];
  return { rawKeys, japanese };
}
