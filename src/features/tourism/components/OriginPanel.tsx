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
import type { OriginShare } from '../model/origins';
import { originTable } from '../model/tables';
import type { TourismExportMeta } from './export-meta';
import { originLabel } from './format';
import { OriginChart } from './lazy-charts';

/** Where visitors come from: the chart, its PNG and CSV, and its data table. */
export function OriginPanel({
  shares,
  meta,
  lang,
  t,
}: {
  shares: readonly OriginShare[];
  meta: TourismExportMeta;
  lang: Lang;
  t: TFunction;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const title = t('origin.title');
  const table = () =>
    originTable(shares, (o) => originLabel(o, lang, t), {
      origin: t('export.origin.origin'),
      group: t('export.origin.group'),
      domestic: t('export.origin.domestic'),
      inbound: t('export.origin.inbound'),
      personHours: t('export.origin.personHours'),
      share: t('export.col.sharePercent'),
    });
  return (
    <Panel
      title={title}
      id="tourism-origins"
      actions={
        <ExportActions>
          <PngButton
            target={frame}
            filename={meta.stem('origins')}
            title={title}
            asOf={meta.asOf}
            credit={meta.credit}
            label={t('export.png')}
            subject={title}
            t={t}
            testId="origin-png"
          />
          <CsvButton
            filename={meta.stem('origins')}
            build={() => exportCsv(table())}
            label={t('export.csv')}
            subject={title}
            t={t}
            testId="origin-csv"
          />
        </ExportActions>
      }
    >
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <OriginChart shares={shares} frameRef={frame} lang={lang} t={t} />
      </Suspense>
      <DataDetails summary={t('export.table')} testId="origin-details">
        {() => (
          <ExportTableView
            table={table()}
            caption={t('export.origin.caption')}
            lang={lang}
            t={t}
            testId="origin-table"
          />
        )}
      </DataDetails>
    </Panel>
  );
}
