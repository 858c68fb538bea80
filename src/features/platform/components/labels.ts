/** Words for types, cells and freshness (the model stays free of i18n). */
import { formatAge, formatNumber, type Lang, type MessageKey } from '../../../i18n';
import type { TFunction } from '../../../i18n';
import { SCAN_MAX_ENTITIES } from '../api/scan-newest';
import { iriTail, isIri } from '../../../api/ngsi/context-terms';
import type { CellFreshness } from '../model/cadence';
import type { KpiCell } from '../model/matrix';
import type { Measure, NewestScan } from '../model/types';

const TYPE_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['EvacuationSite', 'pf.type.EvacuationSite'],
  ['DesignatedShelter', 'pf.type.DesignatedShelter'],
  ['EvacuationShelter', 'pf.type.EvacuationShelter'],
  ['EvacuationInformation', 'pf.type.EvacuationInformation'],
  ['DisasterEvent', 'pf.type.DisasterEvent'],
  ['TourismPresenceObserved', 'pf.type.TourismPresenceObserved'],
  ['TouristFlowObserved', 'pf.type.TouristFlowObserved'],
  ['TransportServiceStatus', 'pf.type.TransportServiceStatus'],
]);

/**
 * A contract type in words; any other type by its own name (as text, never markup). A type
 * that came as a full IRI no @context term names is shown by its last segment (the whole IRI
 * is in `typeTitle`), so one long IRI cannot stretch a column over the screen.
 */
export function typeLabel(type: string, t: TFunction): string {
  const key = TYPE_KEYS.get(type);
  if (key) return t(key);
  return isIri(type) ? iriTail(type) : type;
}

/** The full name for a tooltip when the label shortened an IRI. */
export const typeTitle = (type: string): string | undefined => (isIri(type) ? type : undefined);

export const FRESHNESS_KEYS: Record<CellFreshness, MessageKey> = {
  fresh: 'pf.fresh.fresh',
  aging: 'pf.fresh.aging',
  stale: 'pf.fresh.stale',
  unjudged: 'pf.fresh.unjudged',
  unknown: 'pf.fresh.unknown',
  empty: 'pf.fresh.empty',
};

export interface CellText {
  /** The count, or why there is none. */
  main: string;
  /** A note beside it (last good value). */
  note?: string;
  /** The longer explanation, for the tooltip. */
  title?: string;
}

/** What a count shows; `at` is the snapshot's as-of time, for the age of a kept value. */
export function measureText(m: Measure, at: number, lang: Lang, t: TFunction): CellText {
  switch (m.state) {
    case 'ok':
      return { main: t('pf.cell.records', { n: formatNumber(lang, m.value) }) };
    case 'stale':
      return {
        main: t('pf.cell.records', { n: formatNumber(lang, m.value) }),
        note: t('pf.cell.stale'),
        title: t('pf.cell.stale.title', {
          age: formatAge(lang, Math.max(0, at - m.at)),
          reason: m.error,
        }),
      };
    case 'unsupported':
      return {
        main: t('pf.cell.unsupported'),
        title: t('pf.cell.unsupported.title', { status: m.status, detail: m.detail }),
      };
    case 'unreported':
      return { main: t('pf.cell.unreported'), title: t('pf.cell.unreported.title') };
    case 'failed':
      return { main: t('pf.cell.failed'), title: t('pf.cell.failed.title', { reason: m.error }) };
  }
}

/** The newest record's age at the as-of time, or that it is unknown; nothing for no records. */
export function ageText(cell: KpiCell, at: number, lang: Lang, t: TFunction): string {
  if (cell.freshness === 'empty') return '';
  if (cell.newestAt === undefined) return t('pf.cell.timeUnknown');
  return t('pf.cell.age', { age: formatAge(lang, Math.max(0, at - cell.newestAt)) });
}

/** Where a type's update times came from, for its column header. */
export function scanText(scan: NewestScan, lang: Lang, t: TFunction): string {
  switch (scan.state) {
    case 'unsupported':
      return t('pf.source.unsupported', { status: scan.status });
    case 'failed':
      return t('pf.source.failed', { reason: scan.error });
    default: {
      const base = t(`pf.source.${scan.source}`);
      const cut = scan.truncated
        ? t('pf.source.truncated', { n: formatNumber(lang, SCAN_MAX_ENTITIES) })
        : '';
      return base + cut + (scan.state === 'stale' ? t('pf.source.stale') : '');
    }
  }
}

/** A list of words joined the way the language joins them. */
export const joinList = (items: readonly string[], t: TFunction): string =>
  items.join(t('pf.list.separator'));

const rateFormats: Record<Lang, Intl.NumberFormat> = {
  ja: new Intl.NumberFormat('ja-JP', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
};

/** Records per 10,000 residents, always with its one decimal ("19.0", never "19"). */
export const formatRate = (lang: Lang, per10k: number): string => rateFormats[lang].format(per10k);

/**
 * A municipality's English name with a soft hyphen after a leading Minami-/Higashi-/Nishi-/
 * Kita-/Shin- ("Minami\u00adshimabara"), so a narrow table can break it where a reader would,
 * never mid-syllable. Japanese names are kept whole (theme.css: phrase breaking for row headings).
 */
export const breakableName = (name: string): string =>
  name.replace(/^(Minami|Higashi|Nishi|Kita|Shin)(?=[a-z]{4})/, '$1\u00ad');
