import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TFunction } from '../../../../app/context';
import { formatNumber, type Lang } from '../../../../i18n';
import { hourStartMs } from '../../../../domain/jst';
import type { SeriesPoint } from '../../model/presence';
import { averagePresence } from '../../model/presence';
import { relativeChange } from '../../model/total';
import { budgetFor, drawSeries } from './series';
import { formatChange, formatCursor, formatDay } from '../format';

export interface PresenceChartInput {
  key: string;
  label: string;
  shown: readonly SeriesPoint[];
  /** The compared period's series and how far to shift it onto the shown one's axis. */
  compared?: { series: readonly SeriesPoint[]; offsetMs: number } | undefined;
}

const SHOWN = '#0072B2';
const COMPARED = '#444444';

function OneChart({
  input,
  cursor,
  onCursor,
  lang,
  t,
}: {
  input: PresenceChartInput;
  cursor: number;
  onCursor: (ms: number) => void;
  lang: Lang;
  t: TFunction;
}) {
  const budget = budgetFor(input.compared ? 2 : 1);
  const shown = useMemo(() => drawSeries(input.shown, budget), [input.shown, budget]);
  const compared = useMemo(
    () =>
      input.compared ? drawSeries(input.compared.series, budget, input.compared.offsetMs) : null,
    [input.compared, budget],
  );
  const avgA = useMemo(() => averagePresence(input.shown), [input.shown]);
  const avgB = useMemo(
    () => (input.compared ? averagePresence(input.compared.series) : null),
    [input.compared],
  );
  const n = (v: number | null) => (v === null ? '—' : formatNumber(lang, Math.round(v)));
  const drawn = shown.points.length + (compared?.points.length ?? 0);
  const hourly = shown.hourly + (compared?.hourly ?? 0);
  return (
    <figure
      className="small-multiple"
      data-testid="presence-chart"
      data-key={input.key}
      data-series={JSON.stringify(shown.points.map((p) => [p.x, p.y]))}
    >
      <figcaption>
        <strong>{input.label}</strong>{' '}
        <span className="muted">
          {t('rank.average')} {n(avgA)}
          {input.compared
            ? ` / ${t('chart.presence.compared')} ${n(avgB)} (${formatChange(relativeChange(avgA, avgB), lang)})`
            : ''}
        </span>
      </figcaption>
      <div className="chart small">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            margin={{ top: 6, right: 10, bottom: 2, left: 0 }}
            onClick={(state) => {
              const x = Number(state.activeLabel);
              if (Number.isFinite(x)) onCursor(hourStartMs(x));
            }}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
            <XAxis
              dataKey="x"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={(ms: number) => formatDay(ms, lang)}
              minTickGap={28}
            />
            <YAxis tickFormatter={(v: number) => formatNumber(lang, v)} width={56} />
            <Tooltip
              labelFormatter={(ms) => formatCursor(Number(ms), lang)}
              formatter={(v) => formatNumber(lang, Number(v))}
            />
            {compared ? (
              <Line
                data={compared.points}
                dataKey="y"
                name={t('chart.presence.compared')}
                stroke={COMPARED}
                strokeWidth={1.5}
                strokeDasharray="5 3"
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ) : null}
            <Line
              data={shown.points}
              dataKey="y"
              name={t('chart.presence.shown')}
              stroke={SHOWN}
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
            <ReferenceLine x={cursor} stroke="#D55E00" strokeWidth={2} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {drawn < hourly ? (
        <p className="muted small">{t('chart.downsampled', { n: hourly, m: drawn })}</p>
      ) : null}
    </figure>
  );
}

function PresenceChartsView({
  charts,
  cursor,
  onCursor,
  lang,
  t,
}: {
  charts: readonly PresenceChartInput[];
  cursor: number;
  onCursor: (ms: number) => void;
  lang: Lang;
  t: TFunction;
}) {
  return (
    <div className={`small-multiples n${charts.length}`}>
      {charts.map((c) => (
        <OneChart key={c.key} input={c} cursor={cursor} onCursor={onCursor} lang={lang} t={t} />
      ))}
    </div>
  );
}

export const PresenceCharts = memo(PresenceChartsView);
