import { formatJst, type Lang } from '../../../i18n';
import type { TFunction } from '../../../i18n';

/** 「2026/09/01 10:20:00 JST 時点」, or that nothing has arrived yet (never a made-up time). */
export const asOfText = (at: number | undefined, lang: Lang, t: TFunction): string =>
  at !== undefined && at > 0
    ? t('brief.asOf', { time: formatJst(lang, at) })
    : t('brief.asOf.none');
