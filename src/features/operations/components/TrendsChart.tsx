import { memo, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatJstHour, formatJstMinute, type Lang } from '../../../i18n';
import { hourAxisProps, hourTooltipProps, valueAxisProps } from '../../../ui/chart/axis-props';
import { useValueAxis } from '../../../ui/chart/use-value-axis';
import { ChartLegend } from '../../../ui/chart/ChartLegend';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../i18n';
import { HOUR_MS, type HourlySeries } from '../model/trends';
import { municipalityName } from '../../../i18n/municipality-name';
import { MUNICIPALITIES } from '../../../domain/municipalities';
import { exportCsv } from '../../../domain/export-table';
import { CsvButton } from '../../../ui/export/CsvButton';
import { PngButton } from '../../../ui/export/PngButton';
import { ExportActions } from '../../../ui/export/ExportButton';
import { DataDetails } from '../../../ui/export/DataDetails';
import { ExportTableView } from '../../../ui/export/ExportTable';
import { jstMinute, trendsTable } from '../model/tables';

/** Okabe–Ito: eight hues that colour-blind viewers can still tell apart. */
export const LINE_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];

/**
 * A label every third hour of the 24: a fixed interval, so Recharts never measures tick text
 * in the DOM (a forced layout of the whole page on every chart render).
 */
const HOUR_TICK_INTERVAL = 2;

/** The municipalities to draw: the operator's choice, else the five busiest now. */
export function pickCompared(series: HourlySeries, chosen: readonly string[], count = 5): string[] {
  if (chosen.length > 0) return [...chosen];
  const latest = (code: string) => {
    const row = series.byMunicipality[code] ?? [];
    for (let i = row.length - 1; i >= 0; i--) if (row[i] != null) return row[i]!;
    return 0;
  };
  return Object.keys(series.byMunicipality)
    .filter((c) => latest(c) > 0)
    .sort((a, b) => latest(b) - latest(a) || a.localeCompare(b))
    .slice(0, count);
}

function TrendsChartView(props: {
  series: HourlySeries;
  from: 'temporal' | 'history';
  compare: readonly string[];
  onCompare?: (codes: string[]) => void;
  lang: Lang;
  t: TFunction;
}) {
  const { series, from, compare, onCompare, lang, t } = props;
  const frame = useRef<HTMLDivElement>(null);
  const codes = useMemo(() => pickCompared(series, compare), [series, compare]);
  // Recharts wants one object per x value; 24 hours × ≤ 8 lines stays far under 1,000 points.
  const data = useMemo(
    () =>
      series.hours.map((hour, i) => ({
        hour,
        ...Object.fromEntries(codes.map((c) => [c, series.byMunicipality[c]?.[i] ?? null])),
      })),
    [series, codes],
  );
  const table = useMemo(
    () =>
      trendsTable(series, codes, {
        time: t('export.col.time'),
        name: (code) => municipalityName(code, lang),
      }),
    [series, codes, lang, t],
  );
  const max = useMemo(() => {
    let m = 0;
    for (const c of codes)
      for (const v of series.byMunicipality[c] ?? []) if (v != null) m = Math.max(m, v);
    return m;
  }, [codes, series]);
  const hourLabels = useMemo(() => series.hours.map((h) => formatJstHour(lang, h)), [series, lang]);
  const axis = useValueAxis(frame, max, lang, hourLabels);
  // Hours with any value: a history that has just started has one, and a line of one point
  // draws nothing, so sparse lines get dots.
  const hoursWithData = series.hours.filter((_, i) =>
    codes.some((c) => series.byMunicipality[c]?.[i] != null),
  ).length;
  const firstPoll = series.hours.find((_, i) =>
    codes.some((c) => series.byMunicipality[c]?.[i] != null),
  );
  const title = t('trends.title');
  // The hours drawn, for the PNG header: the window moves hourly, so the chart stays memoised.
  const first = series.hours[0];
  const last = series.hours.at(-1);
  const hoursShown =
    first === undefined || last === undefined
      ? undefined
      : t('export.window', { from: jstMinute(first), to: jstMinute(last + HOUR_MS) });
  return (
    <Panel
      title={title}
      id="trends"
      actions={
        codes.length > 0 ? (
          <ExportActions>
            <PngButton
              target={frame}
              filename="trends"
              title={title}
              asOf={hoursShown}
              credit={t('export.credit')}
              label={t('export.png')}
              subject={title}
              t={t}
              testId="trends-png"
            />
            <CsvButton
              filename="trends"
              build={() => exportCsv(table)}
              label={t('export.csv')}
              subject={title}
              t={t}
              testId="trends-csv"
            />
          </ExportActions>
        ) : null
      }
    >
      <p className="muted">
        {t(from === 'temporal' ? 'trends.source.temporal' : 'trends.source.history')}
      </p>
      {onCompare ? (
        <details className="compare-pick">
          <summary>{t('trends.pick')}</summary>
          {MUNICIPALITIES.map((m) => (
            <label key={m.code} className="chip">
              <input
                type="checkbox"
                checked={codes.includes(m.code)}
                onChange={() =>
                  onCompare(
                    codes.includes(m.code)
                      ? codes.filter((c) => c !== m.code)
                      : [...codes, m.code].slice(-8),
                  )
                }
              />
              {lang === 'ja' ? m.nameJa : m.nameEn}
            </label>
          ))}
        </details>
      ) : null}
      {codes.length === 0 ? (
        <p className="muted">{t('trends.empty')}</p>
      ) : (
        <div className="chart-frame" data-testid="trends-chart" ref={frame}>
          <div className="chart">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart
                data={data}
                margin={{ top: axis.top, right: axis.edge, bottom: 4, left: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
                <XAxis {...hourAxisProps(axis, lang, 'hour', HOUR_TICK_INTERVAL)} />
                <YAxis {...valueAxisProps(axis, lang)} />
                <Tooltip {...hourTooltipProps(lang)} />
                {codes.map((code, i) => (
                  <Line
                    key={code}
                    type="monotone"
                    dataKey={code}
                    name={municipalityName(code, lang)}
                    stroke={LINE_COLORS[i % LINE_COLORS.length]}
                    strokeWidth={2}
                    dot={hoursWithData < 3 ? { r: 4 } : false}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <ChartLegend
            items={codes.map((code, i) => ({
              key: code,
              label: municipalityName(code, lang),
              color: LINE_COLORS[i % LINE_COLORS.length]!,
            }))}
            testId="trends-legend"
          />
        </div>
      )}
      {from === 'history' && firstPoll !== undefined && hoursWithData < series.hours.length ? (
        <p className="muted" data-testid="trends-building">
          {t('trends.buildingUp', {
            time: formatJstMinute(lang, firstPoll),
            n: hoursWithData,
          })}
        </p>
      ) : null}
      {codes.length > 0 ? (
        <DataDetails summary={t('export.table')} testId="trends-details">
          {() => (
            <ExportTableView
              table={table}
              caption={t('export.trends.caption')}
              lang={lang}
              t={t}
              testId="trends-table"
            />
          )}
        </DataDetails>
      ) : null}
    </Panel>
  );
}

/** Recharts work is not free: redraw only when the hourly series or the choice changes. */
export const TrendsChart = memo(TrendsChartView);
