import { useMemo } from 'react';
import type { Lang } from '../../../i18n';
import { exportCsv } from '../../../domain/export-table';
import { Panel } from '../../../ui/Panel';
import { CsvButton } from '../../../ui/export/CsvButton';
import { ExportTableView } from '../../../ui/export/ExportTable';
import type { TFunction } from '../../../i18n';
import type { Alert } from '../model/alerts';
import { alertTable } from '../model/tables';
import { alertText } from './names';
import { municipalityName } from '../../../i18n/municipality-name';

const SHOWN = 50;

/** The newest alerts as a table (time JST, kind, municipality, text), with its CSV. */
export function AlertsList(props: { alerts: readonly Alert[]; lang: Lang; t: TFunction }) {
  const { alerts, lang, t } = props;
  const shown = useMemo(() => alerts.slice(0, SHOWN), [alerts]);
  const table = useMemo(
    () =>
      alertTable(shown, {
        time: t('export.col.time'),
        kind: t('export.alerts.kind'),
        municipality: t('export.col.municipality'),
        text: t('export.alerts.text'),
        kindName: (kind) => t(`export.alertKind.${kind}`),
        name: (code) => municipalityName(code, lang),
        sentence: (a) => alertText(a, t, lang),
      }),
    [shown, lang, t],
  );
  const kinds = useMemo(() => new Map(shown.map((a) => [a.id, a.kind])), [shown]);
  return (
    <Panel
      title={t('alerts.title')}
      id="alerts"
      actions={
        alerts.length > 0 ? (
          <CsvButton
            filename="alerts"
            build={() => exportCsv(table)}
            label={t('export.csv')}
            subject={t('alerts.title')}
            t={t}
            testId="alerts-csv"
          />
        ) : null
      }
    >
      {alerts.length === 0 ? (
        <p className="muted">{t('alerts.none')}</p>
      ) : (
        <ExportTableView
          table={table}
          caption={t('export.alerts.caption', { n: SHOWN })}
          lang={lang}
          t={t}
          testId="alert-list"
          rowClassName={(id) => `alert alert-${kinds.get(id) ?? ''}`}
        />
      )}
    </Panel>
  );
}
