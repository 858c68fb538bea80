import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber, type Lang } from '../../../i18n';
import { Panel } from '../../../ui/Panel';
import type { TFunction } from '../../../app/context';
import type { HourlySeries } from '../model/trends';
import { municipalityName } from './names';
import { MUNICIPALITIES } from '../../../domain/municipalities';

/** Okabe–Ito: eight hues that colour-blind viewers can still tell apart. */
const LINE_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
];

const hourLabel = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  hour12: false,
});

/** The municipalities to draw: the operator's choice, else the five busiest now. */
/**
 * A label every third hour of the 24: a fixed interval, so Recharts never measures tick text
 * in the DOM (a forced layout of the whole page on every chart render).
 */
const HOUR_TICK_INTERVAL = 2;

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
  return (
    <Panel title={t('trends.title')} id="trends">
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
        <div className="chart" data-testid="trends-chart">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
              <XAxis
                dataKey="hour"
                tickFormatter={(h: number) => `${hourLabel.format(h)}`}
                interval={HOUR_TICK_INTERVAL}
              />
              <YAxis tickFormatter={(v: number) => formatNumber(lang, v)} width={56} interval={0} />
              <Tooltip
                labelFormatter={(h) => `${hourLabel.format(Number(h))}:00 JST`}
                formatter={(v) => formatNumber(lang, Number(v))}
              />
              <Legend />
              {codes.map((code, i) => (
                <Line
                  key={code}
                  type="monotone"
                  dataKey={code}
                  name={municipalityName(code, lang)}
                  stroke={LINE_COLORS[i % LINE_COLORS.length]}
                  strokeWidth={2}
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </Panel>
  );
}

/** Recharts work is not free: redraw only when the hourly series or the choice changes. */
export const TrendsChart = memo(TrendsChartView);
