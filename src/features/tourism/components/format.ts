import { formatNumber, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { countryName, prefectureName } from '../../../domain/prefectures';
import { getMunicipality } from '../../../domain/municipalities';
import type { OriginKey, Total } from '../../../domain/tourism-days';
import { JST_TIME_ZONE } from '../../../domain/jst';

/** A published total as text: "1,234", "at least 1,234" with suppressed cells, or "no data". */
export function formatTotal(total: Total | undefined, lang: Lang, t: TFunction): string {
  if (!total || total.value === null) return t('tsum.noData');
  const n = formatNumber(lang, Math.round(total.value));
  return total.suppressed > 0 ? t('tsum.atLeast', { n }) : n;
}

export function formatPercent(share: number | null, lang: Lang, t: TFunction): string {
  if (share === null) return '—';
  return t('tr.percent', { n: formatNumber(lang, Math.round(share * 1000) / 10) });
}

export function formatChange(change: number | null | undefined, lang: Lang): string {
  if (change === null || change === undefined) return '—';
  const pct = Math.round(change * 1000) / 10;
  return `${pct > 0 ? '+' : ''}${formatNumber(lang, pct)}%`;
}

/** `JP-40` → 福岡県, `JP` → other prefectures, `KR` → 韓国, `42201` → 長崎市. */
export function originLabel(key: OriginKey, lang: Lang, t: TFunction): string {
  if (key === 'JP') return t('filter.origin.otherJp');
  if (key.startsWith('JP-')) return prefectureName(key.slice(3), lang);
  if (/^\d{2}$/.test(key)) return prefectureName(key, lang);
  if (/^\d{5}$/.test(key)) {
    const m = getMunicipality(key);
    return m ? (lang === 'ja' ? m.nameJa : m.nameEn) : key;
  }
  return countryName(key, lang);
}

const cursorFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: JST_TIME_ZONE,
    month: 'numeric',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: JST_TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
};

/** The cursor's JST hour for people: "11/18(水) 13:00" or "Wed 18 Nov, 13:00". */
export function formatCursor(ms: number, lang: Lang): string {
  return `${cursorFormats[lang].format(ms)} JST`;
}

const dayFormats: Record<Lang, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    timeZone: JST_TIME_ZONE,
    month: 'numeric',
    day: 'numeric',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: JST_TIME_ZONE, day: 'numeric', month: 'short' }),
};

export function formatDay(ms: number, lang: Lang): string {
  return dayFormats[lang].format(ms);
}
