/** How the screen shows a table value (its CSV form is in src/domain/export-table.ts). */
import { formatNumber, type Lang } from '../../i18n';
import type { TFunction } from '../../i18n';
import type { ExportValue } from '../../domain/export-table';

/** What the table shows for a value. */
export function cellText(v: ExportValue, lang: Lang, t: TFunction): string {
  if (v === null) return t('export.none');
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? formatNumber(lang, v) : t('export.none');
  switch (v.kind) {
    case 'total': {
      if (v.value === null) return v.suppressed > 0 ? t('export.suppressed') : t('export.none');
      const n = formatNumber(lang, v.value);
      return v.suppressed > 0 ? t('export.atLeast', { n }) : n;
    }
    case 'flag':
      return t(v.value ? 'export.yes' : 'export.no');
    case 'custom':
      return v.text;
  }
}
