import { memo, useMemo, useRef, type Ref } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TFunction } from '../../../../i18n';
import { valueAxisProps } from '../../../../ui/chart/axis-props';
import { useValueAxis } from '../../../../ui/chart/use-value-axis';
import { formatNumber, type Lang } from '../../../../i18n';
import { DAY_MS, HOUR_MS, hourStartMs, jstDateOf, jstDayStartMs } from '../../../../domain/jst';
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
/** Plot area insets, shared by the chart and the cursor drawn over it. */
const RIGHT_PX = 10;
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
  const domain = useMemo((): [number, number] => {
    const first = input.shown[0]?.t ?? 0;
    const last = input.shown[input.shown.length - 1]?.t ?? first + 1;
    return [first, Math.max(last, first + 1)];
  }, [input.shown]);
  // Ticks on JST midnights, at most about eight, so a label sits where its day starts.
  const ticks = useMemo(() => {
    const days = Math.ceil((domain[1] - domain[0]) / DAY_MS);
    const step = Math.max(1, Math.ceil(days / 8)) * DAY_MS;
    const out: number[] = [];
    for (let x = jstDayStartMs(jstDateOf(domain[0] + HOUR_MS * 23)); x <= domain[1]; x += step)
      if (x >= domain[0]) out.push(x);
    return out;
  }, [domain]);
  const frac = Math.min(1, Math.max(0, (cursor - domain[0]) / (domain[1] - domain[0])));
  const box = useRef<HTMLDivElement>(null);
  const max = useMemo(() => {
    let m = 0;
    for (const p of [...shown.points, ...(compared?.points ?? [])])
      if (p.y !== null && p.y > m) m = p.y;
    return m;
  }, [shown, compared]);
  const axis = useValueAxis(box, max, lang);
  const plot = useMemo(
    () => (
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          margin={{ top: axis.top, right: RIGHT_PX, bottom: 2, left: 0 }}
          onClick={(state) => {
            const x = Number(state.activeLabel);
            if (Number.isFinite(x)) onCursor(hourStartMs(x));
          }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
          <XAxis
            height={axis.bandHeight}
            tick={{ fontSize: axis.font.px }}
            dataKey="x"
            type="number"
            scale="time"
            domain={domain}
            ticks={ticks}
            allowDataOverflow
            tickFormatter={(ms: number) => formatDay(ms, lang)}
            interval={0}
          />
          <YAxis {...valueAxisProps(axis, lang)} />
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
        </LineChart>
      </ResponsiveContainer>
    ),
    [shown, compared, domain, ticks, axis, onCursor, lang, t],
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
        <strong data-png-text>{input.label}</strong>{' '}
        <span className="muted" data-png-text>
          {t('rank.average')} {n(avgA)}
          {input.compared
            ? ` / ${t('chart.presence.compared')} ${n(avgB)} (${formatChange(relativeChange(avgA, avgB), lang)})`
            : ''}
        </span>
      </figcaption>
      <div className="chart small" ref={box}>
        {plot}
        {/* The cursor moves every playback step: drawn over the chart, which stays as it is
            (and into the PNG export as a plain box, data-png-rect). */}
        <div
          className="chart-cursor"
          aria-hidden="true"
          data-png-rect
          style={{ left: `calc(${axis.width}px + (100% - ${axis.width + RIGHT_PX}px) * ${frac})` }}
        />
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
  frameRef,
  lang,
  t,
}: {
  charts: readonly PresenceChartInput[];
  cursor: number;
  onCursor: (ms: number) => void;
  /** The element a PNG export draws: every small multiple with its caption. */
  frameRef?: Ref<HTMLDivElement>;
  lang: Lang;
  t: TFunction;
}) {
  return (
    <div className={`small-multiples n${charts.length}`} ref={frameRef}>
      {charts.map((c) => (
        <OneChart key={c.key} input={c} cursor={cursor} onCursor={onCursor} lang={lang} t={t} />
      ))}
    </div>
  );
}

export const PresenceCharts = memo(PresenceChartsView);
