import { Suspense, useRef } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { exportCsv } from '../../../domain/export-table';
import { Panel } from '../../../ui/Panel';
import { CsvButton } from '../../../ui/export/CsvButton';
import { PngButton } from '../../../ui/export/PngButton';
import { ExportActions } from '../../../ui/export/ExportButton';
import { DataDetails } from '../../../ui/export/DataDetails';
import { ExportTableView } from '../../../ui/export/ExportTable';
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
    <Panel
      title={title}
      id="tourism-stay"
      actions={
        <ExportActions>
          <PngButton
            target={frame}
            filename={meta.stem('stay')}
            title={title}
            asOf={meta.asOf}
            credit={meta.credit}
            label={t('export.png')}
            subject={title}
            t={t}
            testId="stay-png"
          />
          <CsvButton
            filename={meta.stem('stay')}
            build={() => exportCsv(table())}
            label={t('export.csv')}
            subject={title}
            t={t}
            testId="stay-csv"
          />
        </ExportActions>
      }
    >
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <StayChart days={days} frameRef={frame} lang={lang} t={t} />
      </Suspense>
      <DataDetails summary={t('export.table')} testId="stay-details">
        {() => (
          <ExportTableView
            table={table()}
            caption={t('export.stay.caption')}
            lang={lang}
            t={t}
            testId="stay-table"
          />
        )}
      </DataDetails>
    </Panel>
  );
}
