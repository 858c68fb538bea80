import { ExportPanel } from '../../../ui/export/ExportPanel';
import { Suspense, useRef } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import type { StayDay } from '../model/flows';
import { stayTable } from '../model/tables';
import type { TourismExportMeta } from './export-meta';
import { StayChart } from './lazy-charts';

/** Day trips against overnight stays: the chart, its PNG and CSV, and its data table. */
export function StayPanel({
  days,
  meta,
  lang,
  t,
}: {
  days: readonly StayDay[];
  meta: TourismExportMeta;
  lang: Lang;
  t: TFunction;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const title = t('stay.title');
  const table = () =>
    stayTable(days, {
      date: t('export.col.date'),
      dayTrip: t('stay.dayTrip'),
      overnight: t('stay.overnight'),
    });
  return (
    <ExportPanel
      title={title}
      id="tourism-stay"
      filename={meta.stem('stay')}
      testId="stay"
      png={{ target: frame, asOf: meta.asOf, credit: meta.credit }}
      table={{ build: table, caption: t('export.stay.caption') }}
      lang={lang}
      t={t}
    >
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <StayChart days={days} frameRef={frame} lang={lang} t={t} />
      </Suspense>
    </ExportPanel>
  );
}
