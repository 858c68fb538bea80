import { ExportPanel } from '../../../ui/export/ExportPanel';
import { useMemo } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { formatJstDateTime } from '../../../domain/jst';
import type { TourismAtCursor } from '../hooks/use-tourism-view';
import { presenceHereTable } from '../model/map-tables';
import { formatCursor, originLabel } from './format';

/**
 * The presence shading's text alternative: visitors present in each municipality in the
 * cursor's hour, most first (the ranking is over the whole period, not the hour).
 */
export function PresenceHerePanel({
  at,
  cursor,
  lang,
  t,
}: {
  at: TourismAtCursor;
  cursor: number;
  lang: Lang;
  t: TFunction;
}) {
  const table = useMemo(
    () =>
      presenceHereTable(at.presence, {
        municipality: t('export.col.municipality'),
        visitors: t('export.here.visitors'),
        island: t('export.here.island'),
        name: (code) => originLabel(code, lang, t),
      }),
    [at.presence, lang, t],
  );
  const time = formatCursor(cursor, lang);
  const title = t('export.here.title', { time });
  // `2026-08-01 13:00` → `2026-08-01-1300` in the file name.
  const hour = formatJstDateTime(cursor).replace(' ', '-').replace(':', '');
  return (
    <ExportPanel
      title={title}
      id="tourism-presence-here"
      filename={`presence-at-${hour}`}
      testId="presence-here"
      table={{
        build: () => table,
        caption: t('export.here.caption', { time }),
        summary: t('export.mapTable'),
      }}
      lang={lang}
      t={t}
    />
  );
}
