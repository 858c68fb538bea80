import { ExportPanel } from '../../../ui/export/ExportPanel';
import { Suspense, useRef } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
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
    <ExportPanel
      title={title}
      id="tourism-origins"
      filename={meta.stem('origins')}
      testId="origin"
      png={{ target: frame, asOf: meta.asOf, credit: meta.credit }}
      table={{ build: table, caption: t('export.origin.caption') }}
      lang={lang}
      t={t}
    >
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <OriginChart shares={shares} frameRef={frame} lang={lang} t={t} />
      </Suspense>
    </ExportPanel>
  );
}
