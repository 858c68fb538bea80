import { useMemo } from 'react';
import type { TFunction } from '../../../i18n';
import { formatNumber, type Lang } from '../../../i18n';
import { jstDateOf } from '../../../domain/jst';
import { exportCsv } from '../../../domain/export-table';
import { Panel } from '../../../ui/Panel';
import { CsvButton } from '../../../ui/export/CsvButton';
import { DataDetails } from '../../../ui/export/DataDetails';
import { ExportTableView } from '../../../ui/export/ExportTable';
import type { TourismAtCursor } from '../hooks/use-tourism-view';
import { flowTable } from '../model/map-tables';
import { originLabel } from './format';

/**
 * The arcs' text alternative: every flow of the cursor's day (origin, destination, visitors,
 * sea crossing, modes), marked where the map draws it, with its CSV.
 */
export function FlowTablePanel({ at, lang, t }: { at: TourismAtCursor; lang: Lang; t: TFunction }) {
  const date = jstDateOf(at.day.fromMs);
  const table = useMemo(() => {
    const drawn = new Set(at.arcs.map((a) => a.pair));
    return flowTable(at.flows, drawn, {
      route: t('export.flows.route'),
      visitors: t('export.flows.visitors'),
      sea: t('export.flows.sea'),
      mode: t('export.flows.mode'),
      onMap: t('export.flows.onMap'),
      place: (o) => originLabel(o.code, lang, t),
      municipality: (code) => originLabel(code, lang, t),
      modeName: (m) => t(`filter.mode.${m}`),
      number: (n) => formatNumber(lang, n),
    });
  }, [at.flows, at.arcs, lang, t]);
  const title = t('export.flows.title', { date });
  return (
    <Panel
      title={title}
      id="tourism-flow-table"
      actions={
        <CsvButton
          filename={`flows-${date}`}
          build={() => exportCsv(table)}
          label={t('export.csv')}
          subject={title}
          t={t}
          testId="flow-csv"
        />
      }
    >
      <DataDetails summary={t('export.mapTable')} testId="flow-details">
        {() =>
          table.rows.length === 0 ? (
            <p className="muted">{t('export.flows.none')}</p>
          ) : (
            <ExportTableView
              table={table}
              caption={t('export.flows.caption', { date })}
              lang={lang}
              t={t}
              testId="flow-table"
            />
          )
        }
      </DataDetails>
    </Panel>
  );
}
