import { Suspense, useState } from 'react';
import type { TFunction } from '../../../app/context';
import type { Lang } from '../../../i18n';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { formatJstDateTime } from '../../../domain/jst';
import { Panel } from '../../../ui/Panel';
import { seriesCsv, type CsvSeries } from '../model/csv';
import type { Period } from '../model/period';
import type { PresenceChartInput } from './charts/PresenceCharts';
import { PresenceCharts } from './lazy-charts';
import { downloadText } from '../../../ui/export/download';

const MAX_CODES = 4;

/** The chart's series as CSV: the shown period, and the compared one on the same rows. */
export function presenceCsv(
  charts: readonly PresenceChartInput[],
  compared: Period | null,
): string {
  const series: CsvSeries[] = [];
  for (const c of charts) {
    series.push({ label: c.label, points: c.shown });
    if (c.compared && compared) {
      const { offsetMs } = c.compared;
      series.push({
        label: `${c.label} (${compared.from}..${compared.to})`,
        points: c.compared.series.map((p) => ({ t: p.t + offsetMs, total: p.total })),
      });
    }
  }
  return seriesCsv(series);
}

/** Presence over time per chosen municipality, side by side, with CSV and a data table. */
export function PresencePanel({
  charts,
  codes,
  onCodes,
  cursor,
  onCursor,
  period,
  compared,
  lang,
  t,
}: {
  charts: readonly PresenceChartInput[];
  codes: readonly string[];
  onCodes: (codes: string[]) => void;
  cursor: number;
  onCursor: (ms: number) => void;
  period: Period;
  compared: Period | null;
  lang: Lang;
  t: TFunction;
}) {
  const [table, setTable] = useState(false);
  const toggle = (code: string) =>
    onCodes(
      codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code].slice(-MAX_CODES),
    );
  const exportCsv = () =>
    downloadText(
      `nagasaki-presence-${period.from}_${period.to}.csv`,
      presenceCsv(charts, compared),
    );
  return (
    <Panel
      title={t('chart.presence.title')}
      id="tourism-presence"
      actions={
        <button type="button" className="link" onClick={exportCsv} data-testid="presence-csv">
          {t('chart.csv')}
        </button>
      }
    >
      <details className="compare-pick">
        <summary>{t('chart.presence.pick')}</summary>
        {MUNICIPALITIES.map((m) => (
          <label key={m.code} className="chip">
            <input
              type="checkbox"
              checked={codes.includes(m.code)}
              onChange={() => toggle(m.code)}
            />
            {lang === 'ja' ? m.nameJa : m.nameEn}
          </label>
        ))}
      </details>
      <p className="muted small">{t('chart.presence.cursorHint')}</p>
      {compared ? (
        <p className="chart-key small">
          <span className="key-shown" /> {t('chart.presence.shown')} {period.from}–{period.to}{' '}
          <span className="key-compared" /> {t('chart.presence.compared')} {compared.from}–
          {compared.to}
        </p>
      ) : null}
      <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
        <PresenceCharts charts={charts} cursor={cursor} onCursor={onCursor} lang={lang} t={t} />
      </Suspense>
      <label className="small">
        <input type="checkbox" checked={table} onChange={() => setTable(!table)} />{' '}
        {t('chart.table')}
      </label>
      {table ? <PresenceTable charts={charts} t={t} /> : null}
    </Panel>
  );
}

function PresenceTable({ charts, t }: { charts: readonly PresenceChartInput[]; t: TFunction }) {
  const first = charts[0]?.shown ?? [];
  const cell = (c: PresenceChartInput, i: number) => {
    const total = c.shown[i]?.total;
    if (!total || total.value === null)
      return total && total.suppressed > 0 ? t('chart.suppressed') : '';
    return String(total.value) + (total.suppressed > 0 ? '+' : '');
  };
  return (
    <div className="table-scroll">
      <table className="table" data-testid="presence-table">
        <thead>
          <tr>
            <th scope="col">{t('chart.time')}</th>
            {charts.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first.map((p, i) => (
            <tr key={p.t}>
              <th scope="row">{formatJstDateTime(p.t)}</th>
              {charts.map((c) => (
                <td key={c.key} className="num">
                  {cell(c, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
