import type { TFunction } from '../../../i18n';
import { formatJst, type Lang } from '../../../i18n';
import type { DaysState } from '../api/combine';
import type { Period } from '../model/period';

/** What a tourism chart image says besides its title: period, data time, credit. */
export interface TourismExportMeta {
  /** `<what>` of the file names: `<chart>-<from>_<to>`. */
  stem: (chart: string) => string;
  /** The header's second line: the period and when its data was fetched (JST). */
  asOf: string;
  credit: string;
}

export function tourismExportMeta(
  period: Period,
  main: DaysState,
  other: DaysState | null,
  lang: Lang,
  t: TFunction,
): TourismExportMeta {
  const lines = [t('export.period', { from: period.from, to: period.to })];
  if (main.updatedAt !== undefined)
    lines.push(t('export.fetched', { time: formatJst(lang, main.updatedAt) }));
  return {
    stem: (chart) => `${chart}-${period.from}_${period.to}`,
    asOf: lines.join('　'),
    credit: t(main.synthetic || other?.synthetic ? 'export.credit.synthetic' : 'export.credit'),
  };
}
