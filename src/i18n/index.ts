import { ja, type MessageKey, type Messages } from './ja';
import { JST_TIME_ZONE } from '../domain/jst';

export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { MessageKey };

/**
 * Japanese, the default, is part of the first script; English arrives in its own chunk when it
 * is first needed (loadLanguage), so the room's wall never downloads a language it never shows.
 */
const catalogs: Partial<Record<Exclude<Lang, 'ja'>, Messages>> = {};
/** Japanese sections that arrive with the screens that use them (`registerJapanese`). */
const lateJa: Partial<Messages> = {};
const firstJa: Partial<Messages> = ja;

/** Adds a Japanese section that came with a lazily loaded screen (its module registers it). */
export function registerJapanese(messages: Partial<Messages>): void {
  Object.assign(lateJa, messages);
}

const loaders: Record<Exclude<Lang, 'ja'>, () => Promise<Messages>> = {
  en: () => import('./en').then((m) => m.en),
};

export const isLanguageLoaded = (lang: Lang): boolean =>
  lang === 'ja' || catalogs[lang] !== undefined;

/** Makes `lang`'s catalogue available to `translate`; resolves at once when it already is. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'ja' || catalogs[lang]) return;
  catalogs[lang] = await loaders[lang]();
}

export type Params = Record<string, string | number>;

/** Translation in one language, as components receive it (`useT` in i18n/react). */
export type TFunction = (key: MessageKey, params?: Params) => string;

/** Whether a count (a number, or as formatted: "1", "1,024") is exactly one. */
const isOne = (value: string | number): boolean => Number(String(value).replace(/,/g, '')) === 1;

/**
 * Looks a key up and fills `{name}` placeholders, and `{name|one|other}` with the form for
 * that count (English: "1 shelter", "2 shelters"; Japanese needs none). Unknown placeholders
 * stay visible.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  // A language not loaded yet reads as Japanese (the store never switches to one: setLang
  // waits for it), rather than as raw keys.
  const loaded = lang === 'ja' ? undefined : catalogs[lang];
  const template = loaded?.[key] ?? firstJa[key] ?? lateJa[key] ?? key;
  if (!params) return template;
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      if (!(name in params)) return whole;
      const value = params[name]!;
      if (one === undefined || other === undefined) return String(value);
      return isOne(value) ? one : other;
    },
  );
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  ja: new Intl.NumberFormat('ja-JP'),
  en: new Intl.NumberFormat('en-US'),
};

export function formatNumber(lang: Lang, n: number): string {
  return numberFormats[lang].format(n);
}

const timeFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: JST_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: JST_TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }),
};

/** Times are always shown in JST, whatever the display's own time zone. */
export function formatJst(lang: Lang, epochMs: number): string {
  return `${timeFormats[lang].format(epochMs)} JST`;
}

const shortTimeFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: JST_TIME_ZONE,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: JST_TIME_ZONE,
    month: 'short',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/** Date and minute in JST ("12/05 21:49 JST", "05 Dec, 21:49 JST"): for a headline's as-of. */
export function formatJstMinute(lang: Lang, epochMs: number): string {
  return `${shortTimeFormats[lang].format(epochMs)} JST`;
}

const hourFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: JST_TIME_ZONE,
    hour: 'numeric',
    hourCycle: 'h23',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: JST_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
};

/** An hour tick on a chart, in the app's language: 「21時」, "21:00". */
export function formatJstHour(lang: Lang, epochMs: number): string {
  return hourFormats[lang].format(epochMs);
}

/** A short age such as "3分" / "3 min". */
export function formatAge(lang: Lang, ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const units: Array<[number, string, string]> = [
    [86_400, '日', 'd'],
    [3_600, '時間', 'h'],
    [60, '分', 'min'],
    [1, '秒', 's'],
  ];
  for (const [size, jaUnit, enUnit] of units) {
    if (s >= size || size === 1) {
      const v = Math.floor(s / size);
      return lang === 'ja' ? `${v}${jaUnit}` : `${v} ${enUnit}`;
    }
  }
  return '';
}
