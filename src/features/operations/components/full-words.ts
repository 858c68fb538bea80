import type { TFunction } from '../../../i18n';

/**
 * The words for the two full counts, given the configured `full` threshold (percent; absent
 * when the caller does not know it, then the band is named without a number).
 */
export function fullWords(t: TFunction, pct: number | undefined) {
  const band = pct === undefined ? t('ops.fullBand.any') : t('ops.fullBand', { pct });
  return {
    reportedFull: t('ops.reportedFull'),
    reportedFullLong: t('ops.reportedFull.long'),
    fullBand: band,
    fullBandLong: pct === undefined ? t('ops.fullBand.anyLong') : t('ops.fullBand.long', { pct }),
    /** One sentence defining both, for the legend under the totals and the tables' titles. */
    help: t('ops.full.help', { band, pct: pct ?? '—' }),
  };
}
