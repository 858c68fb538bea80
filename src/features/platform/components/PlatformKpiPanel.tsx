import { useCallback } from 'react';
import { useServices } from '../../../services/context';
import { useUi } from '../../../state/hooks';
import { useT } from '../../../i18n/react';
import { useNow } from '../../../ui/hooks/use-now';
import { exportCsv } from '../../../domain/export-table';
import type { MunicipalityCode } from '../../../domain/types';

import { CsvButton } from '../../../ui/export/CsvButton';
import { ExportActions } from '../../../ui/export/ExportButton';
import { Panel } from '../../../ui/Panel';
import { CheckLink } from '../../../ui/CheckLink';
import { usePlatformKpis } from '../api/use-platform-kpis';
import { kpiExportTable } from '../model/export-table';
import { kpiErrorText } from './errors';
import { KpiHelp } from './KpiHelp';
import { PanelStatus } from './PanelStatus';
import { KpiSummary } from './KpiSummary';
import { KpiTable } from './KpiTable';
import { PrefectureDatasets } from './PrefectureDatasets';
import './platform.css';

/**
 * The prefecture's own measures of its data linkage platform: which types each municipality
 * publishes, how many records, how fresh; the totals in numbers and sentences; the table (also
 * the map layer's table alternative) with its CSV.
 */
export function PlatformKpiPanel() {
  const { store } = useServices();
  const t = useT();
  const lang = useUi((s) => s.lang);
  const now = useNow(30_000);
  const { query, matrix, pollMs, cadences } = usePlatformKpis();
  const onSelect = useCallback((code: MunicipalityCode) => store.getState().setArea(code), [store]);
  const snapshot = query.data;
  const title = t('pf.title');
  return (
    <Panel
      id="platform-kpis"
      title={title}
      actions={
        matrix ? (
          <ExportActions>
            <CsvButton
              filename="platform-kpis"
              build={() => exportCsv(kpiExportTable(matrix))}
              label={t('export.csv')}
              subject={title}
              t={t}
              testId="pf-csv"
            />
          </ExportActions>
        ) : null
      }
    >
      <PanelStatus
        feed={t('pf.feed')}
        query={query}
        at={snapshot?.at}
        errorText={query.error ? kpiErrorText(query.error, t) : undefined}
        now={now}
        pollMs={pollMs}
        lang={lang}
        t={t}
        testId="pf"
        extra={<CheckLink onCheck={() => store.getState().setScreen('check')} t={t} />}
      />
      {!snapshot || !matrix ? (
        query.isPending ? (
          <p className="muted">{t('pf.loading')}</p>
        ) : null
      ) : (
        <>
          {snapshot.unreadContext ? (
            <p className="pf-error" role="status" data-testid="pf-context">
              {t('pf.contextUnread', {
                url: snapshot.unreadContext.url,
                reason: snapshot.unreadContext.reason,
                n: snapshot.unreadContext.types.length,
              })}
            </p>
          ) : null}
          <KpiSummary matrix={matrix} lang={lang} t={t} />
          <KpiTable
            matrix={matrix}
            snapshot={snapshot}
            cadences={cadences}
            onSelect={onSelect}
            lang={lang}
            t={t}
          />
          <PrefectureDatasets types={snapshot.prefectureLevel} at={snapshot.at} lang={lang} t={t} />
          <KpiHelp t={t} />
        </>
      )}
    </Panel>
  );
}
