import { ExportPanel } from '../../../ui/export/ExportPanel';
import { Suspense, useRef } from 'react';
import type { TFunction } from '../../../i18n';
import type { Lang } from '../../../i18n';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { seriesCsv, seriesTable, type CsvSeries } from '../model/csv';
import type { Period } from '../model/period';
import type { PresenceChartInput } from './charts/PresenceCharts';
import type { TourismExportMeta } from './export-meta';
import { PresenceCharts } from './lazy-charts';

const MAX_CODES = 4;

/** The charts' series: the shown period, and the compared one laid onto the same hours. */
export function presenceSeries(
  charts: readonly PresenceChartInput[],
  compared: Period | null,
): CsvSeries[] {
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
  return series;
}

/** The chart's series as CSV: the shown period, and the compared one on the same rows. */
export function presenceCsv(
  charts: readonly PresenceChartInput[],
  compared: Period | null,
): string {
  return seriesCsv(presenceSeries(charts, compared));
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
  meta,
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
  meta: TourismExportMeta;
  lang: Lang;
  t: TFunction;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const title = t('chart.presence.title');
  const what = meta.stem('presence');
  const toggle = (code: string) =>
    onCodes(
      codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code].slice(-MAX_CODES),
    );
  return (
    <ExportPanel
      title={title}
      id="tourism-presence"
      filename={what}
      testId="presence"
      png={{
        target: frame,
        title: `${title} ${period.from}〜${period.to}`,
        asOf: meta.asOf,
        credit: meta.credit,
      }}
      csv={() => presenceCsv(charts, compared)}
      table={{
        build: () => seriesTable(presenceSeries(charts, compared), t('chart.time')),
        caption: `${t('export.presence.caption')} ${period.from}〜${period.to}`,
      }}
      lang={lang}
      t={t}
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
        <PresenceCharts
          charts={charts}
          cursor={cursor}
          onCursor={onCursor}
          frameRef={frame}
          lang={lang}
          t={t}
        />
      </Suspense>
    </ExportPanel>
  );
}
